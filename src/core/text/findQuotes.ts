// Finds quotations in a paragraph: double marks straight or curly, guillemets, single marks
// (never an apostrophe inside or at the end of a word), nesting, and unbalanced marks.
import { CharacterSearch, SearchedCharacters } from './characterSearch';
import { isLetterOrDigitCode, isSpaceCode } from './characterTests';
import { firstAtLeast } from './sortedNumbers';
import type { QuoteSpan, TextSpan } from '../types';

const DOUBLE_OPENERS = '\u201C\u201E\u201F\u00AB'; // “ „ ‟ «
const DOUBLE_CLOSERS = '\u201D\u00BB'; // ” »
const SINGLE_OPENERS = '\u2018\u201A\u2039'; // ‘ ‚ ‹
const SINGLE_CLOSERS = '\u2019\u203A'; // ’ ›
const ALL_MARKS = '"\'' + DOUBLE_OPENERS + DOUBLE_CLOSERS + SINGLE_OPENERS + SINGLE_CLOSERS;
const OPEN_CONTEXT = '([{<>\u2014\u2013-/:;,' + ALL_MARKS;
const CLOSE_CONTEXT = '.,;:!?)]}<>\u2014\u2013-/\u2026' + ALL_MARKS;
/** The longest a single-quoted quotation may run, in characters; beyond it a lone mark is taken for an apostrophe. */
const MAX_SINGLE_QUOTE = 600;

interface Mark {
  readonly at: number;
  readonly canOpen: boolean;
  readonly canClose: boolean;
}

function isSpace(c: string | undefined): boolean {
  return c === undefined || isSpaceCode(c.charCodeAt(0));
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && isLetterOrDigitCode(c.charCodeAt(0));
}

function flanks(text: string, at: number, span: TextSpan): { left: boolean; right: boolean } {
  const prev = at > span.start ? text[at - 1] : undefined;
  const next = at + 1 < span.end ? text[at + 1] : undefined;
  // `..., 'Oh, this is important,' " Magel said`: a space may stand between a nested quote's close and the outer one.
  const afterNested = prev === ' ' && at - 2 >= span.start && (text[at - 2] === "'" || text[at - 2] === '\u2019') && (isSpace(next) || CLOSE_CONTEXT.includes(next!));
  return {
    left: !isSpace(next) && (isSpace(prev) || OPEN_CONTEXT.includes(prev!)),
    // A closing mark glued to the next sentence (`I love Hispanics!"Former...`) still closes.
    right: afterNested || (!isSpace(prev) && (isSpace(next) || CLOSE_CONTEXT.includes(next!) || (/[.!?,]/.test(prev!) && /\p{Lu}/u.test(next!)))),
  };
}

const DOUBLE_MARKS = new SearchedCharacters(['"', ...DOUBLE_OPENERS, ...DOUBLE_CLOSERS]);
const SINGLE_MARKS = new SearchedCharacters(["'", ...SINGLE_OPENERS, ...SINGLE_CLOSERS]);

/** The searches for a text's double and single quotation marks, kept from one paragraph to the next (characterSearch.ts). */
export interface QuoteMarkSearches {
  readonly double: CharacterSearch;
  readonly single: CharacterSearch;
}

export function quoteMarkSearches(text: string): QuoteMarkSearches {
  return { double: new CharacterSearch(text, DOUBLE_MARKS), single: new CharacterSearch(text, SINGLE_MARKS) };
}

function doubleMarks(text: string, span: TextSpan, search: CharacterSearch): Mark[] {
  const marks: Mark[] = [];
  for (let i = search.from(span.start); i >= 0 && i < span.end; i = search.from(i + 1)) {
    const c = text[i];
    const { left, right } = flanks(text, i, span);
    if (c === '"') {
      if (left || right) marks.push({ at: i, canOpen: left, canClose: right });
    } else if (DOUBLE_OPENERS.includes(c)) marks.push({ at: i, canOpen: true, canClose: right && !left });
    else marks.push({ at: i, canOpen: left && !right, canClose: true });
  }
  return marks;
}

function singleMarks(text: string, span: TextSpan, search: CharacterSearch): Mark[] {
  const marks: Mark[] = [];
  for (let i = search.from(span.start); i >= 0 && i < span.end; i = search.from(i + 1)) {
    const c = text[i];
    // An apostrophe between two letters (won't, Ukraine's) is never a quotation mark.
    if (isWordChar(text[i - 1]) && isWordChar(text[i + 1]) && !SINGLE_OPENERS.includes(c)) continue;
    const { left, right } = flanks(text, i, span);
    if (SINGLE_OPENERS.includes(c)) marks.push({ at: i, canOpen: true, canClose: right && !left });
    else if (SINGLE_CLOSERS.includes(c)) marks.push({ at: i, canOpen: left && !right, canClose: right });
    else if (left || right) marks.push({ at: i, canOpen: left, canClose: right });
  }
  return marks;
}

/** A quote from its opening mark to its closing mark, or, when unclosed, to `close` less trailing space. */
function makeQuote(original: string, open: number, close: number, unclosed: boolean): QuoteSpan {
  let textStart = open + 1;
  let textEnd = close;
  // `« Nobody will be left behind »`: French copy sets its marks off with spaces, which are no part of the words.
  while (textStart < textEnd && isSpace(original[textStart]) && original[textStart] !== '\n') textStart++;
  while (textEnd > textStart && /\s/.test(original[textEnd - 1])) textEnd--;
  const end = unclosed ? textEnd : close + 1;
  return { start: open, end, textStart, textEnd, text: original.slice(textStart, textEnd), unclosed };
}

function pairDoubles(masked: string, original: string, span: TextSpan, continued: boolean, search: CharacterSearch): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let open: Mark | null = null;
  let first = true;
  for (const mark of doubleMarks(masked, span, search)) {
    const lone = first && continued && !mark.canOpen && mark.canClose;
    first = false;
    if (lone) {
      // The paragraph goes on with a quotation the paragraph before left open: it runs from here to this mark.
      quotes.push({ ...makeQuote(original, span.start - 1, mark.at, false), start: span.start });
    } else if (!open) {
      if (mark.canOpen) open = mark; // a lone closing mark (a truncated fragment) is passed over
    } else if (mark.canClose) {
      quotes.push(makeQuote(original, open.at, mark.at, false));
      open = null;
    } else if (mark.canOpen) {
      // An opening mark while a quote is open: the earlier one was never closed. Close it here.
      quotes.push(makeQuote(original, open.at, mark.at, true));
      open = mark;
    }
  }
  if (open) quotes.push(makeQuote(original, open.at, span.end, true));
  return quotes.filter((q) => q.textEnd > q.textStart);
}

// A paragraph's double quotes come from pairDoubles in order and never overlap, so their starts and their ends both
// ascend: a halving search finds the one a position lies in. (Asking each of them, for each single mark, grew with
// the square of a paragraph of alternating marks.)

/** The index of the double quote a position lies strictly inside, or -1. */
function doubleHolding(doubles: readonly QuoteSpan[], at: number): number {
  const before = firstAtLeast(doubles.length, at, (i) => doubles[i].start) - 1;
  return before >= 0 && at < doubles[before].end ? before : -1;
}

/** Whether a double quote has one end between a single quote's marks and the other outside them. */
function enclosesPartly(doubles: readonly QuoteSpan[], open: number, close: number): boolean {
  // Only quotes ending after the opening mark and starting before the closing one can have an end between them.
  for (let i = firstAtLeast(doubles.length, open + 1, (k) => doubles[k].end); i < doubles.length && doubles[i].start < close; i++) {
    const q = doubles[i];
    if ((q.start > open && q.start < close) !== (q.end > open && q.end <= close)) return true;
  }
  return false;
}

function pairSingles(masked: string, original: string, span: TextSpan, doubles: readonly QuoteSpan[], search: CharacterSearch): QuoteSpan[] {
  const marks = singleMarks(masked, span, search);
  const quotes: QuoteSpan[] = [];
  const regionOf = (at: number) => doubleHolding(doubles, at);
  for (let i = 0; i < marks.length; i++) {
    const opener = marks[i];
    if (!opener.canOpen) continue;
    const region = regionOf(opener.at);
    for (let j = i + 1; j < marks.length; j++) {
      const mark = marks[j];
      if (mark.at - opener.at > MAX_SINGLE_QUOTE) break;
      if (regionOf(mark.at) !== region) {
        // Crossing into or out of a double quote: allowed only when the single quote encloses it whole.
        if (region !== -1) break;
        continue;
      }
      if (mark.canClose && mark.at > opener.at + 1) {
        if (!enclosesPartly(doubles, opener.at, mark.at)) {
          quotes.push(makeQuote(original, opener.at, mark.at, false));
          i = j;
        }
        break;
      }
      if (mark.canOpen) break; // single quotes do not nest in single quotes: the first was an apostrophe
    }
  }
  return quotes.filter((q) => /[\p{L}\p{N}]/u.test(q.text));
}

/**
 * The top-level quotations of one paragraph. `masked` is the text with markup hidden (same offsets as
 * `original`); quote text is taken from `original`. Quotes nested inside another are part of it. `continued`: the
 * paragraph before ended inside an unclosed quotation, so a closing mark with no opening one closes its continuation.
 * `marks`: the searches of `masked`'s marks, shared by its paragraphs when they are read in order.
 */
export function findQuotes(masked: string, original: string, paragraph: TextSpan, continued = false, marks = quoteMarkSearches(masked)): QuoteSpan[] {
  const doubles = pairDoubles(masked, original, paragraph, continued, marks.double);
  const singles = pairSingles(masked, original, paragraph, doubles, marks.single);
  const all = [...doubles, ...singles].sort((a, b) => a.start - b.start || b.end - a.end);
  const top: QuoteSpan[] = [];
  for (const q of all) {
    const outer = top.length ? top[top.length - 1] : undefined;
    if (outer && q.start >= outer.start && q.end <= outer.end) continue;
    top.push(q);
  }
  return top;
}
