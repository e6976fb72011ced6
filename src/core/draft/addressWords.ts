// `I want to say this to the Kyiv regime: …` in one translation is `I want the Kyiv regime to hear me: …` in another:
// the speaker frames the same words as said to someone or as heard by them, and a translator picks either. A run the
// draft adds whose only words of meaning are such words of addressing, where the source frames its words so too
// (in a run the draft drops, or just outside the passage matched, in the same sentence of the source's quotation),
// says the same thing, however far apart the two stand; any other content word still counts.
import { tokenizeWords } from '../text/normalizeText';
import { FUNCTION_WORDS } from '../text/newsLexicon';
import type { WordChange } from './quoteDiff';

/** Verbs that frame words as said to or heard by someone, as the matcher compares words (lower case). */
const ADDRESSING = new Set([
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'hear', 'hears', 'heard', 'hearing', 'listen',
  'listens', 'listened', 'listening', 'know', 'knows', 'speak', 'speaks', 'speaking',
]);
/** A framing is short (`to say this to`, `to hear me`): a longer run says more than that. */
const MAX_FRAMING_WORDS = 4;

/** Whether a run of words only frames: a word of addressing, and none but function words besides. */
export function onlyFrames(text: string): boolean {
  const words = tokenizeWords(text).map((t) => t.word);
  // `say` counts among the function words; `hear` does not: a framing run holds one of them and no other word of meaning.
  return words.length <= MAX_FRAMING_WORDS && words.some((w) => ADDRESSING.has(w)) && words.every((w) => ADDRESSING.has(w) || FUNCTION_WORDS.has(w) || !/\p{L}/u.test(w));
}

/** Whether words (a source's, beside the passage) hold a word of addressing. */
export function holdsAddressing(words: readonly string[]): boolean {
  return words.some((w) => ADDRESSING.has(w));
}

/** The changed runs (their indices) that only frame the words as said or heard, where both sides have one. */
export function addressingRuns(parts: readonly WordChange[]): Set<number> {
  const runs = parts.flatMap((p, i) => (p.kind !== 'same' && onlyFrames(p.said ?? p.text) ? [i] : []));
  const both = runs.some((i) => parts[i].kind === 'removed') && runs.some((i) => parts[i].kind === 'added');
  return both ? new Set(runs) : new Set();
}
