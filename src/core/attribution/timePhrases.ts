// Time phrases that stand between a subject and its speech verb (`Trump at the time said`, `Feinstein last week
// said`): read over, so that the subject is found before them and the time is never taken for the speaker.
import type { Token } from '../text/sentenceTokens';

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
  const noun = tokens[e];
  const modifier = tokens[e - 1];
  if (!isWordToken(noun) || noun.cap || !TIME_NOUNS.has(noun.lower) || !isWordToken(modifier) || modifier.cap || !TIME_MODIFIERS.has(modifier.lower) || e - 1 <= floor) return e;
  const preposition = tokens[e - 2];
  // `at the time`, `in recent weeks`, `at one point`; `last week`, `this month` stand alone.
  if (isWordToken(preposition) && !preposition.cap && TIME_PREPOSITIONS.has(preposition.lower)) return e - 3;
  return BARE_TIME_MODIFIERS.has(modifier.lower) ? e - 2 : e;
}

/** `Trump last week invited`, `Ortiz this month said`: a bare time phrase at `j`, which ends the subject before it. */
export function opensTimePhrase(tokens: readonly Token[], j: number): boolean {
  const modifier = tokens[j];
  const noun = tokens[j + 1];
  return isWordToken(modifier) && !modifier.cap && BARE_TIME_MODIFIERS.has(modifier.lower) && isWordToken(noun) && !noun.cap && TIME_NOUNS.has(noun.lower);
}
