import type { AliasTable } from './aliasFile';
import type { AnalyzedArticle, AttributedQuote, PassageMatch, QuoteCompletion, SourceArticle, Speaker } from './types';

export interface BuildIndexOptions {
  readonly aliases?: AliasTable;
}

export interface CorpusIndex {
  readonly articles: readonly AnalyzedArticle[];
  article(id: string): AnalyzedArticle | undefined;
  /** Everyone the sources quote, most quoted first. */
  readonly speakers: readonly Speaker[];
  /** The quotes the sources attribute to a speaker (by `Speaker.key`). */
  quotesBy(speakerKey: string): Array<{ article: AnalyzedArticle; quote: AttributedQuote }>;
  /** Passages (quotes and sentences) that best match `text`, best first. */
  find(text: string, limit?: number): PassageMatch[];
  /** Source quotes whose wording completes `prefix` (prefix first, then fuzzy), best first. */
  complete(prefix: string, limit?: number): QuoteCompletion[];
  /** The canonical speaker a name, surname, variant or role stands for in these sources. */
  resolveSpeaker(mention: string): Speaker | null;
}

export function buildCorpusIndex(_articles: readonly SourceArticle[], _options: BuildIndexOptions = {}): CorpusIndex {
  throw new Error('not implemented yet');
}
