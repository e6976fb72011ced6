// Time phrases that stand between a subject and its speech verb (`Trump at the time said`, `Feinstein last week
// said`): read over, so that the subject is found before them and the time is never taken for the speaker.
import { tokenAt, type Token } from '../text/sentenceTokens';

function isWordToken(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

const TIME_NOUNS = new Set(['week', 'weeks', 'month', 'months', 'year', 'years', 'day', 'days', 'night', 'weekend', 'morning', 'afternoon', 'evening', 'time', 'past', 'meantime', 'point', 'summer', 'spring', 'fall', 'autumn', 'winter']);
const TIME_MODIFIERS = new Set(['last', 'this', 'next', 'that', 'earlier', 'later', 'recent', 'same', 'one', 'the']);
const TIME_PREPOSITIONS = new Set(['at', 'in', 'on', 'during', 'for', 'over']);
/** Modifiers that make a time phrase without a preposition (`last week said`, never `the time said`). */
const BARE_TIME_MODIFIERS = new Set(['last', 'this', 'next', 'earlier', 'later', 'that']);

/**
 * `Trump at the time said`, `Feinstein last week said`, `Ortiz has in the past described`: a time phrase between
 * a subject and its verb, skipped; returns the index of the last token before it (or `e` when there is none).
 */
export function beforeTimePhrase(tokens: readonly Token[], e: number, floor: number): number {
  if (tokens[e]?.lower === 'ago') return beforeAgo(tokens, e, floor);
  const day = beforeDayTime(tokens, e, floor);
  if (day !== e) return day;
  const noun = tokens[e];
  const modifier = tokenAt(tokens, e - 1);
  if (!isWordToken(noun) || noun.cap || !TIME_NOUNS.has(noun.lower) || !isWordToken(modifier) || modifier.cap || !TIME_MODIFIERS.has(modifier.lower) || e - 1 <= floor) return e;
  const preposition = tokens[e - 2];
  // `at the time`, `in recent weeks`, `at one point`; `last week`, `this month` stand alone.
  if (isWordToken(preposition) && !preposition.cap && TIME_PREPOSITIONS.has(preposition.lower)) return e - 3;
  return BARE_TIME_MODIFIERS.has(modifier.lower) ? e - 2 : e;
}

/** The days of the week, lower case (also a paper's day, outletNames.ts: `The Sunday Times`). */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const PARTS_OF_DAY: ReadonlySet<string> = new Set(['night', 'morning', 'afternoon', 'evening']);

/**
 * `Fenn on Tuesday night warned`, `Fenn's office late Tuesday said`, `Fenn early on Monday said`: a day and its part,
 * opened by `on`, `late` or `early`, between a subject and its verb. The phrase reader skips a bare day and `on` by
 * itself, but a part of the day after it (`night`) or `late` before it had ended the subject there, so the words went
 * to the subject's own subject (`A fundraising email sent out by Fenn`) or to `Fenn's office late`. A bare day with a
 * part (`Fenn Tuesday night said`) is left alone: nothing opens it.
 */
function beforeDayTime(tokens: readonly Token[], e: number, floor: number): number {
  let k = e;
  if (isWordToken(tokens[k]) && !tokens[k].cap && PARTS_OF_DAY.has(tokens[k].lower) && isWordToken(tokens[k - 1]) && WEEKDAYS.has(tokens[k - 1].lower)) k--;
  const day = tokens[k];
  if (!isWordToken(day) || !day.cap || !WEEKDAYS.has(day.lower)) return e;
  let j = k - 1;
  if (tokens[j]?.lower === 'on') j--;
  const edge = tokens[j];
  if (isWordToken(edge) && !edge.cap && (edge.lower === 'late' || edge.lower === 'early')) j--;
  return j < k - 1 && j >= floor ? j : e;
}

/** `Trump last week invited`, `Ortiz this month said`: a bare time phrase at `j`, which ends the subject before it. */
export function opensTimePhrase(tokens: readonly Token[], j: number): boolean {
  const modifier = tokens[j];
  const noun = tokens[j + 1];
  return isWordToken(modifier) && !modifier.cap && BARE_TIME_MODIFIERS.has(modifier.lower) && isWordToken(noun) && !noun.cap && TIME_NOUNS.has(noun.lower);
}

/** Words that count or bound an amount of time: `two weeks ago`, `less than a month ago`, `a few days later`. */
const TIME_AMOUNTS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few', 'several', 'many', 'some', 'less', 'more', 'than', 'about', 'nearly', 'almost', 'just', 'only', 'couple', 'of']);

/** `said Ana Kral two days later`, `said Ivo Peskar three years ago`: an amount of time and its `later` or `ago` at `j`. */
export function opensCountedTime(tokens: readonly Token[], j: number): boolean {
  let k = j;
  while (k - j < 4 && isWordToken(tokens[k]) && !tokens[k].cap && (TIME_AMOUNTS.has(tokens[k].lower) || /^\d+$/.test(tokens[k].text))) k++;
  const noun = tokens[k];
  const end = tokens[k + 1];
  return k > j && isWordToken(noun) && TIME_NOUNS.has(noun.lower) && isWordToken(end) && COUNTED_TIME_ENDS.has(end.lower);
}

/** What closes an amount of time that dates a saying (`two days later`, `a year ago`). */
const COUNTED_TIME_ENDS = new Set(['ago', 'later', 'earlier', 'afterwards', 'afterward', 'before']);

/** `The State Department less than two weeks ago said`: the index before an amount of time and its `ago` at `e`. */
function beforeAgo(tokens: readonly Token[], e: number, floor: number): number {
  const noun = tokens[e - 1];
  if (!isWordToken(noun) || noun.cap || !TIME_NOUNS.has(noun.lower)) return e;
  let k = e - 2;
  while (k > floor && e - k <= 6 && isWordToken(tokens[k]) && !tokens[k].cap && (TIME_AMOUNTS.has(tokens[k].lower) || /^\d+$/.test(tokens[k].text))) k--;
  return k < e - 2 ? k : e;
}

/**
 * `A month later, Kral ...`, `Thirteen years earlier, she ...`, `That morning, the crowd ...`: an amount or a time
 * opening the sentence at `i`, up to its comma; never the sentence's subject.
 */
export function opensWithTime(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < tokens.length && k - i < 5; k++) {
    const t = tokens[k];
    if (!isWordToken(t)) return false;
    const next = tokens[k + 1];
    const ends = next?.kind === 'punct' && next.text === ',';
    if (ends) return k > i && (['later', 'earlier', 'ago'].includes(t.lower) || (TIME_NOUNS.has(t.lower) && TIME_MODIFIERS.has(tokens[k - 1].lower)));
    if (k > i && t.cap) return false;
    // `Two days after the vote,`, `About six hours after his address,`: an amount of time before the event it counts from.
    if (k > i && isCountedNoun(t) && isWordToken(next) && (next.lower === 'after' || next.lower === 'before')) return eventClosesAt(tokens, k + 2);
    if (!(TIME_AMOUNTS.has(t.lower) || isCountedNoun(t) || TIME_MODIFIERS.has(t.lower) || /^(?:\d+|dozen|hundred|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|fifty)$/.test(t.lower))) return false;
  }
  return false;
}

/** Units an opening amount of time counts in: the nouns of time and the shorter ones (`Six hours later,`). */
const CLOCK_NOUNS = new Set(['hour', 'hours', 'minute', 'minutes']);
const isCountedNoun = (t: Token) => TIME_NOUNS.has(t.lower) || CLOCK_NOUNS.has(t.lower);

/** The most words an event after `after` or `before` runs to its comma (`after his televised address to the nation,`). */
const EVENT_WORDS = 8;

/** Whether a comma closes the event from `k` (`the vote,`, `Kral spoke,`) within a few words, no quotation before it. */
function eventClosesAt(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j - k <= EVENT_WORDS; j++) {
    const t = tokens[j];
    if (t.kind === 'punct' && t.text === ',') return j > k;
    if (!isWordToken(t)) return false;
  }
  return false;
}

/** `month`, `morning`, `weekend`: a noun of time, which names no speaker. */
export function isTimeNoun(word: string): boolean {
  return TIME_NOUNS.has(word) && word !== 'point' && word !== 'past';
}

/**
 * `**14:05** Kral: "..."`, `09:30 - Kral:`: a live blog's clock time at `i` stamps the entry, and is no part of what
 * follows it; returns the index after the time and its emphasis or dash (or `i` when no time stands there).
 */
export function afterClockTime(tokens: readonly Token[], i: number): number {
  const [hours, colon, minutes] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!isWordToken(hours) || !/^\d{1,2}$/.test(hours.text) || colon?.text !== ':' || colon.start !== hours.end) return i;
  if (!isWordToken(minutes) || minutes.start !== colon.end || !/^\d{2}$/.test(minutes.text)) return i;
  let k = i + 3;
  // A transcript's stamp to the second (`[00:01:05]`), its bracket closed.
  const [colon2, seconds] = [tokens[k], tokens[k + 1]];
  if (colon2?.text === ':' && colon2.start === minutes.end && isWordToken(seconds) && seconds.start === colon2.end && /^\d{2}$/.test(seconds.text)) k += 2;
  while (tokens[k]?.kind === 'punct' && /^[*_\-\u2013\u2014\])|]$/.test(tokens[k].text)) k++;
  return k;
}

/** The months, in full and short (`November`, `Nov`), lower case: the date an embedded post prints after its author. */
export const MONTH_NAMES: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Words that alone date a sentence's opening (`Yesterday Mr Kral vowed`). */
const OPENING_DAYS: ReadonlySet<string> = new Set(['yesterday', 'today', 'tonight']);
/** Pronouns a dated opening may stand before as the subject (`Last night he said`). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we']);

/**
 * `Last night Mr Kral vowed to fight on`, `On Monday Kral said`, `Yesterday she added`: a short time opening the
 * sentence at `i` with no comma after it (a tabloid's and a wire's habit), before a capitalised word or a pronoun;
 * the index after it, or `i` when none stands there. Without it the time was read as the subject and the sentence had
 * none, so a `he said` after it went back past the one just named to a speaker before.
 */
export function afterBareTimeOpening(tokens: readonly Token[], i: number): number {
  const [t, second] = [tokens[i], tokens[i + 1]];
  if (!isWordToken(t) || !isWordToken(second)) return i;
  let k = i;
  if (OPENING_DAYS.has(t.lower)) k = i + 1;
  else if (BARE_TIME_MODIFIERS.has(t.lower) && !second.cap && (TIME_NOUNS.has(second.lower) || OPENING_DAYS.has(second.lower))) k = i + 2;
  else if (t.lower === 'on' && second.cap && WEEKDAYS.has(second.lower)) k = isWordToken(tokens[i + 2]) && PARTS_OF_DAY.has(tokens[i + 2].lower) ? i + 3 : i + 2;
  const next = tokens[k];
  return k > i && isWordToken(next) && (next.cap || SUBJECT_PRONOUNS.has(next.lower)) ? k : i;
}
