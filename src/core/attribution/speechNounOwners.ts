// `the contention of former governor Hal Brooks that the files were "locked away"`, `rejected claims by councillor
// Ivo Marsh that the plan was "a waste"`: a noun of saying owned by the person named after `of` or `by` stands for that
// person's words, as `Brooks's contention that` does (ownerOfWords, clauseSpeakers.ts; sayingOwner, partialQuotes.ts),
// not for the words of whoever rejects or reports it. Only a phrase that names someone (a capitalised name, not `the
// claim of fraud`), ending before the quote; and `catch phrase` written as two words is the `catchphrase` the nouns of
// saying hold.
import { BETWEEN_SUBJECT_AND_VERB } from '../text/newsLexicon';
import type { Token } from '../text/sentenceTokens';
import { type Phrase } from './speakerPhrases';
import { namesSomeone } from './namePhrases';
import { isVerbLike, isWord } from './tokenClasses';

/** How many words a name after `of` or `by` may run (`former Colorado governor Hal J. Brooks`). */
const OWNER_WORDS = 6;

/** Prepositions that name the owner of a saying after its noun (`the claim of X`, `claims by X`). */
const OWNER_LINKS: ReadonlySet<string> = new Set(['of', 'by']);

/** The name after `of` or `by` right after the noun of saying at `k`, read up to its last capitalised word before `qi`, or null. */
export function namedOwnerAfter(tokens: readonly Token[], k: number, qi: number): Phrase | null {
  if (!isWord(tokens[k + 1]) || !OWNER_LINKS.has(tokens[k + 1].lower)) return null;
  const from = k + 2;
  let to = from;
  while (to < qi && to - from < OWNER_WORDS && isWord(tokens[to]) && tokens[to].lower !== 'that') to++;
  // The name ends at its last capital (`Hal Brooks`), never a lower-case word.
  while (to > from && !tokens[to - 1].cap) to--;
  if (to === from || tokens[to - 1].possessive) return null;
  // What the owner said follows the name (`that ...`, or the quote): `a declaration by the State Department to the court
  // "suggests ..."` makes the saying the subject of someone else's words.
  if (to < qi && tokens[to].lower !== 'that') return null;
  const phrase = { from, to };
  return namesSomeone(tokens, phrase) ? phrase : null;
}

/** Auxiliaries that open a verb group (`had been rigged`), and after a main verb open the next (`was rigged are`). */
const AUXILIARIES = /^(?:is|are|was|were|be|been|being|has|have|had|will|would|could|can|may|might|must|should|do|does|did)$/;

/** A verb of a group: an auxiliary, or a verb-like word that is no adverb or time (`also`, `on`, `Friday`). */
function isGroupVerb(t: Token | undefined): boolean {
  return t !== undefined && !t.cap && (AUXILIARIES.test(t.lower) || (isVerbLike(t) && !BETWEEN_SUBJECT_AND_VERB.has(t.lower)));
}

/** How many verb groups `words` hold (`had been rigged` one, `was rigged are` two); a quote among them counts as one. */
export function verbGroups(words: readonly Token[]): number {
  let groups = 0;
  words.forEach((t, i) => {
    const before = words[i - 1];
    const joined = isGroupVerb(before) && (AUXILIARIES.test(before.lower) || !AUXILIARIES.test(t.lower));
    if (t.kind === 'quote' || (isGroupVerb(t) && !joined)) groups++;
  });
  return groups;
}

/** `Vance's catch phrase`: the two words of the noun `catchphrase`, at `k` its second. */
export function isCatchPhrase(tokens: readonly Token[], k: number): boolean {
  return isWord(tokens[k]) && tokens[k].lower === 'phrase' && isWord(tokens[k - 1]) && tokens[k - 1].lower === 'catch';
}
