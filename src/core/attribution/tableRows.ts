// A Markdown table row that pairs a speaker with a quote (`| Kral | "We cannot afford it." |`, `| Ana Kral, mayor |
// "…" | Friday |`), the way writers' summaries lay out who said what. Only the row's own cells count: a cell that is
// nothing but the quote, and exactly one other cell that is nothing but a name (or a name and a role after a comma).
// A row of two quotes, a cell with a sentence, a header row (`| Speaker | Quote |`, which holds no quote) name nobody.
import type { Token } from '../text/sentenceTokens';

/** A cell's tokens: `[from, to)` of the sentence's, between two `|`. */
export interface Cell {
  readonly from: number;
  readonly to: number;
}

/** The longest a table row's line may be, in characters. */
export const MAX_ROW_CHARS = 2000;

/**
 * A line of `|` longer than any table row a writer lays out is no row: each of its quotes would read all its cells,
 * and a line of thousands of quoted cells took time growing with the square of its length.
 */
export function tooLongForRow(tokens: readonly Token[]): boolean {
  return tokens.length > 0 && tokens[tokens.length - 1].end - tokens[0].start > MAX_ROW_CHARS;
}

/** Punctuation a quote's cell may hold besides the quote (`"…".`, `*"…"*`). */
const AROUND_QUOTE: ReadonlySet<string> = new Set(['.', ',', '*', '_', '!', '?']);

/**
 * The cells of the row the sentence `tokens` is, when it is one (it opens with `|`), and the quote at `qi` is the whole
 * of its cell; null otherwise. A line that does not open with `|` costs one comparison.
 */
export function tableCells(tokens: readonly Token[], qi: number): { readonly cells: readonly Cell[]; readonly quoteCell: number } | null {
  if (tokens[0]?.text !== '|') return null;
  const cells: Cell[] = [];
  let from = 1;
  for (let k = 1; k <= tokens.length; k++) {
    if (k < tokens.length && tokens[k].text !== '|') continue;
    if (k > from || k < tokens.length) cells.push({ from, to: k });
    from = k + 1;
  }
  const quoteCell = cells.findIndex((c) => c.from <= qi && qi < c.to);
  if (quoteCell < 0) return null;
  const cell = cells[quoteCell];
  for (let k = cell.from; k < cell.to; k++) if (k !== qi && !(tokens[k].kind === 'punct' && AROUND_QUOTE.has(tokens[k].text))) return null;
  return { cells, quoteCell };
}
