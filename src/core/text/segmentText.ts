// Splits a text into paragraphs and sentences with exact offsets, and finds its quotations.
// Sentence boundaries never fall inside a closed quotation, so a quote that runs over several
// sentences stays in one sentence together with its attribution.
import { findQuotes, quoteMarkSearches } from './findQuotes';
import { trimmed } from './trimmedArrays';
import type { TextFormat } from './maskMarkup';
import { CharacterSearch, SearchedCharacters } from './characterSearch';
import { isLetterOrDigitCode, isLowerCaseCode, isSpaceCode } from './characterTests';
import { ABBREVIATIONS, CAPITALISED_TITLES, PHRASAL_SPEECH_VERBS, SPEECH_VERBS } from './newsLexicon';
import { newlineStarts } from './textLines';
import type { QuoteSpan, Sentence, TextSpan } from '../types';

export interface Segmentation {
  readonly paragraphs: TextSpan[];
  readonly sentences: Sentence[];
  readonly quotes: QuoteSpan[];
}

function trimSpan(text: string, start: number, end: number): TextSpan | null {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

/** The sentence `start`..`end` of `paragraph`, trimmed, if it holds anything: one object, not a span and its copy. */
function pushSentence(sentences: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > start) sentences.push({ start, end, paragraph });
}

interface Line {
  readonly start: number;
  readonly end: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  // Without a carriage return (almost every text), from the offsets after each \n: no match object a line.
  const starts = newlineStarts(text);
  if (starts) {
    for (let k = 1; k < starts.length; k++) lines.push({ start: starts[k - 1], end: starts[k] - 1 });
    lines.push({ start: starts[starts.length - 1], end: text.length });
    return lines;
  }
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** What a line that is not wrapped ends with: a sentence's end, a colon or semicolon, a closing mark. */
const LINE_CLOSES = /[.!?:;"”’')\]]/;

/**
 * The line lengths isHardWrapped sorts, held from text to text (a longer text has its own): a typed array made anew
 * for each text (its buffer from the runtime) was most of that test's samples in a cold build.
 */
const LENGTHS_HELD = new Int32Array(4096);

/** Plain text whose lines are wrapped at a fixed width, so that a newline is not a paragraph break. */
function isHardWrapped(text: string, lines: readonly Line[]): boolean {
  // Each line's last character that is not white space, read from its end: a regex ending in `\s*$` on a slice of
  // every line was tried at each of its characters (a sixtieth of a cold build of 10,000 articles).
  // Held in a typed array and sorted by the engine's own numeric sort: `sort((a, b) => a - b)` called back into the
  // script for each pair it compared, a text's every line.
  const all = lines.length <= LENGTHS_HELD.length ? LENGTHS_HELD : new Int32Array(lines.length);
  let count = 0;
  const openLengths: number[] = [];
  for (const l of lines) {
    let last = l.end;
    while (last > l.start && isSpaceCode(text.charCodeAt(last - 1))) last--;
    if (last === l.start) continue;
    all[count++] = l.end - l.start;
    if (!LINE_CLOSES.test(text[last - 1])) openLengths.push(l.end - l.start);
  }
  if (count < 6) return false;
  const lengths = all.subarray(0, count).sort();
  const median = lengths[lengths.length >> 1];
  // Only a line near the text's width tells of wrapping: a live blog's clock times, headings and signatures (`14:32
  // GMT`, `Key events`, `Posted by Ana Kral`) end open too, between paragraphs that each hold one line.
  const wide = lengths[Math.floor((lengths.length - 1) * 0.9)] * 0.6;
  const wideLines = lengths.length - lengths.findIndex((n) => n >= wide);
  const open = openLengths.filter((n) => n >= wide).length;
  return open / wideLines > 0.5 && median >= 30 && median <= 100;
}

const BLOCK_START = /^\s{0,3}(?:[#>]|[-*+]\s|\d{1,3}[.)]\s|\|)/;

/**
 * `lines`: every line is a paragraph (plain-text news files); `blocks`: lines run on until a blank line (Markdown);
 * `wrapped`: the same, in a text whose lines are wrapped at a fixed width (plain or Markdown).
 */
export type ParagraphMode = 'lines' | 'blocks' | 'wrapped';

/** In plain text a line is a paragraph of its own unless the text is hard-wrapped; in Markdown, never. */
export function paragraphModeOf(text: string, format: TextFormat): ParagraphMode {
  const wrapped = isHardWrapped(text, splitLines(text));
  return wrapped ? 'wrapped' : format === 'plain' ? 'lines' : 'blocks';
}

/**
 * Paragraphs: a blank line always separates them. In `lines` mode each line is a paragraph; in `blocks`
 * mode lines run on until a blank line or a Markdown block (heading, list item, quote block, table row).
 */
export function findParagraphs(text: string, mode: ParagraphMode): TextSpan[] {
  // One line (a draft's paragraph, read on its own at every check): the paragraph is the line, trimmed, if it holds
  // anything; the line's object, its slice and the block tests below would come to the same.
  if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
    const span = trimSpan(text, 0, text.length);
    return span ? [span] : [];
  }
  const lines = splitLines(text);
  const lineIsParagraph = mode === 'lines';
  const paragraphs: TextSpan[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  const flush = () => {
    if (blockStart >= 0) {
      const span = trimSpan(text, blockStart, blockEnd);
      if (span) paragraphs.push(span);
    }
    blockStart = -1;
  };
  for (const line of lines) {
    let at = line.start;
    // A block quote's blank line is its marks alone (`>`): a paragraph break inside the quotation, not a paragraph.
    while (at < line.end && (isSpaceCode(text.charCodeAt(at)) || text.charCodeAt(at) === 62)) at++;
    if (at === line.end) {
      flush();
      continue;
    }
    if (lineIsParagraph || BLOCK_START.test(text.slice(line.start, line.end)) || (blockStart >= 0 && /^\s{0,3}#/.test(text.slice(blockStart, blockEnd)))) flush();
    if (blockStart < 0) blockStart = line.start;
    blockEnd = line.end;
  }
  flush();
  return paragraphs;
}

const TERMINAL = /[.!?\u2026]/;
const CLOSING_AFTER_TERMINAL = /["'\u201D\u2019\u00BB)\]]/;

/** TERMINAL of a code. */
function isTerminalCode(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** TERMINAL or CLOSING_AFTER_TERMINAL of a code: what a run of sentence-ending marks is made of. */
function endsSentenceCode(c: number): boolean {
  return isTerminalCode(c) || c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb;
}

/** TERMINAL's characters, searched for one by one (characterSearch.ts). */
const TERMINAL_CHARACTERS = new SearchedCharacters(['.', '!', '?', '\u2026']);

function wordBefore(text: string, at: number, floor: number): string {
  let i = at;
  for (let c = text.charCodeAt(i - 1); i > floor && (c === 46 || isLetterOrDigitCode(c)); c = text.charCodeAt(i - 1)) i--;
  return text.slice(i, at);
}

/** Abbreviations that only ever stand before a number. */
const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['no', 'nos']);

function isAbbreviation(text: string, dot: number, floor: number): boolean {
  const word = wordBefore(text, dot, floor);
  if (!word) return false;
  const bare = word.endsWith('.') ? word.slice(0, -1) : word;
  // `No. 10`, `Nos. 3 and 4` stand before a number; `Kral said no. Peskar ...` ends a sentence.
  if (NUMBER_ABBREVIATIONS.has(bare.toLowerCase())) return /^\s*\d/.test(text.slice(dot + 1, dot + 4));
  if (ABBREVIATIONS.has(bare.toLowerCase())) return true;
  if (/^[A-Z]/.test(bare) && CAPITALISED_TITLES.has(bare.toLowerCase())) return true;
  if (/^\p{Lu}$/u.test(bare)) return true; // an initial: J. R. R. Tolkien
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return true; // U.S., e.g.
  return false;
}

/**
 * Words that open a sentence and never follow a title, an initial or a unit in its own sentence: after `U.S.`,
 * `p.m.` or `Inc.` they begin the next sentence (`... entering the U.S. While Kral ...`). Not `A` nor `I`, which may
 * be initials themselves.
 */
const OPENS_SENTENCE = /^(?:The|An|He|She|It|They|We|But|And|While|When|His|Her|Their|Its|This|These|Those|There|However|Meanwhile|Although)\b/;

/** A party tag's opening in brackets: `(D-Pa.)`, `(R-TX)`. */
const PARTY_TAG = /^[RDI]-/;

/** Words an attribution's name may hold that end in a full stop: titles (`Rep.`, `Sen.`), initials, party tags (`R-Pa.`). */
function abbreviatedNameWord(word: string): boolean {
  const bare = word.replace(/[.,]+$/, '');
  return ABBREVIATIONS.has(bare.toLowerCase()) || /^\p{Lu}$/u.test(bare) || /^[RDI]-\p{Lu}/u.test(bare);
}

/** How many words an attribution's name may run to before its verb, and how many more an appositive after it may add. */
const NAME_WORDS = 5;
const APPOSITIVE_WORDS = 12;
/** Words that open a sentence of their own with a comma (`Then, the board said`): no name before an appositive. */
const CONNECTIVE = /^(?:Then|But|And|So|Still|Yet|Now|Later|Meanwhile|However|Instead|Also|Again|Finally|Indeed|Afterward|Moments|Minutes|Hours|Yes|No|Well|Oh)\b/;

/**
 * True when the words after `at` are an attribution (`Rubio asked`, `he said`, `Kral went on`, `Rep. Ana Kral, R-Pa.,
 * said`, `Miller, a retired worker, said`): the quote's sentence goes on.
 */
function attributionFollows(text: string, at: number, end: number): boolean {
  const words = text.slice(at, Math.min(end, at + 160)).split(/\s+/).filter(Boolean);
  let limit = NAME_WORDS;
  for (let i = 0; i < words.length && i < limit; i++) {
    const w = words[i];
    const word = w.toLowerCase().replace(/[^\p{L}'\u2019-]/gu, '');
    if (SPEECH_VERBS.has(word)) return true;
    if (/[.!?;:]$/.test(w) && !abbreviatedNameWord(w)) return false;
    // `"...?" Kral went on.`, `"...!" she shot back`: a verb of speech in two words.
    const particle = words[i + 1]?.toLowerCase().replace(/[^\p{L}]/gu, '');
    if (particle && PHRASAL_SPEECH_VERBS.get(word)?.has(particle)) return true;
    // `Miller, a retired worker from the plant, said`: an appositive after the name, closed by a comma.
    if (i < 3 && w.endsWith(',') && limit === NAME_WORDS && /^\p{Lu}/u.test(w) && !CONNECTIVE.test(w)) limit = i + APPOSITIVE_WORDS;
  }
  return false;
}

/** A short bracket that ends its paragraph, after a quote: its signature (`(Lena Ortiz)`, `(Ortiz, Friday)`). */
const BRACKET_ENDING = /^\([^()\n]{1,40}\)[.\s]*$/;

/**
 * `…, Ana Kral said.Ivo Brandt disagreed.`: a full stop with its space lost (text copied from a web page or a feed)
 * still ends a sentence where a lower-case word of three letters or more, standing alone, ends with it and a
 * capitalised word follows; never a web address (`Amazon.Com`, `www.Harbor.org`), an initial or an abbreviation (`Mrs.Kral`).
 */
function gluedSentence(masked: string, i: number, j: number, start: number): boolean {
  if (masked[i] !== '.' || j !== i + 1 || !/^\p{Lu}\p{Ll}/u.test(masked.slice(j, j + 2))) return false;
  let w = i;
  while (w > start && /\p{L}/u.test(masked[w - 1])) w--;
  if (i - w < 3 || !/\p{Ll}{2}$/u.test(masked.slice(w, i))) return false;
  if (w > start && !/[\s"'(\u201C\u2018]/u.test(masked[w - 1])) return false;
  return !WEB_DOMAINS.test(masked.slice(j, j + 5)) && !isAbbreviation(masked, i, start);
}

/** What follows a name's dot in a web address (`Harbor.Org`, `Amazon.Com`, `Kyiv.Ua`), capitalised or not. */
const WEB_DOMAINS = /^(?:com|org|net|gov|edu|info|biz|io|co|uk|us|eu|de|fr|ru|ua|tv|me|ca|au|in)(?![\p{L}])/iu;

/** Whether the run of terminal marks `[i, j)` ends a sentence that began at `start`; `quote` is the first quote not ending before `i`. */
function isBoundary(masked: string, p: TextSpan, i: number, j: number, quote: QuoteSpan | undefined, start: number): boolean {
  // Inside a closed quote that does not end right here: not a boundary.
  if (quote && !quote.unclosed && quote.start < i && quote.end > j) return false;
  if (j < p.end && !isSpaceCode(masked.charCodeAt(j)) && !gluedSentence(masked, i, j, start)) return false;
  let k = j;
  while (k < p.end && isSpaceCode(masked.charCodeAt(k))) k++;
  if (k >= p.end) return true;
  const next = masked[k];
  if (isLowerCaseCode(masked.charCodeAt(k))) return false;
  if (masked[i] === '.' && isAbbreviation(masked, i, start) && !/["“«(]/.test(next) && !OPENS_SENTENCE.test(masked.slice(k, k + 12))) return false;
  // `said Robert Casey Jr. (D-Pa.), a backer.`: a party tag in brackets after a title or `Jr.` goes on with the name.
  if (next === '(' && masked[i] === '.' && PARTY_TAG.test(masked.slice(k + 1, k + 3)) && isAbbreviation(masked, i, start)) return false;
  const endsQuote = quote && quote.end === j && quote.start < i;
  // `"You don't repeat yourself?" Rubio asked.`: a question or exclamation inside the quote, then its attribution.
  if (endsQuote && masked[i] !== '.' && attributionFollows(masked, k, p.end)) return false;
  // `"We are not moving." – Ortiz said.`, `"…" — Lena Ortiz`: a dash after a quote brings its attribution; so does a
  // bracket that ends the paragraph (`"…" (Lena Ortiz)`).
  if (endsQuote && next === '(' && BRACKET_ENDING.test(masked.slice(k, p.end))) return false;
  return !(endsQuote && /[\u2014\u2013-]/.test(next));
}

/** A line's last character that leaves its sentence open for the next line: `Reyes told the board:`, `the mayor,`. */
const LINE_GOES_ON = /[,;:(\[{\u2014\u2013-]/;
/** Words no sentence ends with: a line ending in one goes on in the next (`Reyes told the crowd that` ¶ `"..."`). */
const NEVER_LAST = new Set(['the', 'a', 'an', 'that', 'to', 'of', 'and', 'or', 'but', 'with', 'by', 'for', 'from', 'in', 'on', 'at', 'as', 'who', 'whom', 'whose', 'which', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** What opens a line that may begin a sentence: a capital, a digit or a quotation mark. */
const LINE_OPENS = /[\p{Lu}\p{N}"'\u201C\u2018\u00AB\u201E]/u;
/** A quotation mark that opens a quote: a line opening with one may be the quote a speech verb ends the line before with. */
const OPENING_QUOTE = /["'\u201C\u2018\u00AB\u201E]/;

/** Whether the line ending at `end` ends in a lower-case word that leaves its sentence open. */
function goesOnAfter(masked: string, lineStart: number, end: number, quoteNext: boolean): boolean {
  let from = end;
  while (from > lineStart && /[\p{Ll}'\u2019-]/u.test(masked[from - 1])) from--;
  if (from === end || (from > lineStart && /[\p{L}\p{N}]/u.test(masked[from - 1]))) return false;
  const word = masked.slice(from, end);
  return NEVER_LAST.has(word) || (quoteNext && SPEECH_VERBS.has(word));
}

/**
 * Where, in paragraph `p`, a line that ends no sentence (a heading, a caption, a byline) is followed by a line
 * break, and the next line opens like a sentence: a sentence boundary, so that the earlier line's speech verb
 * never reaches the next line's quote. A break only counts where the next line's first word would have fitted on
 * the line (`width` is the paragraph's longest line): a wrapper never breaks there, a writer does.
 * `q` is the first quote not ending before the paragraph. Offsets are the ends of the lines, in order.
 */
function lineBoundaries(masked: string, p: TextSpan, quotes: readonly QuoteSpan[], q: number): number[] {
  const breaks: number[] = [];
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  re.lastIndex = p.start;
  let start = p.start;
  for (let m = re.exec(masked); m && m.index < p.end; m = re.exec(masked)) {
    lines.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (lines.length === 0) return breaks;
  lines.push({ start, end: p.end });
  const trimmedEnd = (l: Line) => {
    let e = l.end;
    while (e > l.start && /\s/.test(masked[e - 1])) e--;
    return e;
  };
  // Whatever the mode: a Markdown draft is read in blocks even when its writer wraps it, and a sentence wrapped
  // before its quotation (`… would use` ¶ `"all available means" …`) must stay one sentence.
  let width = 0;
  for (const l of lines) width = Math.max(width, trimmedEnd(l) - l.start);
  for (let k = 0; k + 1 < lines.length; k++) {
    const end = trimmedEnd(lines[k]);
    if (end === lines[k].start) continue;
    const last = masked[end - 1];
    if (TERMINAL.test(last) || (CLOSING_AFTER_TERMINAL.test(last) && TERMINAL.test(masked[end - 2] ?? '')) || LINE_GOES_ON.test(last)) continue;
    let next = lines[k + 1].start;
    while (next < lines[k + 1].end && /\s/.test(masked[next])) next++;
    if (next >= lines[k + 1].end || !LINE_OPENS.test(masked[next])) continue;
    let wordEnd = next;
    while (wordEnd < lines[k + 1].end && !/\s/.test(masked[wordEnd])) wordEnd++;
    if (end - lines[k].start + 1 + (wordEnd - next) > width) continue;
    // A writer's semantic line breaks (one clause a line, of any length): a line ending in a word no sentence ends
    // with, or in a speech verb before a line that opens with its quotation (`Reyes said` ¶ `"..."`), goes on.
    if (goesOnAfter(masked, lines[k].start, end, OPENING_QUOTE.test(masked[next]))) continue;
    // `"The keepers will stay"` ¶ `Okafor said.`: a quote closing its line, then its attribution on the next.
    if (/["'\u201D\u2019\u00BB]/.test(last) && attributionFollows(masked, next, lines[k + 1].end)) continue;
    // Never inside a closed quotation (`"We will finish` ¶ `by spring," she said` in one paragraph).
    while (q < quotes.length && quotes[q].end <= end) q++;
    if (q < quotes.length && !quotes[q].unclosed && quotes[q].start < end) continue;
    breaks.push(end);
  }
  return breaks;
}

export function findSentences(masked: string, paragraphs: readonly TextSpan[], quotes: readonly QuoteSpan[], mode: ParagraphMode = 'blocks'): Sentence[] {
  const sentences: Sentence[] = [];
  const marks = new CharacterSearch(masked, TERMINAL_CHARACTERS);
  let q = 0;
  paragraphs.forEach((p, paragraph) => {
    let start = p.start;
    while (q < quotes.length && quotes[q].end <= p.start) q++;
    const lineEnds = mode === 'lines' ? [] : lineBoundaries(masked, p, quotes, q);
    let b = 0;
    const flushLines = (before: number) => {
      for (; b < lineEnds.length && lineEnds[b] <= before; b++) {
        pushSentence(sentences, masked, start, lineEnds[b], paragraph);
        start = lineEnds[b];
      }
    };
    for (let i = marks.from(p.start), j = i; i >= 0 && i < p.end; i = marks.from(j)) {
      flushLines(i);
      while (q < quotes.length && quotes[q].end <= i) q++;
      j = i + 1;
      while (j < p.end && endsSentenceCode(masked.charCodeAt(j))) j++;
      // A run of marks (`?!`, `...`, `!!!"`) is one boundary or none: the next search starts after it, so a
      // run of 10,000 dots is read once, not once per dot.
      if (!isBoundary(masked, p, i, j, quotes[q], start)) continue;
      pushSentence(sentences, masked, start, j, paragraph);
      start = j;
    }
    flushLines(p.end);
    pushSentence(sentences, masked, start, p.end, paragraph);
  });
  return sentences;
}

/** Paragraphs, sentences and top-level quotations of `original`; `masked` hides markup at the same offsets. */
export function segmentText(masked: string, original: string, mode: ParagraphMode, continuesQuote = false): Segmentation {
  const paragraphs = findParagraphs(masked, mode);
  const quotes: QuoteSpan[] = [];
  // A quotation left open at a paragraph's end (`Ortiz said: "The bridge reopens.` ¶ `...," she said.`) may be closed in the next.
  let open = continuesQuote;
  const marks = quoteMarkSearches(masked);
  for (const p of paragraphs) {
    const found = findQuotes(masked, original, p, open, marks);
    for (const quote of found) quotes.push(quote); // not push(...found): a paragraph may hold more quotes than a call takes arguments
    const last = found.length ? found[found.length - 1] : undefined;
    open = last !== undefined && last.unclosed && last.textEnd >= p.end - 1;
  }
  const sentences = findSentences(masked, paragraphs, quotes, mode);
  return { paragraphs: trimmed(paragraphs), sentences: trimmed(sentences), quotes: trimmed(quotes) };
}
