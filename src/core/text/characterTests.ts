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
