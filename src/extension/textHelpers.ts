// Small pure text helpers for the editor layer: where the cursor sits relative to quote marks,
// paragraphs, how to show a passage in Markdown. No `vscode` import, no attribution logic.

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

const MAX_LOOKBACK = 4000;

/** Start of the paragraph `offset` is in: after the last blank line before it (looks back at most `limit` characters). */
export function paragraphStart(text: string, offset: number, limit = MAX_LOOKBACK): number {
  const floor = Math.max(0, offset - limit);
  let i = offset - 1;
  while (i >= floor) {
    if (text.charCodeAt(i) === 10) {
      // A blank line: `\n` followed only by spaces/tabs/\r up to another `\n` (or the line we started on).
      let j = i - 1;
      while (j >= floor && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j--;
      if (j < floor) return floor;
      if (text.charCodeAt(j) === 10) return i + 1;
    }
    i--;
  }
  return floor;
}

/** End of the paragraph `offset` is in: the first blank line after it (looks ahead at most `limit` characters). */
export function paragraphEnd(text: string, offset: number, limit = MAX_LOOKBACK): number {
  const ceiling = Math.min(text.length, offset + limit);
  let i = offset;
  while (i < ceiling) {
    if (text.charCodeAt(i) === 10) {
      let j = i + 1;
      while (j < ceiling && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (j >= ceiling || text.charCodeAt(j) === 10) return i;
    }
    i++;
  }
  return ceiling;
}

/**
 * The quotation the cursor is inside, if any: an opening mark (`"` or `“`) earlier in the same paragraph that no
 * closing mark has closed yet. Used by quote completion; looks only at the paragraph, so it is cheap on any document.
 */
export function findOpenQuote(text: string, offset: number): OpenQuote | null {
  const start = paragraphStart(text, offset);
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
  // A quotation does not run across a line break inside a sentence being typed; too long means it is not a quote.
  if (typed.length > 300 || /\n/.test(typed)) return null;
  const closing = open.style === 'curly' ? '”' : '"';
  const replaceEnd = text[offset] === closing ? offset + 1 : offset;
  return { markOffset: open.offset, textStart, typed, style: open.style, closing, replaceEnd };
}

/** The quote style a document mostly uses (curly when it has more curly opening marks than straight marks pairs). */
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

/** Escapes text for a Markdown string (hover, completion documentation). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => '\\' + c).replace(/\s+/g, ' ');
}

/**
 * Markdown for a passage with a few words in bold: `context` is the surrounding sentence, [`boldStart`, `boldEnd`)
 * the words to highlight, both relative to `context`. Long contexts are trimmed around the bold words with ellipses.
 */
export function highlightPassage(context: string, boldStart: number, boldEnd: number, maxChars = 420): string {
  boldStart = Math.max(0, Math.min(boldStart, context.length));
  boldEnd = Math.max(boldStart, Math.min(boldEnd, context.length));
  let from = 0;
  let to = context.length;
  if (to - from > maxChars) {
    const room = Math.max(0, maxChars - (boldEnd - boldStart));
    from = Math.max(0, boldStart - Math.floor(room / 2));
    to = Math.min(context.length, boldEnd + (room - (boldStart - from)));
    // Snap to word boundaries.
    if (from > 0) {
      const space = context.indexOf(' ', from);
      if (space !== -1 && space < boldStart) from = space + 1;
    }
    if (to < context.length) {
      const space = context.lastIndexOf(' ', to);
      if (space > boldEnd) to = space;
    }
  }
  const before = escapeMarkdown(context.slice(from, boldStart));
  const bold = escapeMarkdown(context.slice(boldStart, boldEnd)).trim();
  const after = escapeMarkdown(context.slice(boldEnd, to));
  return (from > 0 ? '… ' : '') + before + (bold ? `**${bold}**` : '') + after + (to < context.length ? ' …' : '');
}

/**
 * The name to put in place of a wrong speaker: the surname when the draft named the wrong person by one word
 * (`Zelensky` -> `Putin`), the full name otherwise (`the Ukrainian president` -> `Vladimir Putin`).
 */
export function replacementName(mentionText: string, speakerName: string, kind: 'person' | 'organisation' | 'description'): string {
  const mention = mentionText.trim();
  const words = speakerName.trim().split(/\s+/);
  if (kind === 'person' && words.length > 1 && /^\p{Lu}[\p{L}'’-]*$/u.test(mention)) {
    const surname = words[words.length - 1];
    const possessive = /['’]s$/.test(mention) ? mention.slice(-2) : '';
    return surname + possessive;
  }
  return speakerName;
}

/**
 * Text to append at the end of a document so that `appendText` (e.g. a footnote definition) starts on its own line,
 * after a blank line unless the document already ends with a footnote definition.
 */
export function appendSeparator(documentText: string, appendText: string): string {
  if (/^\r?\n/.test(appendText) || documentText.length === 0) return '';
  const eol = documentText.includes('\r\n') ? '\r\n' : '\n';
  const trimmed = documentText.replace(/[ \t]+$/, '');
  const lastLineStart = trimmed.lastIndexOf('\n', trimmed.endsWith('\n') ? trimmed.length - 2 : trimmed.length - 1) + 1;
  const lastLine = trimmed.slice(lastLineStart).trim();
  const endsWithNewline = /\n$/.test(documentText);
  const endsWithBlankLine = /\n[ \t\r]*\n[ \t\r]*$/.test(documentText);
  if (/^\[\^[^\]]+\]:/.test(lastLine)) return endsWithNewline ? '' : eol;
  if (endsWithBlankLine) return '';
  return endsWithNewline ? eol : eol + eol;
}

/**
 * Where a citation goes for a sentence or selection ending at `end`: footnotes after the sentence's closing
 * punctuation and quote marks, inline and pandoc citations before the final punctuation (`… means" [@id].`).
 */
export function citationOffset(text: string, end: number, style: 'footnote' | 'inline' | 'pandoc'): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  if (style === 'footnote') {
    while (e < text.length && /[.!?,;:"”’')\]]/.test(text[e]) && text.slice(e, e + 2) !== '[^') e++;
    return e;
  }
  while (e > 0 && /[.!?,;:]/.test(text[e - 1])) e--;
  return e;
}

/** Whether a citation text needs a space before it at `offset`. */
export function needsLeadingSpace(text: string, offset: number, citation: string): boolean {
  if (citation.startsWith('[^') || /^\s/.test(citation)) return false;
  return offset > 0 && !/\s/.test(text[offset - 1]);
}

/**
 * The sentence around `offset`, found by punctuation inside its paragraph. Only a fallback for documents the engine
 * did not analyse (over the size limit); the engine's sentences are used otherwise.
 */
export function sentenceAround(text: string, offset: number): { start: number; end: number } {
  const pStart = paragraphStart(text, offset);
  const pEnd = paragraphEnd(text, offset);
  const boundary = /[.!?]["”’')\]]*(?:\[\^[^\]]+\])?\s+/g;
  let start = pStart;
  let end = pEnd;
  boundary.lastIndex = pStart;
  const para = text.slice(0, pEnd);
  for (let m = boundary.exec(para); m; m = boundary.exec(para)) {
    const after = m.index + m[0].length;
    if (after <= offset) start = after;
    else {
      end = m.index + m[0].trimEnd().length;
      break;
    }
  }
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** A short one-line preview of `text`. */
export function preview(text: string, max = 80): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}
