// A positional word index over every source: each article's normalised words in one stream, with a
// posting list per word. It answers "where do these words stand, in this order" (exact, with gaps for
// an ellipsis) and "which passage is closest to these words" (word-level alignment) in milliseconds,
// however many articles there are. Built by wordIndexBuild.ts, or read back from a persisted index.
import { wordEndAt } from '../text/normalizeText';
import type { TextSpan } from '../types';
import type { QuoteWords } from './quoteWords';
import { runSteps, type Steps } from './stepwise';
import type { TokenArticles } from './tokenArticles';
import { TokenRuns } from './tokenRuns';
import { lookupTables, type LookupTables } from './wordLookupTables';
import type { WordSpellings } from './wordSpellings';
import { buildWordIndexParts, type EarlierWords, type PostingReader, type WordIndexParts } from './wordIndexBuild';
import { firstAtLeastIn } from '../text/sortedNumbers';
import { anchorWindows } from './anchorWindows';

export { quoteWords, type QuoteWords } from './quoteWords';
export type { EarlierWords, WordIndexParts } from './wordIndexBuild';

export interface WordHit {
  readonly article: number;
  /** Character offsets in the article. */
  readonly start: number;
  readonly end: number;
  /** 1 for the same words; lower for a close passage. */
  readonly similarity: number;
  /** For an exact match of a quote with an ellipsis: where each of its fragments stands (character offsets). */
  readonly fragments?: readonly TextSpan[];
}

/** The longest quote, in words, that is compared with the sources word by word when not found exactly. */
export const MAX_ALIGNED_WORDS = 400;

export class WordIndex {
  /** The words by id and the ids by word. */
  private readonly spellings: WordSpellings;
  /** Word ids in the order of their words, for words that begin with what is being typed. */
  private readonly sortedIds: Int32Array;
  /** Every article's word ids and their starts, one article after another. */
  private readonly tokens: TokenRuns;
  /** Index of each article's first token, plus one past the end. */
  private readonly firstToken: Int32Array;
  /** The article each token belongs to. */
  private readonly tokenArticle: TokenArticles;
  private queryMarks: Int16Array | null = null;
  private articleScores: Float64Array | null = null;
  private articleLastGroup: Int32Array | null = null;
  private readonly postingOffsets: Int32Array;
  private readonly postings: Int32Array | PostingReader;
  /** The posting lists read so far, when they are read from a persisted index a word at a time. */
  private readonly postingsRead = new Map<number, Int32Array>();

  /** An index of `parts`; `textOf(a)` is text a (its words' ends are read there); its look-up tables made at once unless given. */
  constructor(
    readonly parts: WordIndexParts,
    private readonly textOf: (article: number) => string,
    tables: LookupTables = runSteps(lookupTables(parts)),
  ) {
    ({ firstToken: this.firstToken, sortedIds: this.sortedIds, postingOffsets: this.postingOffsets, postings: this.postings } = parts);
    // A patched index's runs of arrays; else the stream and starts themselves (a patched index's would be copied).
    this.tokens = parts.tokens ?? TokenRuns.whole(parts.stream, parts.starts);
    ({ spellings: this.spellings, tokenArticle: this.tokenArticle } = tables);
  }

  /** The index of parts read back (a persisted index), its look-up tables made in steps. */
  static *restoreSteps(parts: WordIndexParts, textOf: (article: number) => string): Steps<WordIndex> {
    return new WordIndex(parts, textOf, yield* lookupTables(parts));
  }

  /** Builds the index of `texts`, in steps of a few milliseconds each. */
  static *steps(texts: readonly string[], earlier?: EarlierWords): Steps<WordIndex> {
    const parts = yield* buildWordIndexParts(texts, earlier);
    yield;
    const tables = yield* lookupTables(parts);
    return new WordIndex(parts, (a) => texts[a], tables);
  }

  /** The word ids at global positions [first, first + count) that lie within `[start, end)` of an article. */
  wordsWithin(article: number, start: number, end: number): { first: number; count: number } {
    const first = this.firstToken[article];
    const starts = this.tokens.startsIn(first, this.firstToken[article + 1]);
    const lo = firstAtLeastIn(starts, start);
    let last = lo;
    while (last < starts.length && starts[last] < end) last++;
    return { first: first + lo, count: last - lo };
  }

  /** The normalised word of an id. */
  wordOf(id: number): string {
    return this.spellings.wordOf(id);
  }

  idAt(position: number): number {
    return this.tokens.idAt(position);
  }

  /** The normalised word at a global position. */
  wordAt(position: number): string {
    return this.spellings.wordOf(this.tokens.idAt(position));
  }

  /** Where the word at a global position starts in its article. */
  startOf(position: number): number {
    return this.tokens.startAt(position);
  }

  /** Ids of the sources' words that start with `prefix` (at most 2,000). */
  idsStartingWith(prefix: string): number[] {
    return this.wordsStartingWith(prefix, 2000).map((w) => this.idOf(w));
  }

  /** Character offsets of the global tokens [first, last] (one article): words are re-read rather than stored, to save memory. */
  private hit(article: number, first: number, last: number, similarity: number): WordHit {
    return { article, start: this.tokens.startAt(first), end: this.endOf(last), similarity };
  }

  /** Where the word at a global position ends in its article. */
  endOf(position: number): number {
    return wordEndAt(this.textOf(this.tokenArticle.of(position)), this.tokens.startAt(position));
  }

  /**
   * Where the given word ids stand in an article: for each of its words that is one of them, the word's
   * offsets and the group it belongs to. Read from the index, without re-reading the text's words.
   */
  matchesIn(article: number, groupOfId: ReadonlyMap<number, number>): Array<{ start: number; group: number }> {
    // Mark the query's words in a table as long as the vocabulary: one look-up per word, no hashing.
    this.queryMarks ??= new Int16Array(this.spellings.size);
    const marks = this.queryMarks;
    for (const [id, group] of groupOfId) if (id >= 0) marks[id] = group + 1;
    const out: Array<{ start: number; group: number }> = [];
    const ids = this.tokens.idsIn(this.firstToken[article], this.firstToken[article + 1]);
    const starts = this.tokens.startsIn(this.firstToken[article], this.firstToken[article + 1]);
    for (let k = 0; k < ids.length; k++) {
      const mark = marks[ids[k]];
      if (mark !== 0) out.push({ start: starts[k], group: mark - 1 });
    }
    for (const id of groupOfId.keys()) if (id >= 0) marks[id] = 0;
    return out;
  }

  /** The index's id of a normalised word, or -1. */
  wordId(word: string): number {
    return this.idOf(word);
  }

  /** A word no text holds is unknown, though an index patched with changed articles (patchedWordIndex) keeps its id. */
  private idOf(word: string): number {
    const id = this.spellings.idOf(word);
    return id < 0 || this.postingOffsets[id + 1] === this.postingOffsets[id] ? -1 : id;
  }

  /** Where word `id` stands in the stream, in order. */
  private postingsOf(id: number): Int32Array {
    const from = this.postingOffsets[id];
    const to = this.postingOffsets[id + 1];
    if (typeof this.postings !== 'function') return this.postings.subarray(from, to);
    let list = this.postingsRead.get(id);
    if (!list) this.postingsRead.set(id, (list = this.postings(from, to - from)));
    return list;
  }

  private frequency(id: number): number {
    return id < 0 ? 0 : this.postingOffsets[id + 1] - this.postingOffsets[id];
  }

  private articleOf(position: number): number {
    return this.tokenArticle.of(position);
  }

  /** Words of the sources that start with `prefix`, most frequent first. */
  wordsStartingWith(prefix: string, limit: number): string[] {
    const sorted = this.sortedIds;
    const word = (i: number) => this.spellings.wordOf(sorted[i]);
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (word(mid) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < sorted.length && word(i).startsWith(prefix) && out.length < Math.max(500, limit); i++) if (this.idOf(word(i)) >= 0) out.push(word(i));
    return out.sort((a, b) => this.frequency(this.idOf(b)) - this.frequency(this.idOf(a))).slice(0, limit);
  }

  /**
   * Articles ranked by the query's words they hold, each word group (a word, or the words a typed prefix
   * may become) weighted by its rarity. Rare words lead; very common ones are read only when nothing
   * rarer is asked, so the cost stays small at any corpus size.
   */
  rankArticles(groups: ReadonlyArray<readonly string[]>, limit: number): Array<{ article: number; score: number }> {
    const articles = this.firstToken.length - 1;
    const weighted = groups
      .map((words) => {
        const ids = words.map((w) => this.idOf(w)).filter((id) => id >= 0);
        const frequency = ids.reduce((n, id) => n + this.frequency(id), 0);
        return { ids, frequency, weight: Math.log(1 + articles / (1 + Math.min(frequency, articles))) };
      })
      .filter((g) => g.ids.length > 0)
      .sort((a, b) => a.frequency - b.frequency);
    // Scratch tables as long as the corpus, reused by every query and left zeroed afterwards.
    this.articleScores ??= new Float64Array(articles);
    this.articleLastGroup ??= new Int32Array(articles);
    const scores = this.articleScores;
    const lastGroup = this.articleLastGroup;
    const touched: number[] = [];
    let budget = 30_000;
    weighted.forEach((group, g) => {
      if (group.frequency > budget && touched.length > 0) return;
      budget -= group.frequency;
      // A group past the budget is the rarest, read alone (every later one is skipped): each article it touches
      // scores its weight, and the first `limit` touched are those kept, so reading on cannot change them. Read to
      // the end, it made a query of common words read postings in proportion to the archive.
      const alone = budget < 0;
      ids: for (const id of group.ids) {
        const postings = this.postingsOf(id);
        for (let k = 0; k < postings.length; k++) {
          const a = this.tokenArticle.of(postings[k]);
          if (lastGroup[a] === g + 1) continue;
          lastGroup[a] = g + 1;
          if (scores[a] === 0) touched.push(a);
          scores[a] += group.weight;
          if (alone && touched.length >= limit) break ids;
        }
      }
    });
    const top: Array<{ article: number; score: number }> = [];
    for (const article of touched) {
      const score = scores[article];
      scores[article] = 0;
      lastGroup[article] = 0;
      if (top.length === limit && score <= top[limit - 1].score) continue;
      let at = top.length;
      while (at > 0 && top[at - 1].score < score) at--;
      top.splice(at, 0, { article, score });
      if (top.length > limit) top.pop();
    }
    return top;
  }

  /** Token positions (global) where `ids` stand in order, with the first token in [from, to). */
  private exactAt(ids: readonly number[], from: number, to: number): number[] {
    if (ids.some((id) => id < 0)) return [];
    let anchor = 0;
    for (let i = 1; i < ids.length; i++) if (this.frequency(ids[i]) < this.frequency(ids[anchor])) anchor = i;
    const id = ids[anchor];
    const postings = this.postingsOf(id);
    let lo = 0;
    let hi = postings.length;
    // Postings are sorted: narrow them to the range.
    const lower = from + anchor;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (postings[mid] < lower) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let k = lo; k < postings.length; k++) {
      const start = postings[k] - anchor;
      if (start >= to) break;
      let ok = start >= from;
      for (let i = 0; ok && i < ids.length; i++) ok = this.tokens.idAt(start + i) === ids[i];
      if (ok) out.push(start);
    }
    return out;
  }

  /** Every place where the quote's words stand in the sources, segments in order within one article. */
  findExact(quote: QuoteWords, limit = 50): WordHit[] {
    if (quote.segments.length === 0) return [];
    const segmentIds = quote.segments.map((seg) => seg.map((w) => this.idOf(w)));
    const hits: WordHit[] = [];
    for (const first of this.exactAt(segmentIds[0], 0, this.tokens.length)) {
      const article = this.articleOf(first);
      const articleEnd = this.firstToken[article + 1];
      let end = first + segmentIds[0].length;
      // Where each fragment stands, for a quote with an ellipsis only (see joinedQuotations.ts).
      const fragments: TextSpan[] | null = segmentIds.length > 1 ? [{ start: this.tokens.startAt(first), end: this.endOf(end - 1) }] : null;
      let ok = true;
      for (let s = 1; ok && s < segmentIds.length; s++) {
        const next = this.exactAt(segmentIds[s], end, Math.min(articleEnd, end + quote.gaps[s] + 1));
        if (next.length === 0) ok = false;
        else {
          end = next[0] + segmentIds[s].length;
          fragments?.push({ start: this.tokens.startAt(next[0]), end: this.endOf(end - 1) });
        }
      }
      if (!ok || end > articleEnd) continue;
      const hit = this.hit(article, first, end - 1, 1);
      hits.push(fragments ? { ...hit, fragments } : hit);
      if (hits.length >= limit) break;
    }
    return hits;
  }

  /**
   * The passage closest to `words` (word-level edit distance, free at the passage's edges), if any passage
   * shares enough of them. Candidates come from the quote's rarest words, so the cost does not grow with the corpus.
   * `besides`: an article whose passages are passed over (to find another article's rendering of its words).
   */
  findClosest(words: readonly string[], minSimilarity: number, besides = -1): WordHit | null {
    // Three or four words close to a source passage are as likely a common phrase as an altered quote.
    if (words.length < 4) return null;
    // The alignment costs the quote's length times the passage's, in time and memory: a quote longer than any
    // real one (a pasted chapter) is looked up word for word only, never aligned.
    if (words.length > MAX_ALIGNED_WORDS) return null;
    if (words.length < 6) minSimilarity = Math.max(minSimilarity, 0.75);
    const ids = words.map((w) => this.idOf(w));
    const known = [...new Set(ids.filter((id) => id >= 0))].sort((a, b) => this.frequency(a) - this.frequency(b));
    const anchors = known.slice(0, 6).filter((id, i) => i < 2 || this.frequency(id) < 20_000);
    if (anchors.length < 2 && words.length > 3) return null;
    const needed = Math.max(2, Math.ceil(anchors.length / 2));
    const width = Math.max(6, words.length >> 1);
    const windows = anchorWindows(
      anchors.map((id) => this.postingsOf(id)),
      anchors.map((id) => ids.indexOf(id)),
      width,
      needed,
    );
    let best: WordHit | null = null;
    const tried = new Set<number>();
    for (const at of windows) {
      if (tried.size >= 6) break;
      if (besides >= 0 && this.articleOf(Math.min(Math.max(0, at), this.tokens.length - 1)) === besides) continue;
      const bucket = Math.floor(at / width);
      if (tried.has(bucket)) continue;
      tried.add(bucket);
      const hit = this.align(ids, Math.max(0, at - width - 4), at + words.length + width + 4);
      if (hit && hit.article !== besides && hit.similarity >= minSimilarity && (!best || hit.similarity > best.similarity)) best = hit;
    }
    return best;
  }

  /** The passage of text `text` of this index closest to `words` (word-level alignment over the whole text). */
  closestIn(text: number, words: readonly string[]): WordHit | null {
    return this.align(words.map((w) => this.idOf(w)), this.firstToken[text], this.firstToken[text + 1]);
  }

  /** Semi-global alignment of `ids` against the stream's [from, to), kept within one article. */
  private align(ids: readonly number[], from: number, to: number): WordHit | null {
    const article = this.articleOf(Math.min(from + ((to - from) >> 1), this.tokens.length - 1));
    from = Math.max(from, this.firstToken[article]);
    to = Math.min(to, this.firstToken[article + 1]);
    const n = ids.length;
    const m = to - from;
    if (m <= 0) return null;
    // The passage's ids, within one article: stream[from + j - 1] below.
    const stream = this.tokens.idsIn(from, to);
    const cols = m + 1;
    const d = new Int32Array((n + 1) * cols);
    for (let i = 1; i <= n; i++) d[i * cols] = i;
    for (let i = 1; i <= n; i++) {
      for (let j = 1; j <= m; j++) {
        const same = ids[i - 1] === stream[j - 1] ? 0 : 1;
        d[i * cols + j] = Math.min(d[(i - 1) * cols + j - 1] + same, d[(i - 1) * cols + j] + 1, d[i * cols + j - 1] + 1);
      }
    }
    // The passage ends where the distance is least; among equals, where the quote's last word meets its own.
    let endJ = 1;
    const lastMatches = (j: number) => ids[n - 1] === stream[j - 1];
    for (let j = 1; j <= m; j++) {
      const here = d[n * cols + j];
      const best = d[n * cols + endJ];
      if (here < best || (here === best && lastMatches(j) && !lastMatches(endJ))) endJ = j;
    }
    const distance = d[n * cols + endJ];
    // Trace back to where the passage starts.
    let i = n;
    let j = endJ;
    while (i > 0 && j > 0) {
      const here = d[i * cols + j];
      const same = ids[i - 1] === stream[j - 1] ? 0 : 1;
      if (here === d[(i - 1) * cols + j - 1] + same) {
        i--;
        j--;
      } else if (here === d[(i - 1) * cols + j] + 1) i--;
      else j--;
    }
    const startToken = from + j;
    const endToken = from + endJ - 1;
    if (endToken < startToken) return null;
    const similarity = 1 - distance / Math.max(n, endToken - startToken + 1);
    return this.hit(article, startToken, endToken, similarity);
  }
}
