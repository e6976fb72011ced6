// Splits a text into paragraphs and sentences with exact offsets, and finds its quotations.
// Sentence boundaries never fall inside a closed quotation, so a quote that runs over several
// sentences stays in one sentence together with its attribution.
import { findQuotes } from './findQuotes';
import type { TextFormat } from './maskMarkup';
import { ABBREVIATIONS, SPEECH_VERBS } from './newsLexicon';
import type { QuoteSpan, Sentence, TextSpan } from '../types';

export interface Segmentation {
  readonly paragraphs: TextSpan[];
  readonly sentences: Sentence[];
  readonly quotes: QuoteSpan[];
}

function trimSpan(text: string, start: number, end: number): TextSpan | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

interface Line {
  readonly start: number;
  readonly end: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** Plain text whose lines are wrapped at a fixed width, so that a newline is not a paragraph break. */
function isHardWrapped(text: string, lines: readonly Line[]): boolean {
  const full = lines.filter((l) => l.end - l.start > 0 && /\S/.test(text.slice(l.start, l.end)));
  if (full.length < 6) return false;
  const open = full.filter((l) => !/[.!?:;"”’')\]]\s*$/.test(text.slice(l.start, l.end)));
  const lengths = full.map((l) => l.end - l.start).sort((a, b) => a - b);
  const median = lengths[lengths.length >> 1];
  return open.length / full.length > 0.5 && median >= 30 && median <= 100;
}

const BLOCK_START = /^\s{0,3}(?:[#>]|[-*+]\s|\d{1,3}[.)]\s|\|)/;

/** `lines`: every line is a paragraph (plain-text news files); `blocks`: lines run on until a blank line (Markdown, wrapped text). */
export type ParagraphMode = 'lines' | 'blocks';

/** In plain text a line is a paragraph of its own unless the text is hard-wrapped; in Markdown, never. */
export function paragraphModeOf(text: string, format: TextFormat): ParagraphMode {
  return format === 'plain' && !isHardWrapped(text, splitLines(text)) ? 'lines' : 'blocks';
}

/**
 * Paragraphs: a blank line always separates them. In `lines` mode each line is a paragraph; in `blocks`
 * mode lines run on until a blank line or a Markdown block (heading, list item, quote block, table row).
 */
export function findParagraphs(text: string, mode: ParagraphMode): TextSpan[] {
  const lines = splitLines(text);
  const lineIsParagraph = mode === 'lines';
  const paragraphs: TextSpan[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  const flush = () => {
    if (blockStart >= 0) {
      const span = trimSpan(text, blockStart, blockEnd);
      if (span) paragraphs.push(span);
    }
    blockStart = -1;
  };
  for (const line of lines) {
    const content = text.slice(line.start, line.end);
    if (!/\S/.test(content)) {
      flush();
      continue;
    }
    if (lineIsParagraph || BLOCK_START.test(content) || (blockStart >= 0 && /^\s{0,3}#/.test(text.slice(blockStart, blockEnd)))) flush();
    if (blockStart < 0) blockStart = line.start;
    blockEnd = line.end;
  }
  flush();
  return paragraphs;
}

const TERMINAL = /[.!?\u2026]/;
const TERMINAL_MARK = /[.!?\u2026]/g;
const CLOSING_AFTER_TERMINAL = /["'\u201D\u2019\u00BB)\]]/;

function wordBefore(text: string, at: number, floor: number): string {
  let i = at;
  while (i > floor && /[\p{L}\p{N}.]/u.test(text[i - 1])) i--;
  return text.slice(i, at);
}

function isAbbreviation(text: string, dot: number, floor: number): boolean {
  const word = wordBefore(text, dot, floor);
  if (!word) return false;
  const bare = word.replace(/\.$/, '');
  if (ABBREVIATIONS.has(bare.toLowerCase())) return true;
  if (/^\p{Lu}$/u.test(bare)) return true; // an initial: J. R. R. Tolkien
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return true; // U.S., e.g.
  return false;
}

/** True when the words after `at` are an attribution (`Rubio asked`, `he said`): the quote's sentence goes on. */
function attributionFollows(text: string, at: number, end: number): boolean {
  const words = text.slice(at, Math.min(end, at + 80)).split(/[\s,]+/).filter(Boolean).slice(0, 5);
  for (const w of words) {
    const word = w.toLowerCase().replace(/[^\p{L}'\u2019-]/gu, '');
    if (SPEECH_VERBS.has(word)) return true;
    if (/[.!?;:]$/.test(w)) return false;
  }
  return false;
}

/** Whether the run of terminal marks `[i, j)` ends a sentence that began at `start`; `quote` is the first quote not ending before `i`. */
function isBoundary(masked: string, p: TextSpan, i: number, j: number, quote: QuoteSpan | undefined, start: number): boolean {
  // Inside a closed quote that does not end right here: not a boundary.
  if (quote && !quote.unclosed && quote.start < i && quote.end > j) return false;
  if (j < p.end && !/\s/.test(masked[j])) return false;
  let k = j;
  while (k < p.end && /\s/.test(masked[k])) k++;
  if (k >= p.end) return true;
  const next = masked[k];
  if (/\p{Ll}/u.test(next)) return false;
  if (masked[i] === '.' && isAbbreviation(masked, i, start) && !/["“«(]/.test(next)) return false;
  const endsQuote = quote && quote.end === j && quote.start < i;
  // `"You don't repeat yourself?" Rubio asked.`: a question or exclamation inside the quote, then its attribution.
  if (endsQuote && masked[i] !== '.' && attributionFollows(masked, k, p.end)) return false;
  // `"We are not moving." – Ortiz said.`, `"…" — Lena Ortiz`: a dash after a quote brings its attribution.
  return !(endsQuote && /[\u2014\u2013-]/.test(next));
}

export function findSentences(masked: string, paragraphs: readonly TextSpan[], quotes: readonly QuoteSpan[]): Sentence[] {
  const sentences: Sentence[] = [];
  let q = 0;
  paragraphs.forEach((p, paragraph) => {
    let start = p.start;
    const part = masked.slice(p.start, p.end);
    TERMINAL_MARK.lastIndex = 0;
    for (let found = TERMINAL_MARK.exec(part); found; found = TERMINAL_MARK.exec(part)) {
      const i = p.start + found.index;
      while (q < quotes.length && quotes[q].end <= i) q++;
      let j = i + 1;
      while (j < p.end && (TERMINAL.test(masked[j]) || CLOSING_AFTER_TERMINAL.test(masked[j]))) j++;
      // A run of marks (`?!`, `...`, `!!!"`) is one boundary or none: the next search starts after it, so a
      // run of 10,000 dots is read once, not once per dot.
      TERMINAL_MARK.lastIndex = j - p.start;
      if (!isBoundary(masked, p, i, j, quotes[q], start)) continue;
      const span = trimSpan(masked, start, j);
      if (span) sentences.push({ ...span, paragraph });
      start = j;
    }
    const rest = trimSpan(masked, start, p.end);
    if (rest) sentences.push({ ...rest, paragraph });
  });
  return sentences;
}

/** Paragraphs, sentences and top-level quotations of `original`; `masked` hides markup at the same offsets. */
export function segmentText(masked: string, original: string, mode: ParagraphMode, continuesQuote = false): Segmentation {
  const paragraphs = findParagraphs(masked, mode);
  const quotes: QuoteSpan[] = [];
  // A quotation left open at a paragraph's end (`Ortiz said: "The bridge reopens.` ¶ `...," she said.`) may be closed in the next.
  let open = continuesQuote;
  for (const p of paragraphs) {
    const found = findQuotes(masked, original, p, open);
    quotes.push(...found);
    const last = found[found.length - 1];
    open = last !== undefined && last.unclosed && last.textEnd >= p.end - 1;
  }
  const sentences = findSentences(masked, paragraphs, quotes);
  return { paragraphs, sentences, quotes };
}
