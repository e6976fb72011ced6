// A paragraph's own copy of its slice of the draft, stored one byte a character where its characters allow.
//
// One character beyond Latin-1 anywhere in a draft (a curly apostrophe, a dash) makes the engine store the whole
// draft two bytes a character, and every slice and copy of it too, whatever characters the slice holds. On such
// strings each regular expression with a Unicode property class (`\p{Lu}`, `\p{L}`) searches the class's ranges at
// every character, and toLowerCase goes through ICU: a paragraph's words read by a pattern took 5.7 µs two bytes a
// character against 1.3 µs one byte a character, and a one-byte copy of it costs under 1 µs.

/** Characters copied at a time, through one buffer kept for every copy. */
const CHUNK = 4096;
const bytes = new Uint8Array(CHUNK);
const ascii = new TextDecoder();

/** Whether a text holds a character beyond Latin-1 (the only texts a slice of which may be stored two bytes a character). */
export function holdsWideCharacters(text: string): boolean {
  return /[^\x00-\xff]/.test(text);
}

/** A copy of `slice` as the engine stores it, one or two bytes a character as the slice was. */
function detached(slice: string): string {
  return (slice + ' ').slice(0, -1);
}

/** The one-byte copy of `slice` when all its characters are Latin-1 (from their codes), else null. */
function latin1Copy(slice: string): string | null {
  let out = '';
  for (let from = 0; from < slice.length; from += CHUNK) {
    const to = Math.min(slice.length, from + CHUNK);
    const codes: number[] = [];
    for (let i = from; i < to; i++) {
      const c = slice.charCodeAt(i);
      if (c > 0xff) return null;
      codes.push(c);
    }
    out += String.fromCharCode.apply(null, codes);
  }
  return out;
}

/**
 * A copy of `slice` that does not hold on to the string it was sliced from (the engine keeps a slice as a view of the
 * whole, and a paragraph kept for many edits would keep every version of the document alive). `wide`: whether the
 * document holds a character beyond Latin-1; then a slice without one is copied one byte a character: an ASCII one
 * decoded from its bytes in a buffer kept for it (nothing allocated but the copy), any other from its codes.
 */
export function paragraphCopy(slice: string, wide: boolean): string {
  if (!wide) return detached(slice);
  let out = '';
  for (let from = 0; from < slice.length; from += CHUNK) {
    const to = Math.min(slice.length, from + CHUNK);
    for (let i = from; i < to; i++) {
      const c = slice.charCodeAt(i);
      if (c >= 0x80) return (c <= 0xff ? latin1Copy(slice) : null) ?? detached(slice);
      bytes[i - from] = c;
    }
    out += ascii.decode(bytes.subarray(0, to - from));
  }
  return out;
}
