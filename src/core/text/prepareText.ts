// A text readied for attribution: markup hidden, paragraphs, sentences and quotations found, and each
// sentence's tokens read on first use (quotations folded into one token).
import { maskLeads } from './maskLeads';
import { maskMarkup, type TextFormat } from './maskMarkup';
import { maskNicknames } from './maskNicknames';
import { paragraphModeOf, segmentText, type ParagraphMode, type Segmentation } from './segmentText';
import { tokenizeSentence, type Token } from './sentenceTokens';
import { computeLineStarts } from './textLines';
import { trimmed } from './trimmedArrays';

export interface PreparedText extends Segmentation {
  readonly id: string | null;
  readonly text: string;
  readonly masked: string;
  readonly lineStarts: number[];
  /** Tokens of sentence `s` (read on first use, then kept); quotations are single tokens. */
  tokensOf(s: number): Token[];
  /** Index of the first quote that ends after each sentence's start, for tokenizing it. */
  readonly firstQuoteOf: number[];
  /** For each quote, the sentence it stands in. */
  readonly quoteSentence: number[];
}

/**
 * Where each sentence's quotes begin and in which sentence each quote stands. A function of its own, not closures
 * in prepareText: there the arrays as they grew would stay in the scope its `tokensOf` keeps (see trimmedArrays.ts).
 */
function quotesBySentence(seg: Segmentation): { firstQuoteOf: number[]; quoteSentence: number[] } {
  const quoteSentence: number[] = [];
  const firstQuoteOf: number[] = [];
  let q = 0;
  seg.sentences.forEach((sentence, s) => {
    while (q < seg.quotes.length && seg.quotes[q].end <= sentence.start) q++;
    firstQuoteOf.push(q);
    for (let k = q; k < seg.quotes.length && seg.quotes[k].start < sentence.end; k++) {
      if (quoteSentence[k] === undefined) quoteSentence[k] = s;
    }
  });
  // A quote outside every sentence (it should not happen) belongs to the nearest one before it.
  seg.quotes.forEach((quote, k) => {
    if (quoteSentence[k] !== undefined) return;
    let s = seg.sentences.findIndex((x) => x.end > quote.start);
    if (s < 0) s = seg.sentences.length - 1;
    quoteSentence[k] = Math.max(0, s);
  });
  return { firstQuoteOf: trimmed(firstQuoteOf), quoteSentence: trimmed(quoteSentence) };
}

/**
 * Segments a text and readies its sentences for attribution. `markup` and `mode`, when given, were found on a
 * larger text this one is part of; `continuesQuote`: the text before it ended inside an unclosed quotation.
 */
export function prepareText(
  text: string,
  format: TextFormat,
  id: string | null,
  markup = maskMarkup(text, format),
  mode: ParagraphMode = paragraphModeOf(markup, format),
  continuesQuote = false,
): PreparedText {
  const masked = maskNicknames(maskLeads(markup));
  const seg = segmentText(masked, text, mode, continuesQuote);
  const { firstQuoteOf, quoteSentence } = quotesBySentence(seg);
  // As long as the sentences are (room for no more): kept with the text, and a draft keeps one for each of its paragraphs.
  const tokens: Token[][] = new Array(seg.sentences.length);
  const tokensOf = (s: number): Token[] => (tokens[s] ??= seg.sentences[s] ? trimmed(tokenizeSentence(masked, seg.sentences[s], seg.quotes, firstQuoteOf[s])) : []);
  // Named one by one: a spread of the segmentation costs more than the rest of this function (a paragraph of a draft is prepared a check).
  return { paragraphs: seg.paragraphs, sentences: seg.sentences, quotes: seg.quotes, id, text, masked, lineStarts: computeLineStarts(text), tokensOf, firstQuoteOf, quoteSentence };
}
