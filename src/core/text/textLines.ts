import type { LineColumn, LineStarts } from '../types';
import { EditableLineStarts } from './editableLineStarts';

/**
 * The text last asked for its lines, and where they begin: a text's lines are read by several stages in turn (its
 * paragraph mode, its leads, its paragraphs, its line starts), most often on the same string (a text with no markup
 * and no lead to hide is its own masked text), and each had searched the whole text for them again.
 */
let lastText: string | undefined;
let lastNewlineStarts: readonly number[] | null = null;

/**
 * Offsets at which each line of `text` begins when its lines end in `\n` alone (0 and the offset after each `\n`);
 * null when it holds a `\r` (then read character by character). Shared: never to be changed by a caller.
 */
export function newlineStarts(text: string): readonly number[] | null {
  // Equal strings have equal lines; the comparison is the engine's, and a different text differs at once (in length,
  // or early) almost always.
  if (text === lastText) return lastNewlineStarts;
  let starts: number[] | null = null;
  // Without a carriage return (almost every text), a line starts after each \n: the engine's search finds them
  // several times faster than a loop over every character (8 ms against 65 ms for 10,000 articles), and a
  // paragraph of one line (what a draft reads a piece at a time) at once.
  if (text.indexOf('\r') < 0) {
    starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  }
  lastText = text;
  lastNewlineStarts = starts;
  return starts;
}

/** Offsets at which each line of `text` begins (after `\n`, `\r\n` or a lone `\r`). */
export function computeLineStarts(text: string): number[] {
  const newlines = newlineStarts(text);
  if (newlines) return newlines.slice();
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** How many lines a text has. */
export function lineCount(lineStarts: LineStarts): number {
  return lineStarts instanceof EditableLineStarts ? lineStarts.lineCount : lineStarts.length;
}

/** 0-based line and column of `offset`. */
export function positionAt(lineStarts: LineStarts, offset: number): LineColumn {
  if (lineStarts instanceof EditableLineStarts) return lineStarts.positionAt(offset);
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, column: offset - lineStarts[lo] };
}

/** Offset of a 0-based line and column, clamped to the text. */
export function offsetAt(lineStarts: LineStarts, position: LineColumn, textLength: number): number {
  if (position.line < 0) return 0;
  if (position.line >= lineCount(lineStarts)) return textLength;
  const start = lineStarts instanceof EditableLineStarts ? lineStarts.lineStart(position.line) : lineStarts[position.line];
  return Math.min(start + Math.max(0, position.column), textLength);
}

/**
 * Whether `code` is one of the few `chars`' codes: compared here, not by the engine's search of `chars` for a string of
 * one character (a call at every line start of every text, several times a text).
 */
export function isAmong(chars: string, code: number): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === code) return true;
  return false;
}

/**
 * The first match of `at` (a sticky pattern) at a line's start in `text`: at 0 or right after a `\n`, where a pattern
 * opening with `(?:^|\n)` matches (a `\r` alone starts no line for it). Only lines whose first character past any of
 * `skip` passes `opens` are tried. The engine tries such a pattern at every character: for a test over whole texts
 * that was 2–3% of a cold build of 10,000 articles, where a line's first characters tell at once that it cannot match.
 */
export function matchAtLineStart(text: string, at: RegExp, skip: string, opens: (code: number) => boolean, reach = text.length): RegExpExecArray | null {
  for (let start = 0; start >= 0 && start <= reach; ) {
    let i = start;
    while (i < text.length && isAmong(skip, text.charCodeAt(i))) i++;
    if (opens(text.charCodeAt(i))) {
      at.lastIndex = start;
      const m = at.exec(text);
      if (m) return m;
    }
    const newline = text.indexOf('\n', i);
    start = newline < 0 ? -1 : newline + 1;
  }
  return null;
}
