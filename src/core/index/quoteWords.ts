// A quotation's words as the word index looks them up: split where the quotation leaves words out (`...`, `…`)
// or puts words in (`[regions]`), with the gap each split allows.
import { tokenizeWords } from '../text/normalizeText';

/** A draft quote's words, split where it leaves words out (`...`, `…`) or puts words in (`[regions]`). */
export interface QuoteWords {
  readonly segments: ReadonlyArray<readonly string[]>;
  /** Gap allowed before each segment (in words), for the omission or insertion that precedes it. */
  readonly gaps: readonly number[];
}

const ELLIPSIS_GAP = 60;
const BRACKET_GAP = 8;

/** Where a quotation leaves words out or puts words in. */
const GAP = /(\.\s?\.\s?\.|\u2026|\[[^\]]{0,80}\])/;

/** Whether a quotation leaves words out or puts words in: whether quoteWords may find more than one segment. */
export function hasGaps(text: string): boolean {
  return GAP.test(text);
}

/** Splits quoted text into segments at ellipses and bracketed insertions. */
export function quoteWords(text: string): QuoteWords {
  const segments: string[][] = [];
  const gaps: number[] = [];
  let gap = 0;
  const parts = text.split(GAP);
  for (const part of parts) {
    if (/^(\.\s?\.\s?\.|\u2026)$/.test(part)) gap = Math.max(gap, ELLIPSIS_GAP);
    else if (/^\[/.test(part)) gap = Math.max(gap, BRACKET_GAP);
    else {
      const words = tokenizeWords(part).map((t) => t.word);
      if (words.length) {
        segments.push(words);
        gaps.push(segments.length === 1 ? 0 : gap);
        gap = 0;
      }
    }
  }
  return { segments, gaps };
}
