// The sources' quotes by their wording. Completion: the words typed so far must begin a source quote (or
// stand inside one, from a word boundary on), the last word may be unfinished. Typo-tolerant lookup: MiniSearch
// holds the quotes' distinct words as a dictionary (fuzzy and prefix matching over a radix tree), and the
// quotes holding the matched words are ranked. Quote words are read from the word index (ids, no strings),
// with a posting list of quote positions per word.
import MiniSearch from 'minisearch';
import { tokenizeWords } from '../text/normalizeText';
import type { AnalyzedArticle } from '../types';
import { runSteps, type Steps } from './stepwise';
import type { WordIndex } from './wordIndex';
import { QuoteOpenings } from './quoteOpenings';
import { QuotePairs, type PairRun } from './quotePairs';

export interface CompletionCandidate {
  readonly article: number;
  readonly quote: number;
  /** Offset in the article where the completion starts (a word inside the quote, or its first word). */
  readonly start: number;
  readonly end: number;
  /** True when it starts at the quote's first word. */
  readonly atQuoteStart: boolean;
}

/** A power of two, so that an entry's quote and position are a shift and a mask, not a division (the walk below reads thousands). */
const POSITION_BITS = 12;
const MAX_POSITION = 1 << POSITION_BITS;
const POSITION_MASK = MAX_POSITION - 1;

/** Quotes taken from the run of those that begin with the words typed, per result asked for. */
const OPENINGS_PER_RESULT = 3;
/** Posting entries read at most when looking for the words typed inside quotes. */
const MAX_WALK = 5_000;

function completionEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s,;:\u2014\u2013-]/.test(text[end - 1])) end--;
  return end;
}

/** The quote index's data: what a build makes, what a persisted index writes and reads back. */
export interface QuoteIndexParts {
  /** Four numbers a quote: its article, its index there, its words' first global position and their count. */
  readonly refs: Int32Array;
  /** Word ids in the order first met in the quotes, each with its entries (quote ref * MAX_POSITION + position). */
  readonly wordIds: Int32Array;
  readonly entryOffsets: Int32Array;
  readonly entries: Int32Array;
}

const REF_SIZE = 4;

/** Entries copied between two yields of the build: the lists are millions of entries at 10,000 articles. */
const ENTRIES_PER_STEP = 200_000;

/**
 * Each word's entries in `parts`, as a view made when first asked for: read back from a persisted index, a map of
 * every word's view was 60,000 objects (8 MB) made at every start, for the few words a check looks up.
 */
function entriesByWord(parts: QuoteIndexParts): { get(id: number): Int32Array | undefined } {
  let largest = -1;
  for (const id of parts.wordIds) largest = Math.max(largest, id);
  const slot = new Int32Array(largest + 1).fill(-1);
  parts.wordIds.forEach((id, w) => (slot[id] = w));
  return {
    get(id) {
      const w = id >= 0 && id < slot.length ? slot[id] : -1;
      return w < 0 ? undefined : parts.entries.subarray(parts.entryOffsets[w], parts.entryOffsets[w + 1]);
    },
  };
}

/** Article `a`'s quotes as refs (four numbers each: see QuoteIndexParts): its quotes that are not terms and hold words. */
export function quoteRefs(article: AnalyzedArticle, a: number, words: WordIndex): number[] {
  const refs: number[] = [];
  article.quotes.forEach((q, k) => {
    if (q.isTerm) return;
    const { first, count } = words.wordsWithin(a, q.textStart, q.textEnd);
    if (count > 0) refs.push(a, k, first, count);
  });
  return refs;
}

export class QuoteIndex {
  private readonly refs: Int32Array;
  /** For each word id, the quote positions it stands at (quote ref * MAX_POSITION + position). */
  private readonly byWord: { get(id: number): Int32Array | undefined };
  private dictionaryMade: MiniSearch<{ id: number; word: string }> | null = null;
  private openingsMade: QuoteOpenings | null = null;
  private pairsMade: QuotePairs | null = null;

  /** `byWord`: the entries of each word as views of `parts.entries`, when the build made them already. */
  constructor(
    private readonly articles: readonly AnalyzedArticle[],
    private readonly words: WordIndex,
    readonly parts: QuoteIndexParts,
    byWord?: Map<number, Int32Array>,
  ) {
    this.refs = parts.refs;
    this.byWord = byWord ?? entriesByWord(parts);
  }

  /** Builds the index, yielding every `chunk` articles (see stepwise.ts). */
  static *steps(articles: readonly AnalyzedArticle[], words: WordIndex, chunk = 200): Steps<QuoteIndex> {
    const refs: number[] = [];
    for (let a = 0; a < articles.length; a++) {
      // One at a time: an article's refs (four numbers a quote) may outnumber the arguments a call takes.
      for (const ref of quoteRefs(articles[a], a, words)) refs.push(ref);
      if (a % chunk === chunk - 1) yield;
    }
    // The dictionary and the openings serve completion alone: made on first use or by `prepareSteps` (a language
    // server runs it between requests once the index is in), as for an index read back. Made here, they were 10-20%
    // of the heap a cold command line run builds, held through the rest of the build, and a check never reads them.
    return yield* QuoteIndex.fromRefsSteps(articles, words, Int32Array.from(refs));
  }

  /**
   * The index of the quotes `refs` (four numbers a quote, in the order of their articles: see QuoteIndexParts), their
   * words read from the word index: an index patched with changed articles (patchedIndex) makes it so, without
   * reading the other articles' quotes.
   */
  static *fromRefsSteps(articles: readonly AnalyzedArticle[], words: WordIndex, refs: Int32Array): Steps<QuoteIndex> {
    // Counted, then placed (a counting sort by word, in the order words are first met): a list grown for each word
    // in a map cost the cold build 180 ms of the main thread at 10,000 articles, and its garbage.
    let counts: Int32Array = new Int32Array(1 << 16);
    const firstMet: number[] = [];
    let total = 0;
    let work = 0;
    for (let ref = 0; ref < refs.length / REF_SIZE; ref++) {
      const first = refs[ref * REF_SIZE + 2];
      const count = Math.min(refs[ref * REF_SIZE + 3], MAX_POSITION);
      for (let position = 0; position < count; position++) {
        const id = words.idAt(first + position);
        if (id >= counts.length) counts = grown(counts, id + 1);
        if (counts[id]++ === 0) firstMet.push(id);
      }
      total += count;
      if ((work += count) >= ENTRIES_PER_STEP) {
        work = 0;
        yield;
      }
    }
    // Where each word's entries start (then, as they are placed, where its next one goes).
    const entryOffsets = new Int32Array(firstMet.length + 1);
    const next = new Int32Array(counts.length);
    firstMet.forEach((id, w) => {
      next[id] = entryOffsets[w];
      entryOffsets[w + 1] = entryOffsets[w] + counts[id];
    });
    yield;
    const entries = new Int32Array(total);
    for (let ref = 0; ref < refs.length / REF_SIZE; ref++) {
      const first = refs[ref * REF_SIZE + 2];
      const count = Math.min(refs[ref * REF_SIZE + 3], MAX_POSITION);
      for (let position = 0; position < count; position++) entries[next[words.idAt(first + position)]++] = ref * MAX_POSITION + position;
      if ((work += count) >= ENTRIES_PER_STEP) {
        work = 0;
        yield;
      }
    }
    const views = new Map<number, Int32Array>();
    firstMet.forEach((id, w) => views.set(id, entries.subarray(entryOffsets[w], entryOffsets[w + 1])));
    yield;
    return new QuoteIndex(articles, words, { refs, wordIds: Int32Array.from(firstMet), entryOffsets, entries }, views);
  }

  /** The quotes' distinct words (in the order first met), for fuzzy and prefix matching, added `chunk` at a time. */
  *makeDictionary(chunk: number): Steps<void> {
    if (this.dictionaryMade) return;
    const dictionary = new MiniSearch<{ id: number; word: string }>({ fields: ['word'], storeFields: [], tokenize: (w) => [w] });
    const ids = this.parts.wordIds;
    for (let i = 0; i < ids.length; i += chunk) {
      dictionary.addAll(Array.from(ids.subarray(i, i + chunk), (id) => ({ id, word: this.words.wordOf(id) })));
      yield;
    }
    this.dictionaryMade = dictionary;
  }

  /**
   * What completion needs and an index read back from a persisted index makes on first use (the dictionary of the
   * quotes' words, the quotes by their openings), made now in steps: made at once at the first completion after a
   * read-back of 10,000 articles, they held a language server's thread 0.1-0.4 s (openings) and 0.3-1.5 s (dictionary).
   */
  *prepareSteps(chunk: number): Steps<void> {
    yield* this.makeDictionary(chunk);
    yield;
    if (!this.openingsMade) this.openingsMade = yield* this.openingsSteps();
    yield;
    if (!this.pairsMade) this.pairsMade = yield* this.pairsSteps();
  }

  private pairsSteps(): Steps<QuotePairs> {
    const openings = this.openings;
    const { to: ranks } = openings.ranksStartingWith('');
    return QuotePairs.buildSteps(this.parts.entries, this.parts.entryOffsets, POSITION_BITS, (ref) => this.ref(ref), this.words, (id) => openings.rankOf(id), ranks);
  }

  /** Each word's entries by the word after it (quotePairs.ts), made at once on first use when not made in steps. */
  private get pairs(): QuotePairs {
    return (this.pairsMade ??= runSteps(this.pairsSteps()));
  }

  /** The dictionary, made at once on first use when it was not made in steps (an index read back from a cache). */
  private get dictionary(): MiniSearch<{ id: number; word: string }> {
    if (!this.dictionaryMade) runSteps(this.makeDictionary(1 << 30));
    return this.dictionaryMade!;
  }

  private makeOpenings(): QuoteOpenings {
    return runSteps(this.openingsSteps());
  }

  private openingsSteps(): Steps<QuoteOpenings> {
    return QuoteOpenings.buildSteps(this.words, this.parts.wordIds, this.refs.length / REF_SIZE, (ref) => ({ first: this.refs[ref * REF_SIZE + 2], count: this.refs[ref * REF_SIZE + 3] }));
  }

  /** The quotes by their opening words, made on first use when the build did not make them (an index read back from a cache). */
  private get openings(): QuoteOpenings {
    return (this.openingsMade ??= this.makeOpenings());
  }

  private ref(ref: number): { article: number; quote: number; first: number; count: number } {
    const at = ref * REF_SIZE;
    return { article: this.refs[at], quote: this.refs[at + 1], first: this.refs[at + 2], count: this.refs[at + 3] };
  }

  /**
   * Quotes holding every word typed, each word allowed a typo or two (the last one may be unfinished), in any
   * order: for a writer who misremembers the wording. Scores in (0, 1], best first.
   */
  findFuzzy(text: string, limit: number): Array<{ article: number; quote: number; score: number }> {
    const typed = tokenizeWords(text).map((t) => t.word);
    if (typed.length === 0) return [];
    const typingLastWord = !/[\s.,;:!?"\u201D\u2019)]$/.test(text);
    // Each word typed: the quote words it may be (the 40 best), with their scores, and how many entries they have.
    const matched = typed.map((word, i) => {
      const matches = this.dictionary.search(word, {
        prefix: typingLastWord && i === typed.length - 1 && word.length >= 2,
        fuzzy: word.length >= 5 ? 2 : word.length >= 4 ? 1 : false,
      });
      const scores = new Map<number, number>();
      let entries = 0;
      for (const m of matches.slice(0, 40)) {
        scores.set(m.id as number, m.score);
        entries += this.byWord.get(m.id as number)?.length ?? 0;
      }
      return { scores, entries };
    });
    // Every word must be in the quote: the quotes come from the entries of the word whose matches have the fewest,
    // and the other words are looked for among each such quote's words. Reading every word's entries made a typed
    // common word (in thousands of quotes at 10,000 articles) cost 10-90 ms, growing with the archive.
    let rarest = 0;
    matched.forEach((m, i) => m.entries < matched[rarest].entries && (rarest = i));
    const best = new Map<number, number>();
    for (const [id, score] of matched[rarest].scores) {
      for (const e of this.byWord.get(id) ?? []) {
        const ref = Math.floor(e / MAX_POSITION);
        if ((best.get(ref) ?? 0) < score) best.set(ref, score);
      }
    }
    const ranked: Array<[number, number]> = [];
    const each = new Float64Array(typed.length);
    for (const [ref, score] of best) {
      const first = this.refs[ref * REF_SIZE + 2];
      const count = Math.min(this.refs[ref * REF_SIZE + 3], MAX_POSITION); // the words the entries cover
      let all = true;
      for (let i = 0; all && i < typed.length; i++) {
        if (i === rarest) {
          each[i] = score;
          continue;
        }
        let top = 0;
        for (let p = 0; p < count; p++) top = Math.max(top, matched[i].scores.get(this.words.idAt(first + p)) ?? 0);
        each[i] = top;
        all = top > 0;
      }
      if (!all) continue;
      // Summed in the order typed, as the scores always were.
      let sum = 0;
      for (let i = 0; i < typed.length; i++) sum += each[i];
      ranked.push([ref, sum]);
    }
    ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const top = ranked[0]?.[1] ?? 1;
    return ranked.slice(0, limit).map(([ref, score]) => ({ article: this.refs[ref * REF_SIZE], quote: this.refs[ref * REF_SIZE + 1], score: score / top }));
  }

  /** Where word `id`'s entries stand in `parts.entries` (and, in the same places, in the pairs' entries). */
  private groupOf(id: number): PairRun {
    const entries = this.byWord.get(id);
    if (!entries) return { start: 0, end: 0 };
    // Every list is a view of `parts.entries` (both ways an index is made give them so): where it starts there.
    const start = (entries.byteOffset - this.parts.entries.byteOffset) >> 2;
    return { start, end: start + entries.length };
  }

  /**
   * The entries a match of the words typed inside a quote must stand in, entry k standing at typed word `offset`: the
   * shortest of the runs of two typed words together, of the last whole word followed by the unfinished one, or of
   * the last whole word (when nothing is unfinished) in source order; only an unfinished word's, when it is all that
   * is typed. `inOrder`: the runs are one, in source order, so that the first matches are the ones the sort keeps.
   */
  private insideRuns(whole: readonly number[], partial: string): { entries: Int32Array; runs: PairRun[]; offset: number; inOrder: boolean } {
    const length = (runs: readonly PairRun[]) => runs.reduce((n, r) => n + r.end - r.start, 0);
    if (whole.length === 0) {
      const runs = Array.from(this.openings.idsStartingWith(partial, MAX_WALK), (id) => this.groupOf(id));
      return { entries: this.parts.entries, runs, offset: 0, inOrder: runs.length === 1 };
    }
    const pairs = this.pairs;
    const last = whole.length - 1;
    let best: { entries: Int32Array; runs: PairRun[]; offset: number; inOrder: boolean };
    const lastGroup = this.groupOf(whole[last]);
    if (partial) {
      const { from, to } = this.openings.ranksStartingWith(partial);
      const runs = [pairs.followedBy(lastGroup.start, lastGroup.end, from, Math.max(from, to)), pairs.followedByUnranked(lastGroup.start, lastGroup.end)];
      best = { entries: pairs.entries, runs, offset: last, inOrder: to - from === 1 && runs[1].start === runs[1].end };
    } else best = { entries: this.parts.entries, runs: [lastGroup], offset: last, inOrder: true };
    for (let i = 0; i < last; i++) {
      const rank = this.openings.rankOf(whole[i + 1]);
      if (rank < 0) continue; // a word past the positions: the pair cannot tell
      const group = this.groupOf(whole[i]);
      const run = pairs.followedBy(group.start, group.end, rank, rank + 1);
      if (run.end - run.start < length(best.runs)) best = { entries: pairs.entries, runs: [run], offset: i, inOrder: true };
    }
    return best;
  }

  /** Source quotes that continue `prefix` word for word, quote starts first. */
  complete(prefix: string, limit: number): CompletionCandidate[] {
    const typed = tokenizeWords(prefix).map((t) => t.word);
    const finished = /[\s,;:.!?]$/.test(prefix);
    const whole = (finished ? typed : typed.slice(0, -1)).map((w) => this.words.wordId(w));
    const partial = finished ? '' : typed[typed.length - 1] ?? '';
    if (whole.some((id) => id < 0)) return [];
    const out: CompletionCandidate[] = [];
    let starts = 0;
    const consider = (ref: number, at: number): void => {
      const q = this.ref(ref);
      if (at < 0 || at + whole.length > q.count) return;
      for (let i = 0; i < whole.length; i++) if (this.words.idAt(q.first + at + i) !== whole[i]) return;
      if (partial && (at + whole.length >= q.count || !this.words.wordAt(q.first + at + whole.length).startsWith(partial))) return;
      if (!partial && at + whole.length >= q.count && whole.length > 0) return; // nothing left to complete
      const article = this.articles[q.article];
      const start = this.words.startOf(q.first + at);
      out.push({ article: q.article, quote: q.quote, start, end: completionEnd(article.text, start, article.quotes[q.quote].textEnd), atQuoteStart: at === 0 });
      if (at === 0) starts++;
    };
    // Quotes that begin with the words typed: one run of the quotes in the order of their words (quoteOpenings.ts),
    // a few more than asked for, as the caller drops repeats of a quote.
    const enough = limit * OPENINGS_PER_RESULT;
    for (const ref of this.openings.beginningWith(whole, partial, enough)) consider(ref, 0);
    // Too few: quotes that have the words inside them, from a word boundary on: the entries of the shortest run that
    // every match stands in (quotePairs.ts). The walk is still bounded, so a query of only common words cannot read
    // a list as long as the archive (past the bound such a quote may be missed).
    if (starts < limit) {
      const { entries, runs, offset, inOrder } = this.insideRuns(whole, partial);
      const refs = this.refs;
      const stream = (position: number) => this.words.idAt(position);
      let seen = 0;
      outer: for (const { start, end } of runs) {
        for (let k = start; k < end; k++) {
          if (++seen > MAX_WALK || (inOrder && out.length >= enough)) break outer;
          const entry = entries[k];
          const at = (entry & POSITION_MASK) - offset;
          if (at <= 0) continue;
          // The whole words typed, checked in the word stream before anything is made; `consider` sees only those left.
          const ref = entry >> POSITION_BITS;
          const first = refs[ref * REF_SIZE + 2] + at;
          if (at + whole.length > refs[ref * REF_SIZE + 3]) continue;
          let i = 0;
          while (i < whole.length && stream(first + i) === whole[i]) i++;
          if (i === whole.length) consider(ref, at);
        }
      }
    }
    out.sort((a, b) => Number(b.atQuoteStart) - Number(a.atQuoteStart) || a.article - b.article || a.start - b.start);
    return out;
  }
}

/** `counts` copied into an array of at least `length` (doubled, so that growing stays linear). */
function grown(counts: Int32Array, length: number): Int32Array {
  const bigger = new Int32Array(Math.max(length, counts.length * 2));
  bigger.set(counts);
  return bigger;
}
