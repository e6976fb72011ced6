// The words either side of each quote posting entry, for completion's walk of a posting list: an entry whose
// neighbour is not the word typed there is passed over by one read beside the entry, not two random reads (the
// quote's ref, then the word stream: 40 MB at 10,000 articles). Made from what is loaded (the entries, the refs,
// the word index and the openings' word ranks), on first use or in steps, so nothing is persisted. One number an
// entry, as many bytes as the entries: the word before as the low 16 bits of its id, the word after as its
// alphabetical rank cut to 16 bits (so that an unfinished word's run of ranks is a range). Both are conditions a
// match must meet, never enough alone: what passes is checked in full.
import type { Steps } from './stepwise';
import type { WordIndex } from './wordIndex';

/** The word after: none (the entry is its quote's last word). */
const END = 0xffff;
/** The word after has no rank (past the quote index's positions): any check passes it. */
const UNRANKED = 0xfffe;

/** Entries read between two yields. */
const ENTRIES_PER_STEP = 200_000;

export class QuoteNeighbours {
  private constructor(
    /** Per entry: (id of the word before & 0xffff) << 16 | the word after's rank >> shift (or END, UNRANKED). */
    readonly packed: Int32Array,
    private readonly shift: number,
    private readonly rankOf: (id: number) => number,
  ) {}

  /**
   * `entries`: quote ref << positionBits | position; `quoteWords`: a ref's words' first global position and count;
   * `rankOf`: a word id's alphabetical rank among the quotes' `ranks` words, or -1.
   */
  static *buildSteps(
    entries: Int32Array,
    positionBits: number,
    quoteWords: (ref: number) => { first: number; count: number },
    words: WordIndex,
    rankOf: (id: number) => number,
    ranks: number,
  ): Steps<QuoteNeighbours> {
    let shift = 0;
    while ((ranks - 1) >> shift >= UNRANKED) shift++;
    const mask = (1 << positionBits) - 1;
    const packed = new Int32Array(entries.length);
    for (let k = 0; k < entries.length; k++) {
      const position = entries[k] & mask;
      const { first, count } = quoteWords(entries[k] >> positionBits);
      const before = position > 0 ? words.idAt(first + position - 1) & 0xffff : 0;
      const rank = position + 1 < count ? rankOf(words.idAt(first + position + 1)) : -2;
      packed[k] = (before << 16) | (rank === -2 ? END : rank < 0 ? UNRANKED : rank >> shift);
      if (k % ENTRIES_PER_STEP === ENTRIES_PER_STEP - 1) yield;
    }
    return new QuoteNeighbours(packed, shift, rankOf);
  }

  /** What an entry's word before must be for word `id` to stand there. */
  static beforeKey(id: number): number {
    return id & 0xffff;
  }

  /** What an entry's word after must be for word `id` to stand there, or -1 when it cannot tell. */
  afterKey(id: number): number {
    const rank = this.rankOf(id);
    return rank < 0 ? -1 : rank >> this.shift;
  }

  /** The keys [low, high] a word after in the ranks [from, to) may have (from < to). */
  afterRange(from: number, to: number): { low: number; high: number } {
    return { low: from >> this.shift, high: (to - 1) >> this.shift };
  }

  /** True when the entry's packed number `word` has a word after it, whose key may be in [low, high]. */
  static mayContinue(word: number, low: number, high: number): boolean {
    const after = word & 0xffff;
    return after !== END && (after === UNRANKED || (after >= low && after <= high));
  }
}
