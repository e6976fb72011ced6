// Full-text search over the sources' passages (every quote and every sentence), with MiniSearch:
// BM25 ranking, prefix search on the last word typed, a little fuzziness for longer words.
import MiniSearch from 'minisearch';
import { normalizeWord } from './normalizeText';
import type { AnalyzedArticle, TextSpan } from './types';

export interface Passage {
  readonly article: number;
  readonly kind: 'quote' | 'sentence';
  /** For a quote: its index in the article's quotes; for a sentence: its index in the article's sentences. */
  readonly item: number;
  readonly span: TextSpan;
}

// Words too common to help a search, dropped from the index to keep it small.
const STOP_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'is', 'was', 'were',
  'are', 'be', 'been', 'it', 'its', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'his', 'her', 'their', 'has',
  'have', 'had', 'but', 'not', 'will', 'would', 'which', 'who', 'than', 'into', 'about', 'after', 'also', 'said',
]);

function processTerm(term: string): string | null {
  const word = normalizeWord(term).replace(/'s$/, '');
  return word.length < 2 && !/\d/.test(word) ? null : STOP_WORDS.has(word) ? null : word;
}

export interface SearchHit {
  readonly passage: Passage;
  readonly score: number;
}

export class PassageSearch {
  private readonly search: MiniSearch<{ id: number; text: string }>;
  readonly passages: Passage[] = [];

  constructor(articles: readonly AnalyzedArticle[]) {
    this.search = new MiniSearch<{ id: number; text: string }>({
      fields: ['text'],
      storeFields: [],
      processTerm,
      tokenize: (text) => text.split(/[^\p{L}\p{N}'\u2019]+/u),
    });
    const docs: Array<{ id: number; text: string }> = [];
    articles.forEach((article, a) => {
      article.quotes.forEach((quote, item) => {
        if (quote.isTerm) return;
        this.passages.push({ article: a, kind: 'quote', item, span: { start: quote.textStart, end: quote.textEnd } });
        docs.push({ id: this.passages.length - 1, text: quote.text });
      });
      article.sentences.forEach((sentence, item) => {
        this.passages.push({ article: a, kind: 'sentence', item, span: sentence });
        docs.push({ id: this.passages.length - 1, text: article.text.slice(sentence.start, sentence.end) });
      });
    });
    this.search.addAll(docs);
  }

  /** The passages that best match `text`, best first. Quotes only, when `quotesOnly`. */
  find(text: string, limit: number, quotesOnly = false): SearchHit[] {
    const terms = text.split(/[^\p{L}\p{N}'\u2019]+/u).map(processTerm).filter((t): t is string => !!t);
    if (terms.length === 0) return [];
    const results = this.search.search(terms.join(' '), {
      prefix: (_term, i, all) => i === all.length - 1 && !/\s$/.test(text),
      fuzzy: (term) => (term.length >= 6 ? 0.15 : false),
      maxFuzzy: 2,
      filter: quotesOnly ? (r) => this.passages[r.id as number].kind === 'quote' : undefined,
      combineWith: quotesOnly ? 'AND' : 'OR',
    });
    return results.slice(0, limit).map((r) => ({ passage: this.passages[r.id as number], score: r.score }));
  }
}
