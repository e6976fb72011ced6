// Tests of one character by its code, for the loops that read a text a character at a time: the same answers as
// the regex classes they stand for, without a regex call (and a one-character string) at every character. Codes
// beyond ASCII, rare in most texts, still ask the class itself.

const SPACE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LOWER_CASE = /\p{Ll}/u;

/** `/\s/` of the character with UTF-16 code `c` (NaN, past a text's end, is none). */
export function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || (c >= 0x1680 && SPACE.test(String.fromCharCode(c)));
}

/** `/[\p{L}\p{N}]/u` of the code unit `c` (a surrogate half is neither). */
export function isLetterOrDigitCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

/** `/\p{Ll}/u` of the code unit `c`. */
export function isLowerCaseCode(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return LOWER_CASE.test(String.fromCharCode(c));
}

const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;

/** `/\p{L}/u` of the code point `p` (read with `codePointAt`, so a letter past the first plane is one). */
export function isLetterPoint(p: number): boolean {
  if (p < 0x80) return (p >= 0x61 && p <= 0x7a) || (p >= 0x41 && p <= 0x5a);
  return p >= 0xaa && LETTER.test(String.fromCodePoint(p));
}

/** `/\p{N}/u` of the code point `p`. */
export function isNumberPoint(p: number): boolean {
  if (p < 0x80) return p >= 0x30 && p <= 0x39;
  return p >= 0xb2 && NUMBER.test(String.fromCodePoint(p));
}

/** `/\p{Ll}/u` of the code point `p`. */
export function isLowerCasePoint(p: number): boolean {
  if (p < 0x80) return p >= 0x61 && p <= 0x7a;
  return p >= 0xb5 && LOWER_CASE.test(String.fromCodePoint(p));
}

/** The code point that ends just before offset `i` of `text` (a surrogate pair read whole), or -1 at its start. */
export function pointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return ((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  }
  return low;
}
