// Hides what opens a news paragraph without being part of its prose: datelines (`WASHINGTON (AP) —`,
// `GENEVA, Switzerland:`, `Washington (AFP) –`), a live blog's times (`09:15 GMT –`) and capitalised headline leads
// run into the text (`BRIDGE CLOSED AGAIN — Ortiz told reporters`), and a web page's furniture lines
// (pageFurniture.ts). Read as words, a dateline's city becomes a speaker (`Kerry Washington` for `WASHINGTON —`) and a
// headline's capitals become a name. Offsets stay where they were; a line masked whole is no paragraph.

import { isAmong, matchAtLineStart, newlineStarts } from './textLines';
import { PAGE_FURNITURE } from './pageFurniture';

const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}.'\u2019&-]+`;
const CAPS_PLACE = String.raw`${CAPS_WORD}(?: ${CAPS_WORD}){0,3}`;
const REGION = String.raw`, \p{Lu}[\p{L}.]*(?: [\p{Lu}\d][\p{L}.\d]*){0,2}`;
const AGENCY = String.raw` ?\([^()\n]{1,40}\)`;
const DASH = String.raw`\s*(?:[\u2014\u2013]|--?)\s`;
const MIXED_PLACE = String.raw`\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}`;
/**
 * `New Delhi [India], July 31 (ANI):`, `Kelport, Oct. 2 (KNA) –`: a place in any case, a region in brackets, a date and
 * an agency, as South Asian wires date their copy. Read as a label, the place had become the speaker of the lede's quote.
 */
const DATED_PLACE = String.raw`(?:${CAPS_PLACE}|${MIXED_PLACE})(?: \[[^\]\n]{1,30}\])?,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}${AGENCY}(?::\s|${DASH})`;
/**
 * A live blog's clock time (`09:15 GMT –`, `4:40 p.m.:`, `UPDATE 9:42 p.m. —`): read as prose, it kept a line's
 * subject from its pronouns (`UPDATE` had been the subject, and `he said` the last speaker's before it). An entry
 * may open with the time alone, in bold or before a capital (`**09:12** Ruiz wrote …`, `12:02 Ruiz hits back.`):
 * read as a name's first word (`12 Ruiz`), the time had made the subject a description and its `he` the last entry's.
 * A time with a point and no `am`/`pm` or zone (`04.20 Ruiz …`) needs its bold or punctuation: `4.20` may be a figure.
 */
const CLOCK = String.raw`(?:(?:UPDATE|Update)[Dd]?,?(?: at)? )?\d{1,2}[:.]\d{2}(?: ?[aApP]\.?[mM]\.?)?(?: (?:\p{Lu}{1,4}T|UTC))?(?:[*_]{0,2}(?:${DASH}|:\s)|[*_]{2}[ \t]+|(?<=\d:\d\d|[mM]\.?|\d (?:\p{Lu}{1,4}T|UTC))[ \t]+(?=\p{Lu}))`;

/**
 * A dateline at a line's start: a city in capitals (region and agency optional) before a dash, or before a colon after
 * a region; a city in any case before an agency and a dash; a live blog's clock time before a dash or a colon. Before
 * a dash a country and a date may both follow the city (`DONETSK, Ukraine, Sept. 30 (UPI) --`): read as prose, the
 * date's commas had kept the quote after it from its attribution. So may a year (`PARIS, July 12, 2006 (AFP) -`): read as
 * prose, it kept the lede's subject from the description after it (`the 34-year-old told`).
 */
const DATELINE = new RegExp(
  String.raw`^[ \t>*_#-]{0,6}(?:${CAPS_PLACE}(?:${REGION}){0,2}(?:,? \d{4})?(?:${AGENCY})?${DASH}|${CAPS_PLACE}${REGION}(?:${AGENCY})?:\s|${MIXED_PLACE}${AGENCY}${DASH}|${DATED_PLACE}|${CLOCK})`,
  'gmu',
);

/** Three or more words in capitals opening a line, then a dash or a word in ordinary case: a headline run into the text. */
const HEADLINE_LEAD = new RegExp(String.raw`^[ \t]{0,3}(?:${CAPS_WORD}|\d+)(?: (?:${CAPS_WORD}|\d+)){2,}(?=${DASH}|\s+\p{Lu}\p{Ll})(?:${DASH})?`, 'gmu');

/**
 * `DUBAI: Sheikh Rashid approved ...`, `ISLAMABAD: The prime minister said ...`: a city in capitals and a colon open the
 * lede, as Gulf and South Asian papers date their copy. A transcript's label looks the same (`OBAMA: Well, we ...`), but
 * a transcript has more than one label, in capitals or not (`Ana Kral: ...`); only a line near the top of a text with
 * no other label line is masked (read as a name, the city had kept the lede's subject from the pronouns after it).
 */
const COLON_DATELINE = new RegExp(String.raw`^[ \t]{0,3}${CAPS_PLACE}:[ \t]+(?=\p{Lu}\p{Ll})`, 'gmu');
const LABEL_LINE = /^[ \t]{0,3}\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,3}:\s/gmu;
/** How far into a text the lede's dateline may stand: past a headline, a byline and a date. */
const DATELINE_REACH = 600;

const COLON_DATELINE_AT = new RegExp(COLON_DATELINE.source, 'ymu');
/** A colon dateline's place opens with a capital, which may be any letter past ASCII. */
const opensCapital = (c: number): boolean => c >= 0x80 || (c >= 0x41 && c <= 0x5a);

/** `lines`: the text's lines start at 0 and after each `\n` alone (no `\r`, `\u2028` or `\u2029`). */
function maskLoneColonDateline(text: string, lines: boolean): string {
  // Only the lines within reach are tried, where the engine's search tried every character of the text.
  COLON_DATELINE.lastIndex = 0;
  const first = lines ? matchAtLineStart(text, COLON_DATELINE_AT, ' \t', opensCapital, DATELINE_REACH) : COLON_DATELINE.exec(text);
  if (!first || first.index > DATELINE_REACH) return text;
  LABEL_LINE.lastIndex = 0;
  let labels = 0;
  while (labels < 2 && LABEL_LINE.exec(text)) labels++;
  if (labels > 1) return text;
  return text.slice(0, first.index) + blank(first[0]) + text.slice(first.index + first[0].length);
}

/**
 * `Leipzig — Every morning at half past eight, ...`, `Hong Kong — At four in the morning ...`: a feature's lede dated
 * by a place in ordinary case and a long dash, with no agency (magazines and weekend sections date their copy so).
 * Read as prose, the place had become the lede's subject, and the profile's `he says` its words (a club or a city
 * given a man's quotes). Only the first line within the lede's reach that opens so, and only where a paragraph of
 * prose follows the dash (`Ana Kral — Staff Writer` is a byline, and a short line no lede). South African and wire
 * copy sets the dash as a hyphen between spaces (`Paris - Jake White stood ...`); read as prose, `Paris` had been
 * the subject of the lede's `said`.
 */
const LEDE_DASH_DATELINE = new RegExp(String.raw`^[ \t]{0,3}${MIXED_PLACE}(?:, ${MIXED_PLACE})? [\u2014\u2013-] (?=\p{Lu}[^\n]{60})`, 'ymu');

function maskLedeDashDateline(text: string): string {
  const first = matchAtLineStart(text, LEDE_DASH_DATELINE, ' \t', opensCapital, DATELINE_REACH);
  if (!first || first.index > DATELINE_REACH) return text;
  return text.slice(0, first.index) + blank(first[0]) + text.slice(first.index + first[0].length);
}

function blank(match: string): string {
  return match.replace(/[^\r\n]/g, ' ');
}

const DATELINE_AT = new RegExp(DATELINE.source, 'ymu');
const PAGE_FURNITURE_AT = new RegExp(PAGE_FURNITURE.source, 'yimu');
const HEADLINE_LEAD_AT = new RegExp(HEADLINE_LEAD.source, 'ymu');

const keepMixedCase = (lead: string): string => (/\p{Ll}/u.test(lead) ? lead : blank(lead));

/**
 * Whether a lead can open the line starting at `start`: both patterns open with at most six of ` \t>*_#-`, then a
 * capital or a digit. A line opening with any other ASCII character is passed over without a regex.
 */
function mayOpenLead(text: string, start: number): boolean {
  let i = start;
  for (let n = 0; n < 6 && i < text.length && isAmong(' \t>*_#-', text.charCodeAt(i)); n++) i++;
  const c = text.charCodeAt(i);
  return c >= 0x80 || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/** The first character past what a line-start pattern's `^[ \t]{0,3}` reads over. */
function afterIndent(text: string, start: number): number {
  let i = start;
  while (i < start + 3 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  return i;
}

/**
 * Whether page furniture can open the line at `start`: mayOpenLead, and the first letter one its lines open with
 * (`a`dvertisement, `s`hare, `c`ontinue, `l`isten, `i`mage, `r`ead, in either case) or any past ASCII (which case-blind
 * matching may fold to one). A line of prose opening otherwise was read against the whole list.
 */
function mayOpenFurniture(text: string, start: number): boolean {
  if (!mayOpenLead(text, start)) return false;
  const c = text.charCodeAt(afterIndent(text, start));
  return c >= 0x80 || isAmong('aAsScClLiIrR', c);
}

/**
 * Whether a headline lead can open the line at `start`: mayOpenLead, and a digit first, or a capital not followed by a
 * small ASCII letter (its first word in capitals). A line of prose (`Ana Kral said`) passes neither.
 */
function mayOpenHeadline(text: string, start: number): boolean {
  if (!mayOpenLead(text, start)) return false;
  const i = afterIndent(text, start);
  const c = text.charCodeAt(i);
  if (c >= 0x30 && c <= 0x39) return true;
  if (!(c >= 0x80 || (c >= 0x41 && c <= 0x5a))) return false;
  const next = text.charCodeAt(i + 1);
  return !(next >= 0x61 && next <= 0x7a);
}

/**
 * Whether a dateline can open the line starting at `start`: mayOpenLead, and then a capital's word in capitals (a
 * second character that is no small ASCII letter), a clock time (a digit, `UPDATE`, `Update`), or a bracket on the line
 * (a place in ordinary case is one only before an agency in brackets: `Kelport (KNA) –`, `Kelport, Oct. 2 (KNA) –`).
 * The prose lines of a text pass none of these, and DATELINE asked its classes of each of them.
 */
function mayOpenDateline(text: string, start: number): boolean {
  if (!mayOpenLead(text, start)) return false;
  let i = start;
  while (i < start + 6 && isAmong(' \t>*_#-', text.charCodeAt(i))) i++;
  const first = text.charCodeAt(i);
  const second = text.charCodeAt(i + 1);
  if ((first >= 0x30 && first <= 0x39) || first === 0x55 || !(second >= 0x61 && second <= 0x7a)) return true;
  const bracket = text.indexOf('(', i);
  if (bracket < 0) return false;
  const end = text.indexOf('\n', i);
  return end < 0 || bracket < end;
}

/**
 * `text` with each match of `at` (a sticky copy of a multi-line pattern anchored at a line start) replaced, as a
 * global replace would: tried at each line start (after a \n) not inside an earlier match, where a lead may open.
 * The engine's own replace tried the pattern at every character of 10,000 articles (a sixtieth of a cold build).
 */
function replaceAtLineStarts(text: string, at: RegExp, replace: (match: string) => string, mayOpen = mayOpenLead): string {
  let out = '';
  let copied = 0;
  // maskLeads gives no text with a \r: its lines start at 0 and after each \n.
  for (const start of newlineStarts(text) ?? []) {
    if (start >= copied && mayOpen(text, start)) {
      at.lastIndex = start;
      const m = at.exec(text);
      if (m) {
        out += text.slice(copied, start) + replace(m[0]);
        copied = start + m[0].length;
      }
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** `masked` with page furniture lines, datelines and capitalised headline leads at line starts turned to spaces. */
export function maskLeads(masked: string): string {
  // A line may also start after \r, \u2028 or \u2029 for the patterns: such texts take the engine's replace.
  // Searched for one by one: each search is the engine's (a text stored one byte a character holds neither of the
  // last two, and is not read for them), where the class was read at every character.
  if (masked.indexOf('\r') >= 0 || masked.indexOf('\u2028') >= 0 || masked.indexOf('\u2029') >= 0) return maskLedeDashDateline(maskLoneColonDateline(masked.replace(PAGE_FURNITURE, blank).replace(DATELINE, blank).replace(HEADLINE_LEAD, keepMixedCase), false));
  return maskLedeDashDateline(maskLoneColonDateline(replaceAtLineStarts(replaceAtLineStarts(replaceAtLineStarts(masked, PAGE_FURNITURE_AT, blank, mayOpenFurniture), DATELINE_AT, blank, mayOpenDateline), HEADLINE_LEAD_AT, keepMixedCase, mayOpenHeadline), true));
}
