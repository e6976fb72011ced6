// What changed between two versions of a document, found without hashing or copying either: the two agree on a
// prefix and a suffix, and everything between is the edit. A re-check reads again only the paragraphs around it.

/** Two texts agree on `[0, start)` and on everything from `oldEnd` in the old one and `newEnd` in the new one. */
export interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** Characters compared at once: comparing two slices of this size is a block compare in the engine, not a loop of ours. */
const BLOCK = 2048;

/** The one span where `before` and `after` differ (empty when they are equal). */
export function changeBetween(before: string, after: string): TextChange {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start + BLOCK <= shorter && before.slice(start, start + BLOCK) === after.slice(start, start + BLOCK)) start += BLOCK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  const room = shorter - start;
  let tail = 0;
  while (tail + BLOCK <= room && before.slice(before.length - tail - BLOCK, before.length - tail) === after.slice(after.length - tail - BLOCK, after.length - tail)) tail += BLOCK;
  while (tail < room && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/**
 * The editor's change `edit` of `before`, when it can be the change that made `after`: inside both texts, their
 * lengths agreeing, and the characters on either side of it the same in both. Otherwise null (compare the texts).
 */
export function trustedChange(before: string, after: string, edit: TextChange | undefined): TextChange | null {
  if (!edit) return null;
  const { start, oldEnd, newEnd } = edit;
  if (!(Number.isInteger(start) && Number.isInteger(oldEnd) && Number.isInteger(newEnd))) return null;
  if (start < 0 || oldEnd < start || newEnd < start || oldEnd > before.length || newEnd > after.length) return null;
  if (before.length - oldEnd !== after.length - newEnd) return null;
  if (start > 0 && before.charCodeAt(start - 1) !== after.charCodeAt(start - 1)) return null;
  if (oldEnd < before.length && before.charCodeAt(oldEnd) !== after.charCodeAt(newEnd)) return null;
  return edit;
}

/** One change made of `first` and then `second` (given in the text `first` made). */
export function composeChanges(first: TextChange, second: TextChange): TextChange {
  // The end, in the middle text, of all either touched: after it the middle text is the first's and the last's.
  const end = Math.max(first.newEnd, second.oldEnd);
  return { start: Math.min(first.start, second.start), oldEnd: end - first.newEnd + first.oldEnd, newEnd: end + second.newEnd - second.oldEnd };
}

/** The smallest change covering both (two changes between the same two texts, so their lengths agree). */
export function unionOfChanges(a: TextChange, b: TextChange): TextChange {
  const oldEnd = Math.max(a.oldEnd, b.oldEnd);
  return { start: Math.min(a.start, b.start), oldEnd, newEnd: oldEnd + (a.newEnd - a.oldEnd) };
}

/**
 * A line of spaces and tabs between two line feeds is where everything that reads the draft starts afresh: a
 * paragraph, a Markdown code span, a link. `\n[ \t]*\r?\n` in the text is blank in its masked form too.
 */
const BLANK_LINE = /\n[ \t]*\r?\n/g;

/** The start of the text after the last blank line that ends before `at` (0 when there is none). */
export function blankLineBefore(text: string, at: number): number {
  for (let k = text.lastIndexOf('\n', at - 1); k > 0; k = text.lastIndexOf('\n', k - 1)) {
    let i = k - 1;
    if (text.charCodeAt(i) === 13) i--;
    while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
    if (i >= 0 && text.charCodeAt(i) === 10) return k + 1;
  }
  return 0;
}

/** Where the first blank line that starts at or after `at` starts (its first line feed), or the text's end. */
export function blankLineAfter(text: string, at: number): number {
  BLANK_LINE.lastIndex = at;
  const m = BLANK_LINE.exec(text);
  return m ? m.index : text.length;
}

