// An op-ed or a column signed by its author (`By Ana Kral`) speaks in the author's voice: outside its quotation
// marks, `I` is the author, so `I told him: "..."`, `As I said in June, "..."` and `I wrote last year that "..."` quote
// the author's own words, never the person last named (`When I met Teodor Blum, I told him: "..."`). Only a byline of
// one person's name counts (`By Coastline Daily staff`, `By Ana Kral and Ivo Dorn` name no one author), and never in a
// transcript, where an unmarked `I` is the speaker of the turn. The author is never a `he` or `she` of their own text:
// the pronouns after `I asked the foreman, Jan Vok,` look past `I` (speakerResolver's antecedent). Nor is anyone of the
// byline's paragraph (`By Kevin Dorrit` ¶ `Northern environment correspondent`, `By Ana Kral, science editor`): a `he`
// that found no man in the body (after `Cammy Quill`, a name the lexicon holds as a woman's) had reached back to it and
// given the quote to the writer's role line.
import type { PreparedText } from '../text/prepareText';
import type { SpeakerRegistry } from './speakerRegistry';
import type { Mention, Resolved } from './resolvedSpeakers';
import { namesAPerson } from './bracketNames';
import { transcriptTurns } from './transcriptTurns';

/** `By Ana Kral` alone on its line: a given name and a surname or two, no lower-case word (`staff`, `and`). */
const BYLINE = /^[ \t*_]*By[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{Ll}'\u2019-]+){1,3})[ \t*_]*$/mu;

/** How far into a text its byline is looked for: past a headline and a standfirst, not into the body. */
const BYLINE_CHARS = 600;

const authors = new WeakMap<PreparedText, readonly string[] | null>();

/** The name's words of the one author a text's byline names, or null; read once a text. */
function authorOf(p: PreparedText): readonly string[] | null {
  let words = authors.get(p);
  if (words === undefined) {
    const m = BYLINE.exec(p.text.slice(0, BYLINE_CHARS));
    const named = m ? m[1].split(/[ \t]+/) : null;
    authors.set(p, (words = named && namesAPerson(named) && transcriptTurns(p).length === 0 ? named : null));
  }
  return words;
}

/** Who `I` outside the quotation marks is: the text's author, when its byline names one person; else no one. */
export function selfAsAuthor(registry: SpeakerRegistry, p: PreparedText, pronoun: string, mention: Mention): Resolved | null {
  const words = pronoun === 'i' ? authorOf(p) : null;
  if (!words) return null;
  const record = registry.lookupName(words, p.id) ?? registry.addPerson(words, p.id);
  return record.kind === 'person' ? { speaker: registry.toSpeaker(record), mention } : null;
}

/** `By` and a capital opening a paragraph's first line (`By Ana Kral`, `By Ana Kral, science editor`), or the label
 *  some sites set over the writer's name in their article's head (`Author Ana Kral`, `Author: Ana Kral`): a `she` in
 *  the lede, or a description (`the 64-year-old`), that found no one in the body had reached back to that name. */
const BYLINE_OPENING = /^[ \t*_]*(?:By|Author:?)[ \t]+\p{Lu}/u;

const bylineBlocks = new WeakMap<PreparedText, { start: number; end: number } | null>();

/** A text's byline block, up to its next blank line (a role line under the name may be a paragraph of its own), or
 *  null: near its top, a line opening with `By` and a capital, with no quotation mark and no closing stop (`By
 *  Monday, the council had voted.` opens the body). */
function bylineBlock(p: PreparedText): { start: number; end: number } | null {
  let found = bylineBlocks.get(p);
  if (found === undefined) {
    found = null;
    for (const span of p.paragraphs) {
      if (span.start >= BYLINE_CHARS) break;
      const lines = p.text.slice(span.start, span.end).split('\n');
      const line = lines[0].trimEnd();
      if (!(BYLINE_OPENING.test(line) || isBareByline(p, span, lines)) || /["\u201c\u201d]/.test(line) || /[.?!]$/.test(line)) continue;
      const blank = /\n[ \t]*\n/g;
      blank.lastIndex = span.start;
      found = { start: span.start, end: blank.exec(p.text)?.index ?? p.text.length };
      break;
    }
    bylineBlocks.set(p, found);
  }
  return found;
}

/** A date line under or over a byline: a weekday, a month or a day's number first, a year in it, and short
 *  (`Sat Aug 13 2016 - 05:00`, `Friday 17 2017`, `05.10.2021, 16.47 Uhr`). */
const DATE_LINE = /^[ \t*_]*(?:\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*\.?\b)[^"\u201c\u201d\n]*\b(?:19|20)\d\d\b[^"\u201c\u201d.!?\n]*$/u;
const DATE_LINE_CHARS = 60;

/** Whether `line` is a date line (DATE_LINE). */
function isDateLine(line: string | undefined): boolean {
  return line !== undefined && line.length <= DATE_LINE_CHARS && DATE_LINE.test(line.trim());
}

/**
 * A byline with no `By` (`Seán Kral` ¶ `Sat Aug 13 2016`): a line of nothing but one person's name whose next line, in
 * its paragraph or opening the next, or whose line before, is a date. The name alone would read as no byline, and a
 * `he` that found no man in the lede (its man's given name one the lexicon holds as a woman's) reached back to it.
 */
function isBareByline(p: PreparedText, span: { start: number; end: number }, lines: readonly string[]): boolean {
  const words = lines[0].trim().split(/[ \t]+/);
  if (!namesAPerson(words)) return false;
  if (isDateLine(lines[1])) return true;
  const index = p.paragraphs.indexOf(span);
  const next = p.paragraphs[index + 1], before = p.paragraphs[index - 1];
  if (next && isDateLine(p.text.slice(next.start, next.end).split('\n')[0])) return true;
  return before !== undefined && isDateLine(p.text.slice(before.start, before.end).split('\n').pop());
}

/** What a byline's first line opens with, read at a paragraph's start: `By` or `Author` and a capital
 *  (BYLINE_OPENING), or is: two to four capitalised words alone (a bare byline's name, isBareByline; not the
 *  `Ana Kral said` that opens many a paragraph). */
const MAYBE_BYLINE = /[ \t*_]*(?:By|Author:?)[ \t]+\p{Lu}|[^\S\n]*\p{Lu}\p{Ll}[^ \t\n]*(?:[ \t]+\p{Lu}\p{Ll}[^ \t\n]*){1,3}[^\S\n]*(?:\n|$)/uy;

/** Whether a paragraph near the top of `p` opens as a byline can (MAYBE_BYLINE). A draft's check prepares a text for
 *  every window and nearly none passes: the byline block, read and kept for each of them, had made the bundled
 *  10,000-word check about 9 ms slower. */
function mayHaveByline(p: PreparedText): boolean {
  for (const span of p.paragraphs) {
    if (span.start >= BYLINE_CHARS) return false;
    MAYBE_BYLINE.lastIndex = span.start;
    if (MAYBE_BYLINE.test(p.text)) return true;
  }
  return false;
}

/** A text's byline block (bylineBlock), read only where a paragraph near its top opens as a byline can. */
export function bylineSpan(p: PreparedText): { start: number; end: number } | null {
  return mayHaveByline(p) ? bylineBlock(p) : null;
}

/** Whether sentence `s` lies in its text's byline block, whose people are the writer's, no pronoun's. */
export function isBylineSentence(p: PreparedText, s: number): boolean {
  return inBylineSpan(bylineSpan(p), p.sentences[s].start);
}

/** Whether the offset `at` lies in `block`, a text's byline block or null. */
export function inBylineSpan(block: { start: number; end: number } | null, at: number): boolean {
  return block !== null && at >= block.start && at < block.end;
}
