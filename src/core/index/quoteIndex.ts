// The sources' quotes by their wording. Completion: the words typed so far must begin a source quote (or
// stand inside one, from a word boundary on), the last word may be unfinished. Typo-tolerant lookup: MiniSearch
// holds the quotes' distinct words as a dictionary (fuzzy and prefix matching over a radix tree), and the
// quotes holding the matched words are ranked. Quote words are read from the word index (ids, no strings),
// with a posting list of quote positions per word.
import MiniSearch from 'minisearch';
import { tokenizeWords } from '../text/normalizeText';
import type { AnalyzedArticle } from '../types';
import type { Steps } from './stepwise';
import type { WordIndex } from './wordIndex';

export interface CompletionCandidate {
  readonly article: number;
  readonly quote: number;
  /** Offset in the article where the completion starts (a word inside the quote, or its first word). */
  readonly start: number;
  readonly end: number;
  /** True when it starts at the quote's first word. */
  readonly atQuoteStart: boolean;
}

const MAX_POSITION = 4096;

function completionEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s,;:\u2014\u2013-]/.test(text[end - 1])) end--;
  return end;
}

interface QuoteRef {
  readonly article: number;
  readonly quote: number;
  /** The quote's words in the word index: global positions [first, first + count). */
  readonly first: number;
  readonly count: number;
}

export class QuoteIndex {
  private readonly quoteRefs: QuoteRef[] = [];
  /** For each word id, the quote positions it stands at (quote ref * MAX_POSITION + position). */
  private readonly byWord = new Map<number, number[]>();
  /** The quotes' distinct words, for fuzzy and prefix matching. */
  private readonly dictionary = new MiniSearch<{ id: number; word: string }>({ fields: ['word'], storeFields: [], tokenize: (w) => [w] });

  private constructor(
    private readonly articles: readonly AnalyzedArticle[],
    private readonly words: WordIndex,
  ) {}

  /** Builds the index, yielding every `chunk` articles and dictionary words (see stepwise.ts). */
  static *steps(articles: readonly AnalyzedArticle[], words: WordIndex, chunk = 200): Steps<QuoteIndex> {
    const index = new QuoteIndex(articles, words);
    for (let a = 0; a < articles.length; a++) {
      index.addQuotes(a);
      if (a % chunk === chunk - 1) yield;
    }
    const ids = [...index.byWord.keys()];
    for (let i = 0; i < ids.length; i += chunk * 20) {
      index.dictionary.addAll(ids.slice(i, i + chunk * 20).map((id) => ({ id, word: words.wordOf(id) })));
      yield;
    }
    return index;
  }

  private addQuotes(a: number): void {
    this.articles[a].quotes.forEach((q, k) => {
      if (q.isTerm) return;
      const { first, count } = this.words.wordsWithin(a, q.textStart, q.textEnd);
      if (count === 0) return;
      const ref = this.quoteRefs.length;
      this.quoteRefs.push({ article: a, quote: k, first, count });
      for (let position = 0; position < Math.min(count, MAX_POSITION); position++) {
        const id = this.words.idAt(first + position);
        const list = this.byWord.get(id);
        const entry = ref * MAX_POSITION + position;
        if (list) list.push(entry);
        else this.byWord.set(id, [entry]);
      }
    });
  }

  /**
   * Quotes holding every word typed, each word allowed a typo or two (the last one may be unfinished), in any
   * order: for a writer who misremembers the wording. Scores in (0, 1], best first.
   */
  findFuzzy(text: string, limit: number): Array<{ article: number; quote: number; score: number }> {
    const typed = tokenizeWords(text).map((t) => t.word);
    if (typed.length === 0) return [];
    const typingLastWord = !/[\s.,;:!?"\u201D\u2019)]$/.test(text);
    let scores: Map<number, number> | null = null;
    typed.forEach((word, i) => {
      const matches = this.dictionary.search(word, {
        prefix: typingLastWord && i === typed.length - 1 && word.length >= 2,
        fuzzy: word.length >= 5 ? 2 : word.length >= 4 ? 1 : false,
      });
      const best = new Map<number, number>();
      for (const m of matches.slice(0, 40)) {
        for (const e of this.byWord.get(m.id as number) ?? []) {
          const ref = Math.floor(e / MAX_POSITION);
          if ((best.get(ref) ?? 0) < m.score) best.set(ref, m.score);
        }
      }
      // Every word must be in the quote.
      const next = new Map<number, number>();
      for (const [ref, score] of best) if (!scores || scores.has(ref)) next.set(ref, (scores?.get(ref) ?? 0) + score);
      scores = next;
    });
    const ranked = [...(scores ?? new Map<number, number>())].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit);
    const top = ranked[0]?.[1] ?? 1;
    return ranked.map(([ref, score]) => ({ article: this.quoteRefs[ref].article, quote: this.quoteRefs[ref].quote, score: score / top }));
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
    const consider = (ref: number, at: number): boolean => {
      const q = this.quoteRefs[ref];
      if (at < 0 || at + whole.length > q.count) return false;
      for (let i = 0; i < whole.length; i++) if (this.words.idAt(q.first + at + i) !== whole[i]) return false;
      if (partial && (at + whole.length >= q.count || !this.words.wordAt(q.first + at + whole.length).startsWith(partial))) return false;
      if (!partial && at + whole.length >= q.count && whole.length > 0) return false; // nothing left to complete
      const article = this.articles[q.article];
      const start = this.words.startOf(q.first + at);
      out.push({ article: q.article, quote: q.quote, start, end: completionEnd(article.text, start, article.quotes[q.quote].textEnd), atQuoteStart: at === 0 });
      if (at === 0) starts++;
      // Enough quotes that begin with the words typed: the rest could only rank lower.
      return starts >= limit;
    };
    if (whole.length > 0) {
      let rarest = 0;
      for (let i = 1; i < whole.length; i++) if ((this.byWord.get(whole[i])?.length ?? 0) < (this.byWord.get(whole[rarest])?.length ?? 0)) rarest = i;
      for (const e of this.byWord.get(whole[rarest]) ?? []) if (consider(Math.floor(e / MAX_POSITION), (e % MAX_POSITION) - rarest)) break;
    } else if (partial) {
      let seen = 0;
      outer: for (const id of this.words.idsStartingWith(partial)) {
        for (const e of this.byWord.get(id) ?? []) {
          if (consider(Math.floor(e / MAX_POSITION), e % MAX_POSITION) || ++seen > 5000) break outer;
        }
      }
    } else {
      for (let ref = 0; ref < this.quoteRefs.length; ref++) if (consider(ref, 0)) break;
    }
    out.sort((a, b) => Number(b.atQuoteStart) - Number(a.atQuoteStart) || a.article - b.article || a.start - b.start);
    return out;
  }
}
