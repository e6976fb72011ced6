import type { SourceArticle, SourceLocation } from './types';

export type CitationStyle = 'footnote' | 'inline' | 'pandoc';

/** A citation to insert at the cursor, plus text to append at the end of the document (a footnote definition) or null. */
export interface CitationEdit {
  readonly insertText: string;
  readonly appendText: string | null;
}

/** Plans the citation of `article` into `documentText`: footnotes reuse an existing definition and number consistently. */
export function planCitation(_style: CitationStyle, _article: SourceArticle, _documentText: string, _location?: SourceLocation): CitationEdit {
  throw new Error('not implemented yet');
}

/** CSL-JSON items for the sources, for pandoc's `--bibliography`. */
export function toCslJson(_articles: readonly SourceArticle[]): object[] {
  throw new Error('not implemented yet');
}
