// The words either side of each quote posting entry, for completion's walk of a posting list: an entry whose
// neighbour is not the word typed there is passed over by one read beside the entry it stands with, not two random
// reads (the quote's ref, then the word stream: 40 MB at 10,000 articles). Made from what is loaded (the entries,
// the refs and the word index), on first use or in steps, so nothing is persisted.
import type { Steps } from './stepwise';
import type { WordIndex } from './wordIndex';

/** No word there: the entry is a quote's first word (before) or its last (after). */
export const NO_WORD = -1;

/** Entries read between two yields. */
const ENTRIES_PER_STEP = 200_000;

/**
 * Two numbers an entry of `entries` (quote ref << positionBits | position), at 2k and 2k + 1: the id of the word
 * before it in its quote and of the word after it, or NO_WORD.
 */
export function* quoteNeighboursSteps(
  entries: Int32Array,
  refs: Int32Array,
  refSize: number,
  positionBits: number,
  words: WordIndex,
): Steps<Int32Array> {
  const mask = (1 << positionBits) - 1;
  const near = new Int32Array(entries.length * 2);
  for (let k = 0; k < entries.length; k++) {
    const entry = entries[k];
    const position = entry & mask;
    const ref = entry >> positionBits;
    const first = refs[ref * refSize + 2];
    near[2 * k] = position > 0 ? words.idAt(first + position - 1) : NO_WORD;
    near[2 * k + 1] = position + 1 < refs[ref * refSize + 3] ? words.idAt(first + position + 1) : NO_WORD;
    if (k % ENTRIES_PER_STEP === ENTRIES_PER_STEP - 1) yield;
  }
  return near;
}
