// Completing the start of a quote with the sources' exact wording: the words typed so far must begin a
// source quote (or stand inside one, from a word boundary on), the last word may be unfinished.
import { tokenizeWords } from './normalizeText';
import type { AnalyzedArticle } from './types';

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

export class QuoteCompletionIndex {
  private readonly quoteRefs: Array<{ article: number; quote: number; words: string[]; starts: number[] }> = [];
  private readonly byWord = new Map<string, number[]>();
  private readonly sortedWords: string[];

  constructor(private readonly articles: readonly AnalyzedArticle[]) {
    articles.forEach((article, a) => {
      article.quotes.forEach((q, k) => {
        if (q.isTerm) return;
        const tokens = tokenizeWords(article.text, q.textStart, q.textEnd);
        if (tokens.length === 0) return;
        const ref = this.quoteRefs.length;
        this.quoteRefs.push({ article: a, quote: k, words: tokens.map((t) => t.word), starts: tokens.map((t) => t.start) });
        tokens.forEach((t, position) => {
          if (position >= MAX_POSITION) return;
          const list = this.byWord.get(t.word);
          const entry = ref * MAX_POSITION + position;
          if (list) list.push(entry);
          else this.byWord.set(t.word, [entry]);
        });
      });
    });
    this.sortedWords = [...this.byWord.keys()].sort();
  }

  private wordsStartingWith(prefix: string): string[] {
    let lo = 0;
    let hi = this.sortedWords.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sortedWords[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.sortedWords.length && this.sortedWords[i].startsWith(prefix); i++) out.push(this.sortedWords[i]);
    return out;
  }

  /** Source quotes that continue `prefix` word for word, quote starts first. */
  complete(prefix: string, limit: number): CompletionCandidate[] {
    const typed = tokenizeWords(prefix).map((t) => t.word);
    const finished = /[\s,;:.!?]$/.test(prefix);
    const whole = finished ? typed : typed.slice(0, -1);
    const partial = finished ? '' : typed[typed.length - 1] ?? '';
    const out: CompletionCandidate[] = [];
    let starts = 0;
    const consider = (ref: number, at: number): boolean => {
      const q = this.quoteRefs[ref];
      if (at < 0 || at + whole.length > q.words.length) return false;
      for (let i = 0; i < whole.length; i++) if (q.words[at + i] !== whole[i]) return false;
      if (partial && !(q.words[at + whole.length] ?? '').startsWith(partial)) return false;
      if (!partial && at + whole.length >= q.words.length && whole.length > 0) return false; // nothing left to complete
      const article = this.articles[q.article];
      const start = q.starts[at];
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
      outer: for (const word of this.wordsStartingWith(partial)) {
        for (const e of this.byWord.get(word) ?? []) {
          if (consider(Math.floor(e / MAX_POSITION), e % MAX_POSITION) || ++seen > 5000) break outer;
        }
      }
    } else {
      for (let ref = 0; ref < this.quoteRefs.length; ref++) if (consider(ref, 0)) break;
    }
    out.sort((a, b) => Number(b.atQuoteStart) - Number(a.atQuoteStart) || a.article - b.article || a.start - b.start);
    return out.slice(0, Math.max(limit * 4, limit));
  }
}
