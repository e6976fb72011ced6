// `Former pupil and local councillor Ivo Marsh remembered her as "…"`: two roles joined by `and` before one name, with
// no determiner, describe that one person (as `the senator and candidate` does after one `the`: conjunctPhrases.ts).
// The subject read forward from the sentence's start had stopped at `and`, leaving `Former pupil` as a description.
import { DETERMINERS } from '../text/newsLexicon';
import type { Token } from '../text/sentenceTokens';
import { isPersonNoun } from './phraseKinds';
import { isNameWord, isWord } from './tokenClasses';

/** The most lower-case words of the second role (`local parish councillor`). */
const ROLE_TOKENS = 3;

/**
 * Whether the `and` at `j`, in a phrase read from `start`, joins a second role to the first before one name: the words
 * before it lower case (but the sentence's first) ending in a singular noun with no determiner before it,
 * the words after it lower case ending in another, then the name.
 */
export function joinsRolesBeforeName(tokens: readonly Token[], start: number, j: number): boolean {
  const first = tokens.slice(start, j);
  const noun = first[first.length - 1];
  // The first noun may be one no lexicon lists (`pupil`, `classmate`), but singular: `Residents and councillor X` are many.
  if (first.length === 0 || !isWord(noun) || noun.cap || !(isPersonNoun(noun.lower) || !noun.lower.endsWith('s'))) return false;
  if (!first.every((t, i) => isWord(t) && !t.possessive && (i === 0 || !t.cap)) || DETERMINERS.has(first[0].lower)) return false;
  let k = j + 1;
  while (k < tokens.length && k - j <= ROLE_TOKENS && isWord(tokens[k]) && !tokens[k].cap && !tokens[k].possessive) k++;
  const role = tokens[k - 1];
  return k > j + 1 && isWord(role) && isPersonNoun(role.lower) && isNameWord(tokens[k]);
}
