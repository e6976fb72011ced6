// The quote index's posting entries of each word ordered by the word that follows it (its alphabetical rank, then
// source order), for completion inside quotes: the places where two typed words stand together, or a word and the
// words an unfinished one may become, are one run found by two binary searches. A walk of a word's entries in source
// order read ever more of them as the archive grew (up to its bound of 5,000 at 30,000 articles, each a cold read
// when queries come one by one); a pair's run holds only the places where both words are. Made from what is loaded
// (the entries, the refs, the word index and the openings' word ranks), on first use or in steps: nothing persisted,
// as many bytes as the entries.
import type { Steps } from './stepwise';
import type { WordIndex } from './wordIndex';

/** Entries read or placed between two yields. */
const ENTRIES_PER_STEP = 200_000;

/** A half-open range of places in `QuotePairs.entries`. */
export interface PairRun {
  readonly start: number;
  readonly end: number;
}

export class QuotePairs {
  private constructor(
    /** The entries, grouped by word as `parts.entries` is (the same offsets), each group by its word after's key. */
    readonly entries: Int32Array,
    /** An entry's key: 0 when it is its quote's last word, its word after's rank + 1, or `unranked` past the ranks. */
    private readonly keyOf: (entry: number) => number,
    private readonly unranked: number,
  ) {}

  /**
   * `entries`: quote ref << positionBits | position, grouped by word at `entryOffsets`; `quoteWords`: a ref's words'
   * first global position and count; `rankOf`: a word id's alphabetical rank among the quotes' `ranks` words, or -1.
   */
  static *buildSteps(
    entries: Int32Array,
    entryOffsets: Int32Array,
    positionBits: number,
    quoteWords: (ref: number) => { first: number; count: number },
    words: WordIndex,
    rankOf: (id: number) => number,
    ranks: number,
  ): Steps<QuotePairs> {
    const mask = (1 << positionBits) - 1;
    // A word past the quote index's positions (in a quote of more than 2^positionBits words) has no rank: its
    // entries sort last in their group, where a look-up of an unfinished word's run reads them too.
    const unranked = ranks + 1;
    const keyOf = (entry: number): number => {
      const position = entry & mask;
      const { first, count } = quoteWords(entry >> positionBits);
      if (position + 1 >= count) return 0;
      const rank = rankOf(words.idAt(first + position + 1));
      return rank < 0 ? unranked : rank + 1;
    };
    const n = entries.length;
    // Two stable counting sorts: every entry by its key, then into its word's group, so that a group is in key order
    // and, within a key, in source order (the order `entries` holds). Linear, where a sort of each group was n log n.
    const keys = new Int32Array(n);
    const counts = new Int32Array(unranked + 2);
    for (let k = 0; k < n; k++) {
      counts[(keys[k] = keyOf(entries[k])) + 1]++;
      if (k % ENTRIES_PER_STEP === ENTRIES_PER_STEP - 1) yield;
    }
    for (let key = 1; key < counts.length; key++) counts[key] += counts[key - 1];
    const byKey = new Int32Array(n);
    for (let k = 0; k < n; k++) byKey[counts[keys[k]]++] = k;
    yield;
    const groupOf = keys; // the keys are read no more: their array holds each entry's group now
    for (let g = 0; g + 1 < entryOffsets.length; g++) groupOf.fill(g, entryOffsets[g], entryOffsets[g + 1]);
    const next = entryOffsets.slice(0, Math.max(0, entryOffsets.length - 1));
    const sorted = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const k = byKey[i];
      sorted[next[groupOf[k]]++] = entries[k];
      if (i % ENTRIES_PER_STEP === ENTRIES_PER_STEP - 1) yield;
    }
    return new QuotePairs(sorted, keyOf, unranked);
  }

  /** The first place in [start, end) whose key is not below `key` (the group's keys ascend). */
  private firstAtLeast(start: number, end: number, key: number): number {
    let lo = start;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.keyOf(this.entries[mid]) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The places in the group [start, end) whose word after has a rank in [from, to): one run, in source order when to = from + 1. */
  followedBy(start: number, end: number, from: number, to: number): PairRun {
    const first = this.firstAtLeast(start, end, from + 1);
    return { start: first, end: this.firstAtLeast(first, end, to + 1) };
  }

  /** The places in the group [start, end) whose word after has no rank: none unless a quote is longer than the positions. */
  followedByUnranked(start: number, end: number): PairRun {
    return { start: this.firstAtLeast(start, end, this.unranked), end };
  }
}
