// Finding source passages by their words. Sentences and quotes are found through the positional word
// index (articles ranked by the rarity of the words they share with the query, then the best passages
// of the best articles); when that finds little, quotes whose words are close to the query's (typos).
import { normalizeWord } from '../text/normalizeText';
import type { QuoteIndex } from './quoteIndex';
import type { WordIndex } from './wordIndex';
import type { AnalyzedArticle, TextSpan } from '../types';

export interface Passage {
  readonly article: number;
  readonly kind: 'quote' | 'sentence';
  /** For a quote: its index in the article's quotes; for a sentence: its index in the article's sentences. */
  readonly item: number;
  readonly span: TextSpan;
}

export interface SearchHit {
  readonly passage: Passage;
  readonly score: number;
}

// Words too common to help a search: a query's other words decide.
const STOP_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'is', 'was', 'were',
  'are', 'be', 'been', 'it', 'its', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'his', 'her', 'their', 'has',
  'have', 'had', 'but', 'not', 'will', 'would', 'which', 'who', 'than', 'into', 'about', 'after', 'also', 'said', 'we',
  'our', 'us', 'i', 'you', 'me', 'my', 'so', 'if', 'do', 'did', 'does', 'can', 'could', 'there', 'what', 'all',
]);

/** A word as the search reads it: normalised, possessive dropped; null for a stop word. */
export function processTerm(term: string): string | null {
  const word = normalizeWord(term).replace(/'s$/, '');
  if (word.length < 2 && !/\d/.test(word)) return null;
  return STOP_WORDS.has(word) ? null : word;
}

export const SPLIT = /[^\p{L}\p{N}\p{M}'\u2019]+/u;

export class PassageSearch {
  constructor(
    private readonly articles: readonly AnalyzedArticle[],
    private readonly words: WordIndex,
    private readonly quotes: QuoteIndex,
  ) {}

  /** The passages (quotes and sentences) that best match `text`, best first. Scores in (0, 1]. */
  find(text: string, limit: number): SearchHit[] {
    const raw = text.split(SPLIT).filter(Boolean);
    const terms = raw.map((t) => processTerm(t)).filter((t): t is string => !!t);
    if (terms.length === 0) return [];
    const typingLastWord = !/[\s.,;:!?"\u201D\u2019)]$/.test(text);
    const groups: string[][] = terms.map((t) => [t]);
    const last = terms[terms.length - 1];
    if (typingLastWord && last.length >= 3) groups[groups.length - 1] = [...new Set([last, ...this.words.wordsStartingWith(last, 20)])];
    const groupOfId = new Map<number, number>();
    groups.forEach((group, g) => group.forEach((w) => groupOfId.set(this.words.wordId(w), g)));
    groupOfId.delete(-1);
    const hits: SearchHit[] = [];
    const ranked = this.words.rankArticles(groups, Math.max(8, limit * 2));
    const top = ranked[0]?.score ?? 1;
    // A passage's score is the share of the query's words it holds, nudged (by a tenth at most) by how well its article matches.
    for (const { article, score } of ranked) hits.push(...this.bestPassages(article, groupOfId, groups.length, 0.9 + (0.1 * score) / top));
    // Typos: quotes holding words close to the query's, when its words as typed found little.
    if (hits.length < limit) {
      for (const { article, quote, score } of this.quotes.findFuzzy(text, limit)) {
        const q = this.articles[article].quotes[quote];
        const span = { start: q.textStart, end: q.textEnd };
        if (!hits.some((h) => h.passage.article === article && h.passage.span.start === span.start)) hits.push({ passage: { article, kind: 'quote', item: quote, span }, score: score * 0.5 });
      }
    }
    hits.sort((a, b) => b.score - a.score);
    return hits.slice(0, limit);
  }

  /** Scores an article's quotes and sentences by the share of query word groups they hold. */
  private bestPassages(a: number, groupOfId: ReadonlyMap<number, number>, groupCount: number, articleScore: number): SearchHit[] {
    const article = this.articles[a];
    const matches = this.words.matchesIn(a, groupOfId);
    if (matches.length === 0) return [];
    const share = (span: TextSpan) => {
      let seen = 0;
      let count = 0;
      for (const m of matches) {
        if (m.start < span.start || m.start >= span.end) continue;
        const bit = 1 << Math.min(m.group, 30);
        if (!(seen & bit)) {
          seen |= bit;
          count++;
        }
      }
      return count / groupCount;
    };
    const out: SearchHit[] = [];
    article.sentences.forEach((sentence, item) => {
      const s = share(sentence);
      if (s === 0) return;
      out.push({ passage: { article: a, kind: 'sentence', item, span: sentence }, score: articleScore * s });
    });
    // A quote holding every word its sentence matched is the better passage.
    article.quotes.forEach((quote, q) => {
      if (quote.isTerm) return;
      const sentence = article.sentences[quote.sentence];
      const span = { start: quote.textStart, end: quote.textEnd };
      const s = share(span);
      if (s > 0 && s >= share(sentence)) out.push({ passage: { article: a, kind: 'quote', item: q, span }, score: articleScore * s * 1.01 });
    });
    out.sort((x, y) => y.score - x.score);
    return out.slice(0, 3);
  }
}
