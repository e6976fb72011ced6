// What the attribution rules and the resolver under them say to each other: a phrase's mention, the person it
// resolves to, a quote's attribution, the facts read once per sentence, and the bounds every rule shares.
import type { Token } from '../text/sentenceTokens';
import type { AttributionMethod, Speaker, TextSpan } from '../types';
import { firstAtLeast } from '../text/sortedNumbers';

export type Mention = TextSpan & { readonly text: string };

export interface Attribution {
  readonly speaker: Speaker | null;
  readonly mention: Mention | null;
  readonly method: AttributionMethod;
  readonly isTerm: boolean;
}

export interface Resolved {
  readonly speaker: Speaker;
  readonly mention: Mention;
}

export type Resolution = Resolved | 'agency' | null;

/** A resolution's speaker, or null for none and for an agency's words passed on. */
export function resolvedOnly(r: Resolution): Resolved | null {
  return r && r !== 'agency' ? r : null;
}

/**
 * How far from its quote a rule looks for a speech verb, in tokens. Real sentences are far shorter; the bound keeps
 * a paragraph of thousands of quotes with no full stop (one "sentence") linear instead of quadratic.
 */
export const REACH = 80;
/** Auxiliaries of a passive verb (`was asked`, `were called`). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got']);
/** How many quotes of one sentence a pronoun weighs as its antecedent (the nearest ones before it). */
export const ANTECEDENT_QUOTES = 8;

/** What every quote of a sentence asks about it, read once per sentence. */
export interface SentenceFacts {
  readonly tokens: readonly Token[];
  /** Token index of each quote of the sentence, by quote number. */
  readonly quoteToken: ReadonlyMap<number, number>;
  /** Index of the first token that is not punctuation (a quote at this index opens the sentence). */
  readonly firstContent: number;
  /** Index of the last token that is not punctuation. */
  readonly lastContent: number;
  /** Index of the first speech verb, or the token count when there is none. */
  readonly firstSpeechVerb: number;
  /** Index of the words after the first `according to` (or a `per` before a capital: `per ESPN`), or -1. */
  readonly accordingTo: number;
}

/**
 * The place in `quotes` (a sentence's quote numbers, in text order) of its last quote that opens before `offset`, or
 * -1: a binary search, since a sentence of a hostile draft may hold thousands of quotes.
 */
export function lastQuoteBefore(quotes: readonly number[], spans: readonly { readonly start: number }[], offset: number): number {
  return firstAtLeast(quotes.length, offset, (i) => spans[quotes[i]].start) - 1;
}
