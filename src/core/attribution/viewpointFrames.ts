// `In Kral's view, the plan "goes too far."`, `By Peskar's account, the talks were "a waste of time."`, `In the
// words of Ana Kral, "…"`: a frame that sets what follows in someone's view or telling gives the sentence's quoted
// words to that person, as `according to` does; the quote is how they put it. A pronoun owner (`In her view`) is whom
// the text last named of that sex. A person's name set off after `To` or `For` opening the sentence (`To Kral, the rules
// are "a slow death for small shops."`, `For Peskar, the closure is "the end of everything."`) frames the same way.
import type { Token } from '../text/sentenceTokens';

/** A word token (tokenClasses' own test, which imports this file). */
const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';

/** Nouns of a view or a telling that an owner's possessive frames (`in Kral's view`, `by her account`). */
const VIEW_NOUNS: ReadonlySet<string> = new Set(['view', 'opinion', 'telling', 'account', 'estimation', 'assessment', 'judgment', 'judgement', 'reckoning', 'recollection', 'recounting', 'retelling', 'version']);
/** The prepositions that open such a frame. */
const FRAME_OPENERS: ReadonlySet<string> = new Set(['in', 'by']);
/** Possessive pronouns standing for an owner named before. */
export const POSSESSIVE_OWNERS: ReadonlyMap<string, 'male' | 'female' | 'plural'> = new Map([['his', 'male'], ['her', 'female'], ['their', 'plural']]);
/** The prepositions that set a person's view without a noun of viewing (`To Kral, …`, `For Peskar, …`). */
const DATIVE_OPENERS: ReadonlySet<string> = new Set(['to', 'for']);
/** The most words of a named owner (`Deputy Mayor Ana Kral's`). */
const OWNER_WORDS = 5;

/**
 * The token where the owner of a view frame opening at `k` begins (`In` of `In Kral's view` gives `Kral`), or -1.
 * The owner is a name in capitals ending in a possessive, a possessive pronoun, or a name after `the view of`.
 */
export function viewpointOwnerAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!isWord(t) || !isWord(tokens[k + 1])) return -1;
  if (DATIVE_OPENERS.has(t.lower)) return dativeOwnerAt(tokens, k);
  if (!FRAME_OPENERS.has(t.lower)) return -1;
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

/**
 * `To Kral,` / `For Ana Kral,`: the name's first token when one to four capitalised words, none a possessive, stand
 * between the opener at `k` and a comma; else -1. Not `To Kral's surprise,`, `For Kral and his wife,`, `For years,`.
 */
function dativeOwnerAt(tokens: readonly Token[], k: number): number {
  for (let j = k + 1; j < tokens.length && j - k <= OWNER_WORDS; j++) {
    const w = tokens[j];
    // `For Kral, according to Peskar, …`: the source named next is the sentence's.
    if (w.kind === 'punct' && w.text === ',') return j > k + 1 && tokens[j + 1]?.lower !== 'according' ? k + 1 : -1;
    if (!isWord(w) || !w.cap || w.possessive || j - k > OWNER_WORDS - 1) return -1;
  }
  return -1;
}

/** Whether the owner starting at `at` is set off by `To` or `For` (`To Kral,`): the frame gives a person's view only. */
export function isDativeFrame(tokens: readonly Token[], at: number): boolean {
  const opener = tokens[at - 1];
  if (!isWord(opener) || !DATIVE_OPENERS.has(opener.lower)) return false;
  for (let k = 0; k < at - 1; k++) if (tokens[k].kind !== 'punct') return false; // `according to CNN` is no frame
  return true;
}
