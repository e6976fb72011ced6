// A social-media thread's post opens with its counter (`2/ PM Ana Kral: "…"`, `3/12 Kral says …`) or an emoji
// (`🗣️ Kral: "…"`, `📌 Dobos: "…"`) the way a list marker opens an item: neither is a word of the sentence. Left in,
// it stands before the label and hides it, so the post reads as nobody's. The marks are blanked in the masked copy
// (each UTF-16 unit a space, so offsets stay), and the post is read as a line alone.

/** A counter of one to three digits, a slash and an optional total, or a run of emoji, then a space and the post. */
const POST_MARKS = /^([ \t]*)((?:\d{1,3}\/(?:\d{1,3})?|(?:\p{Extended_Pictographic}[\uFE0F\u200D\p{Emoji_Modifier}]*)+))[ \t]+(?=[\p{L}"\u201C\u2018'*_@#])/u;

/** `masked` with a post's counter or emoji at the paragraph's start blanked, or `masked` itself when it opens with none. */
export function maskThreadCounter(masked: string): string {
  const code = masked.charCodeAt(0);
  // Most paragraphs open with a letter: one comparison (an emoji opens with a surrogate or a symbol past Latin-1).
  if (!(code >= 48 && code <= 57) && code !== 32 && code !== 9 && code < 0x2000) return masked;
  const m = POST_MARKS.exec(masked);
  if (!m) return masked;
  const from = m[1].length;
  return masked.slice(0, from) + ' '.repeat(m[2].length) + masked.slice(from + m[2].length);
}
