// The sources' quotes in the alphabetical order of their words, for completion: the quotes that begin with the
// words typed (the last one perhaps unfinished) stand together, found by two binary searches, so completing a
// quote's opening costs the same at 1,000 articles as at 100,000. Built from the quote index's own refs and the
// word index (nothing persisted): word ranks, then one sort of the quotes.
import { sortInSteps } from './sortInSteps';
import { runSteps, type Steps } from './stepwise';
import type { WordIndex } from './wordIndex';

/** Quotes whose first two words are ranked between two yields. */
const HEADS_PER_STEP = 20_000;

/** How a quote ref is read: its words' first global position and their count. */
export interface QuoteWords {
  readonly first: number;
  readonly count: number;
}

export class QuoteOpenings {
  private constructor(
    private readonly words: WordIndex,
    /** The quotes' distinct words, in alphabetical order. */
    private readonly sorted: readonly string[],
    /** For each word id, its place in `sorted` (-1 when no quote has the word). */
    private readonly rank: Int32Array,
    /** The word id of each place in `sorted`. */
    private readonly idOfRank: Int32Array,
    /** Quote refs in the order of their words' ranks, a quote that is the beginning of another first. */
    private readonly order: Int32Array,
    private readonly quoteWords: (ref: number) => QuoteWords,
    /**
     * The rank of each quote's first word, in `order`: most probes of a search read this one array, not a quote's
     * ref, its words in the word stream and their ranks (three cold reads a probe at 30,000 articles).
     */
    private readonly firstRanks: Int32Array,
  ) {}

  /** `wordIds`: the quotes' distinct words; `refs`: how many quotes there are. */
  static build(words: WordIndex, wordIds: Int32Array, refs: number, quoteWords: (ref: number) => QuoteWords): QuoteOpenings {
    return runSteps(QuoteOpenings.buildSteps(words, wordIds, refs, quoteWords));
  }

  /** `build` in steps (an index read back makes them while a language server answers requests). */
  static *buildSteps(words: WordIndex, wordIds: Int32Array, refs: number, quoteWords: (ref: number) => QuoteWords): Steps<QuoteOpenings> {
    // The quotes' words in the word index's alphabetical order of its vocabulary (no sort of strings here).
    const rank = new Int32Array(words.parts.sortedIds.length).fill(-1);
    for (const id of wordIds) rank[id] = 0;
    const sorted: string[] = [];
    const ids: number[] = [];
    for (const id of words.parts.sortedIds) {
      if (rank[id] < 0) continue;
      rank[id] = sorted.length;
      sorted.push(words.wordOf(id));
      ids.push(id);
    }
    const idOfRank = Int32Array.from(ids);
    yield;
    // The first two ranks of each quote decide most comparisons without reading its words again.
    const head = new Float64Array(refs);
    const rankOf = (id: number) => rank[id] ?? -1;
    for (let ref = 0; ref < refs; ref++) {
      const { first, count } = quoteWords(ref);
      head[ref] = (rankOf(words.idAt(first)) + 1) * (sorted.length + 1) + (count > 1 ? rankOf(words.idAt(first + 1)) + 1 : 0);
      if (ref % HEADS_PER_STEP === HEADS_PER_STEP - 1) yield;
    }
    // Made to compare quotes while sorting them, before the first words' ranks in that order are known.
    const openings = new QuoteOpenings(words, sorted, rank, idOfRank, new Int32Array(refs), quoteWords, new Int32Array(0));
    const order = Int32Array.from({ length: refs }, (_, ref) => ref);
    openings.order.set(yield* sortInSteps(order, (a, b) => head[a] - head[b] || openings.compareQuotes(a, b) || a - b));
    const firstRanks = Int32Array.from(openings.order, (ref) => rankOf(words.idAt(quoteWords(ref).first)));
    return new QuoteOpenings(words, sorted, rank, idOfRank, openings.order, quoteWords, firstRanks);
  }

  private rankAt(ref: QuoteWords, i: number): number {
    return this.rank[this.words.idAt(ref.first + i)] ?? -1; // a word past the quote index's positions has none
  }

  private compareQuotes(a: number, b: number): number {
    const x = this.quoteWords(a);
    const y = this.quoteWords(b);
    const n = Math.min(x.count, y.count);
    for (let i = 2; i < n; i++) {
      const d = this.rankAt(x, i) - this.rankAt(y, i);
      if (d !== 0) return d;
    }
    return x.count - y.count;
  }

  /** Below zero when quote `ref` sorts before every quote that begins with the ranks `key`, zero when it begins with them. */
  private compareToKey(ref: number, key: readonly number[]): number {
    const q = this.quoteWords(ref);
    for (let i = 0; i < key.length; i++) {
      if (i >= q.count) return -1;
      const d = this.rankAt(q, i) - key[i];
      if (d !== 0) return d;
    }
    return 0;
  }

  private firstNotBefore(key: readonly number[]): number {
    // The quotes whose first word is key[0]'s, found in the first words' ranks alone; the rest of the key within them.
    let lo = this.firstRankFrom(key[0], 0);
    let hi = key.length > 1 ? this.firstRankFrom(key[0] + 1, lo) : lo;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compareToKey(this.order[mid], key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The first place in `order`, from `lo` on, whose quote's first word's rank is not below `rank`. */
  private firstRankFrom(rank: number, lo: number): number {
    let hi = this.firstRanks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.firstRanks[mid] < rank) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The first word rank not below `word` in alphabetical order. */
  private rankFrom(word: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid] < word) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The ranks [from, to) of the quotes' words that start with `prefix` (one run in alphabetical order). */
  ranksStartingWith(prefix: string): { from: number; to: number } {
    return { from: this.rankFrom(prefix), to: this.rankFrom(`${prefix}\uffff`) };
  }

  /** Word `id`'s rank, or -1 when no quote holds it within the quote index's positions. */
  rankOf(id: number): number {
    return id >= 0 && id < this.rank.length ? this.rank[id] : -1;
  }

  /** Up to `limit` ids of the quotes' words that start with `prefix`, in alphabetical order. */
  idsStartingWith(prefix: string, limit: number): Int32Array {
    const from = this.rankFrom(prefix);
    return this.idOfRank.subarray(from, Math.min(this.rankFrom(`${prefix}\uffff`), from + limit));
  }

  /**
   * Up to `limit` quotes (refs) that begin with the word ids `whole` and have a word after them, which starts with
   * `partial` when it is given (an unfinished word), in alphabetical order of their words.
   */
  beginningWith(whole: readonly number[], partial: string, limit: number): number[] {
    const ranks: number[] = [];
    for (const id of whole) {
      const r = id >= 0 && id < this.rank.length ? this.rank[id] : -1;
      if (r < 0) return [];
      ranks.push(r);
    }
    // The next word's ranks: those that start with `partial` (one run in alphabetical order), or any.
    const from = partial ? this.rankFrom(partial) : 0;
    const to = partial ? this.rankFrom(`${partial}\uffff`) : this.sorted.length;
    if (from >= to) return [];
    const start = this.firstNotBefore([...ranks, from]);
    const end = Math.min(this.firstNotBefore([...ranks, to]), start + limit);
    return Array.from(this.order.subarray(start, end));
  }
}
