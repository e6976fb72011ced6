// `the contention of former governor Hal Brooks that the files were "locked away"`: a noun of saying owned by the
// person named after `of` stands for that person's words, as `Brooks's contention that` does (ownerOfWords,
// clauseSpeakers.ts). Only a phrase that names someone (a capitalised name, not `the claim of fraud`), ending before
// the quote; and `catch phrase` written as two words is the `catchphrase` the nouns of saying hold.
import type { Token } from '../text/sentenceTokens';
import { type Phrase } from './speakerPhrases';
import { namesSomeone } from './namePhrases';
import { isWord } from './tokenClasses';

/** How many words a name after `of` may run (`former Colorado governor Hal J. Brooks`). */
const OWNER_WORDS = 6;

/** The name after `of` right after the noun of saying at `k`, read up to its last capitalised word before `qi`, or null. */
export function ownerAfterOf(tokens: readonly Token[], k: number, qi: number): Phrase | null {
  if (!isWord(tokens[k + 1]) || tokens[k + 1].lower !== 'of') return null;
  const from = k + 2;
  let to = from;
  while (to < qi && to - from < OWNER_WORDS && isWord(tokens[to]) && tokens[to].lower !== 'that') to++;
  // The name ends at its last capital (`Hal Brooks`), never a lower-case word.
  while (to > from && !tokens[to - 1].cap) to--;
  if (to === from || tokens[to - 1].possessive) return null;
  const phrase = { from, to };
  return namesSomeone(tokens, phrase) ? phrase : null;
}

/** `Vance's catch phrase`: the two words of the noun `catchphrase`, at `k` its second. */
export function isCatchPhrase(tokens: readonly Token[], k: number): boolean {
  return isWord(tokens[k]) && tokens[k].lower === 'phrase' && isWord(tokens[k - 1]) && tokens[k - 1].lower === 'catch';
}
