// Where a citation goes in a draft and what inserting it writes: the text at the cursor, and the footnote definition
// appended at the end. The editor, the language server and the command line all plan insertions here.
import type { SourceArticle, SourceLocation } from '../types';
import { appendDefinition, planCitation, type CitationStyle } from './citationFormats';

/** Text to insert at one offset, plus text to append at the end of the document (a footnote definition). */
export interface InsertionPlan {
  readonly at: number;
  readonly text: string;
  /** Text to append at the end of the document, when not already part of `text`. */
  readonly append: string | null;
  /** Where the cursor belongs afterwards: just after the citation, as an offset in the edited document. */
  readonly cursor: number;
}

/**
 * Where a citation goes for a sentence or selection ending at `end`: footnotes after the sentence's closing
 * punctuation and quote marks, inline and pandoc citations before the final punctuation (`… means" [@id].`).
 */
export function citationOffset(text: string, end: number, style: CitationStyle): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  if (style === 'footnote') {
    while (e < text.length && /[.!?,;:"”’')\]]/.test(text[e]) && text.slice(e, e + 2) !== '[^') e++;
    return e;
  }
  while (e > 0 && /[.!?,;:]/.test(text[e - 1])) e--;
  return e;
}

/** Whether a citation text needs a space before it at `offset` (footnote marks hug the word before them). */
export function needsLeadingSpace(text: string, offset: number, citation: string): boolean {
  if (citation.startsWith('[^') || /^\s/.test(citation)) return false;
  return offset > 0 && !/\s/.test(text[offset - 1]);
}

/**
 * Plans inserting `before` (e.g. a quotation) followed by a citation of `article` at `offset` of `documentText`.
 * When the insertion is at the very end of the document, the footnote definition is part of the same insertion.
 */
export function planInsertion(
  documentText: string,
  offset: number,
  article: SourceArticle,
  location: SourceLocation | undefined,
  style: CitationStyle,
  before = '',
): InsertionPlan {
  const citation = planCitation(style, article, documentText, location);
  const probe = documentText.slice(0, offset) + before;
  const space = needsLeadingSpace(probe, probe.length, citation.insertText) ? ' ' : '';
  let text = before + space + citation.insertText;
  const cursor = offset + text.length;
  let append: string | null = null;
  if (citation.definition) {
    // The separator depends on how the document ends after the insertion.
    const appendText = appendDefinition(probe + text.slice(before.length) + documentText.slice(offset), citation.definition);
    if (offset >= documentText.length) text += appendText;
    else append = appendText;
  }
  return { at: offset, text, append, cursor };
}
