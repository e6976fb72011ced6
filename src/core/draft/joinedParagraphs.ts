// Paragraphs read on their own, joined into one prepared text: the window a quote's speaker is looked for in
// when its own paragraph does not name one (pronouns, continued quotes), without segmenting the window again.
import type { PreparedText } from '../text/prepareText';
import type { Token } from '../text/sentenceTokens';
import type { QuoteSpan, Sentence, TextSpan } from '../types';

/** Paragraphs prepared on their own, joined into one prepared text (a window): offsets, indices and tokens shifted. */
export function joinPrepared(pieces: ReadonlyArray<{ prepared: PreparedText; at: number }>, text: string, masked: string): PreparedText {
  const paragraphs: TextSpan[] = [];
  const sentences: Sentence[] = [];
  const quotes: QuoteSpan[] = [];
  const quoteSentence: number[] = [];
  const firstQuoteOf: number[] = [];
  const origin: Array<{ piece: number; local: number; quoteBase: number }> = [];
  pieces.forEach(({ prepared, at }, piece) => {
    const sentenceBase = sentences.length;
    const quoteBase = quotes.length;
    const paragraphBase = paragraphs.length;
    for (const p of prepared.paragraphs) paragraphs.push(shift(p, at));
    prepared.sentences.forEach((s, local) => {
      sentences.push({ ...shift(s, at), paragraph: s.paragraph + paragraphBase });
      firstQuoteOf.push(prepared.firstQuoteOf[local] + quoteBase);
      origin.push({ piece, local, quoteBase });
    });
    prepared.quotes.forEach((q, k) => {
      quotes.push({ ...shift(q, at), textStart: q.textStart + at, textEnd: q.textEnd + at });
      quoteSentence.push(prepared.quoteSentence[k] + sentenceBase);
    });
  });
  const tokens: Token[][] = [];
  const tokensOf = (s: number): Token[] => {
    const from = origin[s];
    if (!from) return [];
    const { prepared, at } = pieces[from.piece];
    return (tokens[s] ??= prepared.tokensOf(from.local).map((t) => ({ ...t, start: t.start + at, end: t.end + at, quote: t.quote >= 0 ? t.quote + from.quoteBase : -1 })));
  };
  return { id: null, text, masked, lineStarts: [], paragraphs, sentences, quotes, quoteSentence, firstQuoteOf, tokensOf };
}

export function shift<T extends TextSpan>(span: T, by: number): T {
  return { ...span, start: span.start + by, end: span.end + by };
}

/**
 * The masked text of a window: each paragraph's own (its markup masked), and between paragraphs the text with everything but white
 * space hidden (what lies between two paragraphs is white space once masked). Made from the paragraphs, so that
 * a window reads the same whether the draft was masked whole or block by block.
 */
export function maskedWindow(text: string, pieces: ReadonlyArray<{ markup: string; at: number }>): string {
  let out = '';
  let at = 0;
  for (const { markup, at: start } of pieces) {
    out += text.slice(at, start).replace(/\S/g, ' ') + markup;
    at = start + markup.length;
  }
  return out + text.slice(at).replace(/\S/g, ' ');
}
