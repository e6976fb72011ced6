// How a quotation mark inside a source quote's words is read: whether it opens or closes a quotation within the quote
// (`'were extremely careless,'`). The quote's own marks are not in its text, so curly marks say which they are and a
// straight mark is read by the characters beside it. Shared by the readers of words quoted within a quote
// (quoteEvidence.ts's quotedWithinQuote, recalledWords.ts).

const SPACE_OR_OPENING = /[\s([{\u2014\u2013-]/;
const SPACE_OR_CLOSING = /[\s)\]}.,;:!?\u2014\u2013-]/;

export interface InnerMark {
  readonly opens: boolean;
  readonly closes: boolean;
}

const OPENS: InnerMark = { opens: true, closes: false };
const CLOSES: InnerMark = { opens: false, closes: true };

/**
 * The mark at `i` of `text` as opening or closing, or null when it is no quotation mark or neither (an apostrophe
 * inside a word). `after`: the character taken to follow the text's end (a slice that ends where a match's words begin
 * is followed by a word).
 */
export function innerMarkAt(text: string, i: number, after = ' '): InnerMark | null {
  const c = text[i];
  if (c !== '"' && c !== "'" && c !== '\u201C' && c !== '\u201D' && c !== '\u2018' && c !== '\u2019') return null;
  const prev = i > 0 ? text[i - 1] : ' ';
  const next = i + 1 < text.length ? text[i + 1] : after;
  const opens = c === '\u201C' || c === '\u2018' || ((c === '"' || c === "'") && SPACE_OR_OPENING.test(prev) && !/\s/.test(next));
  const closes = !opens && !/\s/.test(prev) && SPACE_OR_CLOSING.test(next);
  return opens ? OPENS : closes ? CLOSES : null;
}
