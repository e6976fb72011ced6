// What checking a draft and the look-ups need from the sources, whatever holds them: the embedded index (in
// memory, the default) or a database (the newsroom's PostgreSQL archive). Asynchronous, so a database can answer;
// the people learnt from the sources (the registry) are loaded when the index opens, since reading a draft needs
// them synchronously. A draft is checked as: read it against the registry, locate all its quotes in one call, judge.
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import type { AttributedQuote, LineColumn, PassageMatch, QuoteCompletion, SourceArticle, SourceMatch, Speaker } from '../types';

export interface LocatedQuote {
  /** Every place the quoted words stand, word for word (after typographic normalisation). */
  readonly exact: readonly SourceMatch[];
  /** When there is none: the closest passage, if it is close enough to be the same quote altered. */
  readonly closest: SourceMatch | null;
  /**
   * Where `closest` lies in a speaker's quotation: the closest passage to its words in another source, when that
   * source gives them to the same speaker in other words (another translation of the same remark). Asked only of an
   * altered wording; an index that cannot tell leaves it out.
   */
  readonly otherRendering?: () => SourceMatch | null;
}

/** A quotation of the sources, where it stands. */
export interface SourceQuotation {
  readonly sourceId: string;
  /** Offsets are in the source article; `sentence` is the index of its sentence there. */
  readonly quote: AttributedQuote;
  /** Line and column (0-based) of its opening mark. */
  readonly at: LineColumn;
  /** The sentence it stands in. */
  readonly context: string;
}

export interface SourceIndex {
  /** The people learnt from the sources, for reading a draft against them. */
  readonly registry: SpeakerRegistry;
  /** How many source articles it holds. */
  count(): Promise<number>;
  /** One source article with its text and metadata. */
  source(id: string): Promise<SourceArticle | undefined>;
  /** Everyone the sources quote, most quoted first. */
  speakers(): Promise<readonly Speaker[]>;
  /** The quotes the sources attribute to a speaker (by `Speaker.key`, or one of a joint speaker's members), in source order. */
  quotesBy(speakerKey: string): Promise<SourceQuotation[]>;
  /** Every quotation of the sources, in source order (articles in the order they were added). */
  quotations(): AsyncIterable<SourceQuotation>;
  /** Passages (quotes and sentences) that best match `text`, best first. */
  find(text: string, limit?: number): Promise<PassageMatch[]>;
  /** Source quotes whose wording completes `prefix`, best first. */
  complete(prefix: string, limit?: number): Promise<QuoteCompletion[]>;
  /** Where each quoted text stands in the sources, in the order given: one call for every quote of a draft. */
  locate(quotedTexts: readonly string[]): Promise<LocatedQuote[]>;
  /** Releases what the index holds open (connections). */
  close(): Promise<void>;
}
