// `…," according to a court document filed by state attorney Ana Kral.`: a text someone filed, issued or wrote speaks
// for that person (the agent after `by`), as `according to a statement from X` does (reportedSpeakers.ts); it had
// been the description `a court document filed`.
import type { Token } from '../text/sentenceTokens';
import { OWNED_TEXTS } from './colonIntroductions';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { isNameWord, isWord } from './tokenClasses';

/** Texts of courts and offices that someone files or issues, besides those a person sends (OWNED_TEXTS). */
const FILED_TEXTS: ReadonlySet<string> = new Set([
  'document', 'documents', 'filing', 'filings', 'motion', 'brief', 'memo', 'memorandum', 'report', 'complaint',
  'affidavit', 'lawsuit', 'suit', 'release', 'notice', 'order', 'ruling', 'opinion', 'transcript', 'declaration',
]);
/** Participles that make the agent after `by` the text's author. */
const ISSUING: ReadonlySet<string> = new Set(['filed', 'issued', 'released', 'signed', 'written', 'sent', 'published', 'posted', 'submitted', 'prepared', 'authored']);

/** The agent of a text `phrase` names with `filed by`, `issued by`… right after (or ending) it, else null. */
export function filedTextSender(tokens: readonly Token[], phrase: Phrase): Phrase | null {
  const participle = isWord(tokens[phrase.to]) && ISSUING.has(tokens[phrase.to].lower) ? phrase.to : phrase.to - 1;
  const text = tokens[participle - 1];
  if (!isWord(tokens[participle]) || !ISSUING.has(tokens[participle].lower) || tokens[participle + 1]?.lower !== 'by') return null;
  if (participle - 1 < phrase.from || !isWord(text) || !(FILED_TEXTS.has(text.lower) || OWNED_TEXTS.has(text.lower))) return null;
  return phraseAfter(tokens, participle + 2, false) ?? titledNameAfter(tokens, participle + 2);
}

/** The most lower-case words of a title before a name (`state attorney`, `chief deputy prosecutor`). */
const TITLE_WORDS = 3;

/**
 * `by state attorney Ana Kral`: a lower-case title and the name after it, which the phrase reader refuses when the
 * title's first word is also a verb of speech (`state`); null where no name follows the title.
 */
function titledNameAfter(tokens: readonly Token[], from: number): Phrase | null {
  let k = from;
  while (k < tokens.length && k - from < TITLE_WORDS && isWord(tokens[k]) && !tokens[k].cap && !tokens[k].possessive) k++;
  const name = k > from && isNameWord(tokens[k]) ? phraseAfter(tokens, k, false) : null;
  return name ? { from, to: name.to } : null;
}
