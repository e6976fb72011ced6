// A social-media thread's post counter (`2/ PM Ana Kral: "…"`, `3/12 Kral says …`) opens a post the way a list
// marker opens an item: it is no word of the sentence. Left in, it stands before the label and hides it, so the post
// reads as nobody's. The counter is blanked in the masked copy (offsets stay), and the post is read as a line alone.

/** A counter of one to three digits, a slash, an optional total, then a space and the post's first letter or mark. */
const COUNTER = /^([ \t]*)(\d{1,3}\/(?:\d{1,3})?)[ \t]+(?=[\p{L}"\u201C\u2018'*_@#])/u;

/** `masked` with a thread counter at the paragraph's start blanked, or `masked` itself when it opens with none. */
export function maskThreadCounter(masked: string): string {
  const code = masked.charCodeAt(0);
  // Most paragraphs open with a letter: one comparison.
  if (!(code >= 48 && code <= 57) && code !== 32 && code !== 9) return masked;
  const m = COUNTER.exec(masked);
  if (!m) return masked;
  const from = m[1].length;
  return masked.slice(0, from) + ' '.repeat(m[2].length) + masked.slice(from + m[2].length);
}
