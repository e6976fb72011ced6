// `In Kral's view, the plan "goes too far."`, `By Peskar's account, the talks were "a waste of time."`, `In the
// words of Ana Kral, "…"`: a frame that sets what follows in someone's view or telling gives the sentence's quoted
// words to that person, as `according to` does; the quote is how they put it. A pronoun owner (`In her view`) is whom
// the text last named of that sex.
import type { Token } from '../text/sentenceTokens';

/** A word token (tokenClasses' own test, which imports this file). */
const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';

/** Nouns of a view or a telling that an owner's possessive frames (`in Kral's view`, `by her account`). */
const VIEW_NOUNS: ReadonlySet<string> = new Set(['view', 'opinion', 'telling', 'account', 'estimation', 'assessment', 'judgment', 'judgement', 'reckoning', 'recollection', 'recounting', 'retelling', 'version']);
/** The prepositions that open such a frame. */
const FRAME_OPENERS: ReadonlySet<string> = new Set(['in', 'by']);
/** Possessive pronouns standing for an owner named before. */
export const POSSESSIVE_OWNERS: ReadonlyMap<string, 'male' | 'female' | 'plural'> = new Map([['his', 'male'], ['her', 'female'], ['their', 'plural']]);
/** The most words of a named owner (`Deputy Mayor Ana Kral's`). */
const OWNER_WORDS = 5;

/**
 * The token where the owner of a view frame opening at `k` begins (`In` of `In Kral's view` gives `Kral`), or -1.
 * The owner is a name in capitals ending in a possessive, a possessive pronoun, or a name after `the view of`.
 */
export function viewpointOwnerAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!isWord(t) || !FRAME_OPENERS.has(t.lower) || !isWord(tokens[k + 1])) return -1;
  const first = tokens[k + 1];
  // `in the view of Ana Kral,`, `in the words of Kral`
  if (first.lower === 'the' && isWord(tokens[k + 2]) && (VIEW_NOUNS.has(tokens[k + 2].lower) || tokens[k + 2].lower === 'words') && tokens[k + 3]?.lower === 'of' && isWord(tokens[k + 4]) && tokens[k + 4].cap) return k + 4;
  if (POSSESSIVE_OWNERS.has(first.lower)) return isWord(tokens[k + 2]) && VIEW_NOUNS.has(tokens[k + 2].lower) ? k + 1 : -1;
  for (let j = k + 1; j < tokens.length && j - k <= OWNER_WORDS; j++) {
    const w = tokens[j];
    if (!isWord(w) || !w.cap) return -1;
    if (w.possessive) return isWord(tokens[j + 1]) && VIEW_NOUNS.has(tokens[j + 1].lower) ? k + 1 : -1;
  }
  return -1;
}

/** The end of the owner's words read from `at` (past the possessive), where a phrase reader would run on into the view. */
export function viewpointOwnerEnd(tokens: readonly Token[], at: number): number {
  for (let j = at; j < tokens.length && j - at < OWNER_WORDS; j++) if (tokens[j].possessive) return j + 1;
  return -1;
}
