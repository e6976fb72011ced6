// A demand (`calling for a ban`) speaks only what it asks for: a quote past another clause's verb after it is no part
// of the demand, and its speaker is no speaker of that quote.
import type { Token } from '../text/sentenceTokens';
import { isVerbLike, isWord } from './tokenClasses';

/** Pronouns that stand only as a verb's object; a word shaped like a verb before one is a verb (`makes him`). */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'them', 'me', 'us']);

/** Verbs that with `for` ask for a thing (`apologized for what happened` says sorry, and its clause is its own). */
const DEMANDING = /^(?:call|appeal|press|push|plead|clamou?r)(?:s|es|ed|ing)?$/;

/**
 * Whether the speech verb at `v` makes a demand (`calling for a ban`) whose object ends before the quote at `qi`:
 * a verb of another clause stands between them (`Kral claimed that statements by Peskar calling for a ban makes him
 * "the militants' best recruiter"`: a verb in -s or -ed before an object pronoun, or one the lexicon knows). A
 * demand's content is the noun after `for` (`called for "a total shutdown"`); the quote then belongs to the clause
 * around it, whose subject the demand's speaker is not.
 */
export function demandEndsBefore(tokens: readonly Token[], v: number, qi: number): boolean {
  if (tokens[v + 1]?.lower !== 'for' || !DEMANDING.test(tokens[v].lower)) return false;
  for (let k = v + 2; k < qi; k++) {
    const t = tokens[k];
    if (!isWord(t) || t.cap) continue;
    const next = tokens[k + 1];
    if (isVerbLike(t) || (/(?:[^s]s|ed)$/.test(t.lower) && isWord(next) && OBJECT_PRONOUNS.has(next.lower))) return true;
  }
  return false;
}
