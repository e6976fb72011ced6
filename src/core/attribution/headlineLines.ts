// Headline lines, in capitals or in title case: their capitals say nothing about names, and their first words are
// no sentence's subject (`Obama Claims Hillary Most Qualified …` names no `Obama Claims Hillary`).
import type { PreparedText } from '../text/prepareText';
import type { Token } from '../text/sentenceTokens';
import { normalizeName } from './nameMatching';
import type { Phrase } from './speakerPhrases';
import type { SpeakerRecord, SpeakerRegistry } from './speakerRegistry';
// A round-up's section label (`CHINA:`) opens an entry as a headline's words open a story (sectionLabels.ts).
export { entryStart } from './sectionLabels';

/** A line in capitals (`NORTH KOREA SIDES WITH RUSSIA`): a headline, whose capitals say nothing about names. */
export function isShouting(tokens: readonly Token[]): boolean {
  let words = 0;
  let upper = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < 2) continue;
    words++;
    const second = t.text.charCodeAt(1);
    if (second >= 65 && second <= 90) upper++;
  }
  return words >= 3 && upper / words > 0.6;
}

/**
 * A headline in title case (`Howard Dean Tells Democratic Convention Guns Are a Crisis`): nearly every longer
 * word capitalised, a verb among them. Its capitals say nothing about names either. Past a text's first sentence
 * (`opening` false) one that ends with a full stop is a sentence of names (`Mary Kral met John Peskar in Paris.`:
 * `Paris` had been taken for a title-case verb, the names left unlearnt and the subject unread); a first line may
 * be a headline with its stop, as some archives write them.
 */
export function isTitleCase(tokens: readonly Token[], opening = true): boolean {
  if (!opening && tokens[tokens.length - 1]?.text === '.' && tokens.some((t) => t.kind === 'word' && !t.cap && !TITLE_SMALL_WORDS.has(t.lower) && !/^\d/.test(t.text))) return false;
  const long = tokens.filter((t, i) => i > 0 && t.kind === 'word' && t.text.length >= 4);
  if (long.length < 3 || long.filter((t) => t.cap).length / long.length < 0.8) return false;
  // A negated auxiliary (`Couldn't`, `Won't`) is a headline's verb as much as `Claims`: `… Endorsement Couldn't Come
  // At A Better Time For …` had been read as names, `Endorsement Couldn't Come` learnt as a person that a sentence
  // opening `Come` in another article then meant.
  // A word that keeps its stop is an abbreviation, no verb (`Take Kelport Republican Sens. Ana Kral and Ivo Lund.`).
  return long.some((t) => /^\p{Lu}\p{Ll}+(?:s|ed|ing|n['\u2019]t)$/u.test(t.text) && t.end - t.start === t.text.length);
}

/**
 * A headline line, in capitals or title case, and no lower-case word of five letters or more: a sentence of
 * capitalised names around a quote (`"…," Jeffrey Lewis of the James Martin Center for Nonproliferation Studies
 * wrote`) still has its lower-case verb.
 */
export function isHeadlineLine(tokens: readonly Token[], opening = true): boolean {
  if (isShouting(tokens)) return true;
  return isTitleCase(tokens, opening) && !tokens.some((t) => t.kind === 'word' && !t.cap && t.text.length >= 5);
}

/** Short words a title leaves in lower case (`Tale of Two Cities`). */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'as', 'by', 'with', 'from', 'via']);

/**
 * `Council Approves Budget` ¶ ...: a text's first line, alone in its paragraph and ending with no stop, of nothing but
 * capitalised words (and a title's small words) is its title, however short; isTitleCase wants three long words, so a
 * three-word title had been learnt as a person, whom a pronoun with no one else before it then meant. A colon or a
 * quote makes it a label's line (`Kral: "…"`), left to the label rules.
 */
export function isTitleLine(p: PreparedText, s: number): boolean {
  const { sentences } = p;
  if (sentences[s].paragraph !== 0 || sentences[s + 1]?.paragraph !== 1) return false;
  const tokens = p.tokensOf(s);
  const words = tokens.filter((t) => t.kind === 'word');
  if (words.length < 2 || tokens.some((t) => t.kind === 'quote' || /^[.!?:;"\u201C\u201D]$/.test(t.text))) return false;
  return words.every((t) => t.cap || /^\d/.test(t.text) || TITLE_SMALL_WORDS.has(t.lower));
}

/**
 * `Obama Claims Hillary Most Qualified …`, `Zoe Saldana Asked Men …`: in a headline every word is capitalised, so
 * its subject is the longest run of its first words that the texts name as a person in full (`Obama` for Barack
 * Obama, `Zoe Saldana`), never the capitals as a whole and never someone new. The record and where its words end.
 */
export function headlineSubject(registry: SpeakerRegistry, article: string | null, tokens: readonly Token[], phrase: Phrase): { record: SpeakerRecord; to: number } | null {
  for (let to = phrase.to; to > phrase.from; to--) {
    const words = tokens.slice(phrase.from, to);
    if (!words.every((t) => t.kind === 'word' && t.cap)) continue;
    const record = registry.lookupName(words.map((t) => t.text), article);
    const last = normalizeName([words[words.length - 1].text])[0];
    if (record?.kind === 'person' && record.last === last && record.first !== null) return { record, to };
  }
  return null;
}

/** Whether sentence `s` is the text's first line, alone in its paragraph, with no full stop: its headline. */
export function isHeadlineSentence(p: PreparedText, s: number): boolean {
  const { sentences, text } = p;
  if (s !== 0 || sentences.length < 2 || sentences[1].paragraph === sentences[0].paragraph) return false;
  const line = text.slice(sentences[0].start, sentences[0].end).trimEnd();
  return !line.includes('\n') && !/[.!?]$/.test(line.replace(/["\u201d\u2019']+$/, ''));
}
