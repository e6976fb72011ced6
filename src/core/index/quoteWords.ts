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
/** A masked word stands for one word (two where the source masks it too: `f`, `ing` of `f---ing`). */
const MASKED_WORD_GAP = 2;

/**
 * Where a quotation leaves words out or puts words in: an editor's `(sic)` is a bracket's `[sic]` in parentheses,
 * and a word masked by dashes or stars (`f---ing`, `s**t`, `f*cking`) between two words is the editor's, standing
 * for the speaker's word (a quote ending on it, `Oh, s---`, is not looked up by `oh` alone).
 */
const GAP = /(\.\s?\.\s?\.|\u2026|\[[^\]]{0,80}\]|\([sS]ic!?\)|(?<=[\p{L}\p{N}][^\p{L}\p{N}'\u2019]{1,3})\p{L}(?:\*+|[-\u2013\u2014]{2,})\p{Ll}*(?=[^\p{L}\p{N}]{1,3}[\p{L}\p{N}]))/u;
/** GAP without its masked word, for the texts that hold no star and no run of dashes (nearly all): its look-behind
 * was tried at every character of every quote a check reads. */
const UNMASKED_GAP = /(\.\s?\.\s?\.|\u2026|\[[^\]]{0,80}\]|\([sS]ic!?\))/u;
const MASK_MARKS = /\*|[-\u2013\u2014]{2}/;
const gapOf = (text: string) => (MASK_MARKS.test(text) ? GAP : UNMASKED_GAP);

/**
 * A word's first letter in brackets, its case changed by the editor (`[t]he` for `The`, `[W]e` for `we`): the same
 * word. A bracketed ending (`lie[s]`) is left a bracket: the words around it are looked up apart, as before.
 */
const BRACKETED_LETTER = /(?<![\p{L}\p{N}])\[(\p{L})\](?=\p{Ll})/gu;

/** Whether a quotation leaves words out or puts words in: whether quoteWords may find more than one segment. */
export function hasGaps(text: string): boolean {
  return gapOf(text).test(text);
}

/** Splits quoted text into segments at ellipses and bracketed insertions. */
export function quoteWords(text: string): QuoteWords {
  const segments: string[][] = [];
  const gaps: number[] = [];
  let gap = 0;
  const unbracketed = text.includes('[') ? text.replace(BRACKETED_LETTER, '$1') : text;
  const parts = unbracketed.split(gapOf(unbracketed));
  for (const part of parts) {
    if (/^(\.\s?\.\s?\.|\u2026)$/.test(part)) gap = Math.max(gap, ELLIPSIS_GAP);
    else if (/^\[|^\([sS]ic!?\)$/.test(part)) gap = Math.max(gap, BRACKET_GAP);
    else if (/^\p{L}(?:\*+|[-\u2013\u2014]{2,})\p{Ll}*$/u.test(part)) gap = Math.max(gap, MASKED_WORD_GAP);
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

/**
 * The most words a source may set between two sentences of one speaker's that a draft quotes as one (`"...," Ana
 * Kral said on Tuesday. "..."`, a reporter's `[She paused.]`).
 */
const JOINED_SENTENCES_GAP = 12;

/** Where a quotation's sentences meet. */
const SENTENCE_BREAK = /(?<=[.!?]["'\u201D\u2019]?)\s+(?=["'\u201C\u2018]?\p{Lu})/u;

/**
 * The most sentences looked up apart: a draft joins a few of a speaker's sentences; a longer run (a pasted page) is
 * looked up as typed only, so that its look-up is not made twice.
 */
const MAX_JOINED_SENTENCES = 8;

/**
 * A quotation of two sentences or more as a source may hold them apart, each the words of a quotation of its own
 * with the source's narration between (see corpusIndex's locate); null for one sentence, or more than
 * MAX_JOINED_SENTENCES.
 */
export function sentenceWords(text: string): QuoteWords | null {
  const sentences = text.split(SENTENCE_BREAK, MAX_JOINED_SENTENCES + 1);
  if (sentences.length < 2 || sentences.length > MAX_JOINED_SENTENCES) return null;
  const pieces = sentences.map(quoteWords);
  const segments = pieces.flatMap((piece) => piece.segments);
  const gaps = pieces.flatMap((piece, i) => piece.gaps.map((gap, k) => (k === 0 && i > 0 ? Math.max(gap, JOINED_SENTENCES_GAP) : gap)));
  return segments.length >= 2 ? { segments, gaps: gaps.map((gap, i) => (i === 0 ? 0 : gap)) } : null;
}
