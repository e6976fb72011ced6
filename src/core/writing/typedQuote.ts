// A quotation being typed: the opening mark before the cursor that nothing closed yet, and the marks a document
// uses. Quote completion reads only the cursor's paragraph, so it stays cheap in a document of any length.
import { paragraphAround } from '../text/paragraphAround';

export type QuoteMarkStyle = 'straight' | 'curly';

export interface OpenQuote {
  /** Offset of the opening mark. */
  readonly markOffset: number;
  /** Offset just after the opening mark: where the typed words begin. */
  readonly textStart: number;
  /** The words typed so far, between the mark and the cursor. */
  readonly typed: string;
  readonly style: QuoteMarkStyle;
  /** The closing mark in the same style as the opening one. */
  readonly closing: string;
  /** The offset where the replaced range ends: the cursor, or after an auto-closed closing mark right after it. */
  readonly replaceEnd: number;
}

/** Typed words longer than this are not a quotation being typed. */
const MAX_TYPED = 300;

/**
 * The quotation the cursor is inside, if any: an opening mark (`"` or `“`) earlier in the same paragraph that no
 * closing mark has closed yet.
 */
export function findOpenQuote(text: string, offset: number): OpenQuote | null {
  const start = paragraphAround(text, offset).start;
  let open: { offset: number; style: QuoteMarkStyle } | null = null;
  for (let i = start; i < offset; i++) {
    const c = text[i];
    if (c === '“') {
      open = { offset: i, style: 'curly' };
    } else if (c === '”') {
      if (open && open.style === 'curly') open = null;
    } else if (c === '"') {
      if (open && open.style === 'straight') open = null;
      else if (!open) open = { offset: i, style: 'straight' };
    }
  }
  if (!open) return null;
  const textStart = open.offset + 1;
  const typed = text.slice(textStart, offset);
  // A quotation does not run across a line break inside a sentence being typed.
  if (typed.length > MAX_TYPED || /\n/.test(typed)) return null;
  const closing = open.style === 'curly' ? '”' : '"';
  const replaceEnd = text[offset] === closing ? offset + 1 : offset;
  return { markOffset: open.offset, textStart, typed, style: open.style, closing, replaceEnd };
}

/** The quote style a document mostly uses (curly when it has more curly opening marks than straight mark pairs). */
export function dominantQuoteStyle(text: string, limit = 200_000): QuoteMarkStyle {
  let curly = 0;
  let straight = 0;
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    const c = text[i];
    if (c === '“') curly++;
    else if (c === '"') straight++;
  }
  return curly > straight / 2 ? 'curly' : 'straight';
}

export function quoteMarks(style: QuoteMarkStyle): { open: string; close: string } {
  return style === 'curly' ? { open: '“', close: '”' } : { open: '"', close: '"' };
}

/** A source passage in the document's quotation marks, with a space before it when it would touch a word. */
export function quotedPassage(documentText: string, offset: number, passage: string): string {
  const marks = quoteMarks(dominantQuoteStyle(documentText));
  return (offset > 0 && !/\s/.test(documentText[offset - 1]) ? ' ' : '') + marks.open + passage + marks.close;
}
