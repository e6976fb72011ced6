// `House Speaker Paul Dennison:` ¶ `"Today the court reminded Washington ..."`: reaction round-ups and statement pages
// set each speaker's label on a line of its own, the colon ending it, and the words below it. The label names whose
// they are as `Dennison said:` would. Only a label that can be no heading of the page labels: a title before the
// name (`Senate Majority Leader Carla Ruiz:`) or a given name opening it (`Paul Dennison:`), never `Latest Updates:`.
import { ROLE_WORDS } from '../text/newsLexicon';
import { normalizeWord } from '../text/normalizeText';
import type { PreparedText } from '../text/prepareText';
import type { Token } from '../text/sentenceTokens';
import { sexOfGivenName } from './givenNameSexes';
import { opensLine } from './lineOpenings';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { readNamePhrase } from './namePhrases';
import { isWord } from './tokenClasses';

/**
 * The person a line of nothing but a name and a colon (the sentence `tokens`, from `firstContent`) labels, for the
 * quotation opening the next line; null when the line is anything else.
 */
export function labelLineOwner(p: PreparedText, tokens: readonly Token[], firstContent: number): Phrase | null {
  const colon = tokens.length - 1;
  if (colon - firstContent < 2 || tokens[colon]?.text !== ':' || !opensLine(p.masked, tokens[firstContent].start)) return null;
  // The colon ends its line: the words it introduces stand below it.
  if (!/^[ \t*_]*[\r\n]/.test(p.masked.slice(tokens[colon].end, tokens[colon].end + 8))) return null;
  return personLabel(tokens, firstContent, colon);
}

/**
 * `## Paul Dennison` ¶ `"Today the court ..."`: a Markdown heading that is nothing but a name heads the bare quotation
 * below it as the name with a colon does. Only a heading (a plain line of a name may be a byline; a draft's bold marks
 * are masked before this reads it); the caller has checked that the heading stands alone in its paragraph.
 */
export function nameHeadingOwner(p: PreparedText, tokens: readonly Token[], firstContent: number): Phrase | null {
  const first = tokens[firstContent];
  if (!first || !opensLine(p.masked, first.start)) return null;
  const lineStart = p.text.lastIndexOf('\n', first.start - 1) + 1;
  const lineEnd = p.text.indexOf('\n', first.start);
  const line = p.text.slice(lineStart, lineEnd < 0 ? p.text.length : lineEnd).trim();
  if (!/^#{1,6}[ \t]/.test(line)) return null;
  return personLabel(tokens, firstContent, tokens.length);
}

/** The phrase `[firstContent, end)` when it is a person's name and titles only, as a label gives them; else null. */
function personLabel(tokens: readonly Token[], firstContent: number, end: number): Phrase | null {
  const phrase = phraseAfter(tokens, firstContent, false);
  if (!phrase || phrase.to !== end) return null;
  const words = tokens.slice(phrase.from, phrase.to);
  // Names and titles only: no verb, no clause, no lower-case word but a role's (`Former defence minister Ana Ruiz:`).
  if (!words.every((t) => isWord(t) && (t.cap || ROLE_WORDS.has(t.lower)))) return null;
  const read = readNamePhrase(tokens, phrase);
  if (read.name.length < 2 || read.isOrganisation || read.groupOf) return null;
  const titled = read.title.some((t) => ROLE_WORDS.has(t.lower));
  return titled || sexOfGivenName(normalizeWord(read.name[0].text)) !== null ? phrase : null;
}
