// `His wife, Grace Sugut, and their children watched from the stand`: a named person set off after a description and
// then joined by others before the verb. The name is still the one the description means, and the sentence's only
// named person, so a later `she said` is hers; the description had kept the pronoun (`His wife`).
import type { Token } from '../text/sentenceTokens';
import { DETERMINERS } from '../text/newsLexicon';
import { isVerbLike, isWord } from './tokenClasses';

/** Words that open the companions joined after the name (`and their children`, `and the two boys`). */
const COMPANION_OPENERS: ReadonlySet<string> = new Set(['their', 'his', 'her', 'our', 'the', 'two', 'three', 'four']);
/** The most words of the companions after their opener (`their two young sons`). */
const COMPANION_WORDS = 3;

/**
 * Where the verb stands after `and` and the companions at `at` (`and their children watched`): the first word the
 * companions close on that is a verb in the past or present; `at` itself when no `and` and companions stand there.
 */
export function pastJoinedCompanions(tokens: readonly Token[], at: number): number {
  const opener = tokens[at + 1];
  if (!isWord(tokens[at]) || tokens[at].lower !== 'and' || !isWord(opener) || opener.cap || !(COMPANION_OPENERS.has(opener.lower) || DETERMINERS.has(opener.lower))) return at;
  for (let k = at + 2; k < tokens.length && k - at - 1 <= COMPANION_WORDS + 1; k++) {
    const t = tokens[k];
    if (!isWord(t) || t.cap) return at;
    // The companions' own noun comes first: a verb only after one word at least (`and their children watched`).
    if (k > at + 2 && (isVerbLike(t) || /^[a-z]{3,}ed$/.test(t.lower))) return k;
  }
  return at;
}
