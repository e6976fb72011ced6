// Typographic normalisation for matching: case, curly and straight marks, diacritics, dashes, whitespace.

const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u02BC\u2032\u0060\u00B4]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** A word as the matcher compares it: lower case, one apostrophe, no diacritics. */
export function normalizeWord(word: string): string {
  let w = word.toLowerCase().replace(APOSTROPHES, "'");
  if (/[^\x00-\x7f]/.test(w)) w = w.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
  return w;
}

/** A word token of a text: the normalised word and where it stands. */
export interface WordToken {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}


const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
/** For each UTF-16 code unit above ASCII: 0 not yet known, 1 part of a word, 2 not. */
const wordCodeCache = new Uint8Array(65536);

/** Whether a UTF-16 code unit belongs to a word (letters, digits, combining marks; surrogates count as letters). */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let known = wordCodeCache[c];
  if (known === 0) {
    known = (c >= 0xd800 && c <= 0xdfff) || LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    wordCodeCache[c] = known;
  }
  return known === 1;
}

function isApostropheCode(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2bc;
}

/** Calls `visit(start, end)` for each word of `text[from, to)`: letters and digits joined by inner apostrophes. */
export function forEachWord(text: string, from: number, to: number, visit: (start: number, end: number) => void): void {
  let i = from;
  while (i < to) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i++;
    for (;;) {
      while (i < to && isWordCode(text.charCodeAt(i))) i++;
      if (i + 1 < to && isApostropheCode(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1))) {
        i += 2;
        continue;
      }
      break;
    }
    visit(start, i);
  }
}

/** Splits `text` (or its `[start, end)` part) into normalised word tokens. */
export function tokenizeWords(text: string, start = 0, end = text.length): WordToken[] {
  const out: WordToken[] = [];
  forEachWord(text, start, end, (s, e) => out.push({ word: normalizeWord(text.slice(s, e)), start: s, end: e }));
  return out;
}

/** Lower case, straight marks, single spaces, no diacritics: for comparing short strings such as names. */
export function normalizePhrase(text: string): string {
  return tokenizeWords(text)
    .map((t) => t.word)
    .join(' ');
}

/** Levenshtein distance, bounded: returns `limit + 1` as soon as the distance exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** True when two spellings are likely the same name (Zelensky / Zelenskyy, Andrii / Andriy). */
export function isSpellingVariant(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0]) return false;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return false;
  return editDistance(a, b, shorter >= 8 ? 2 : 1) <= (shorter >= 8 ? 2 : 1);
}
