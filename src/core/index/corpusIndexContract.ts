// What a corpus index answers and how a build is asked for, apart from the one implementation (corpusIndex.ts), so
// that the features that only query an index read its contract, not its making.
import type { AliasTable } from '../sources/aliasFile';
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import type { ArticleAnalysis } from './analyzeSources';
import type { LocatedQuote } from './sourceIndex';
import type { AnalyzedArticle, AttributedQuote, PassageMatch, QuoteCompletion, Speaker } from '../types';
import type { EarlierWords } from './wordIndex';

export interface BuildIndexOptions {
  readonly aliases?: AliasTable;
  /** What an earlier build made of article i, when its text and id are unchanged (see analyzeSources). */
  readonly earlier?: (i: number) => ArticleAnalysis | undefined;
  /** The words of the texts an earlier index read, taken again instead of reading those texts anew (see wordIndexBuild). */
  readonly earlierWords?: EarlierWords;
  /** Keep each article's analysis with its traces (`CorpusIndex.analyses`), to persist the index. */
  readonly keepAnalyses?: boolean;
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
  /** The source sentence a sentence of the draft restates, if one shares most of its words (score: Dice coefficient of their words, 0 to 1). */
  matchClaim(sentence: string, minScore?: number): PassageMatch | null;
  /** Where quoted words stand in the sources. */
  locate(quotedText: string): LocatedQuote;
  /** The people learnt from the sources, for reading a draft against them. */
  readonly registry: SpeakerRegistry;
  /** Each article's analysis with the calls it made on the registry, when the build was asked to keep them. */
  readonly analyses?: readonly ArticleAnalysis[];
  /** How many analysis passes the build took again from an earlier build (made again from their traces), and how many it made (see analyzeSources); an update whose changed articles ask of the names what they asked before takes none (indexUpdate). */
  readonly passes: { readonly taken: number; readonly analysed: number };
}
