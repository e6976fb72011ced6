// `Kral denied ever calling Peskar "a liar"`, `was quick to deny calling the offer "an insult"`, `denies having said
// "…"`: a verb of saying that a denial takes for its object says the words were never the subject's (an accuser's
// wording, or a report's). Not a verb of saying after the denial's own object (`denied the charge, calling it "a
// smear"`): that speaks again, in the subject's own words.
import type { Token } from '../text/sentenceTokens';
import { isWord } from './tokenClasses';

const DENYING = /^(?:denied|denies|denying|deny)$/;
/** Words that may stand between the denial and its verb of saying (`denied ever having called`). */
const BETWEEN = /^(?:ever|having|once|publicly|repeatedly|personally)$/;

/** Whether the verb of saying at `k` (a participle: `calling`, `having said`) is what a denial right before it denies. */
export function deniedSaying(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k];
  if (!isWord(verb) || !/(?:ing|ed|said|told|wrote)$/.test(verb.lower)) return false;
  let j = k - 1;
  while (j >= k - 3 && isWord(tokens[j]) && BETWEEN.test(tokens[j].lower)) j--;
  // A participle in -ed is the denial's only after `having` (`denied having called`), never as the verb's object.
  if (!/ing$/.test(verb.lower) && tokens[k - 1]?.lower !== 'having') return false;
  return isWord(tokens[j]) && DENYING.test(tokens[j].lower);
}
