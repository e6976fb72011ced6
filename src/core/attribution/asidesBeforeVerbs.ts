// `Berg, visibly tired, rejected the offer`, `Berg, in his address, told the nation`: a short aside set off by commas
// between a lone capital and its verb. The capital still acts as the sentence's subject, so a later pronoun's search
// stops at it (loneSubjects.ts) rather than reach past it to a person named before.
import type { Token } from '../text/sentenceTokens';
import { isWord } from './tokenClasses';

/** The most tokens of such an aside between its commas. */
const ASIDE_TOKENS = 8;
/** Words that join a second subject (`Berg, and later Kral, agreed`), never open an aside about the first. */
const JOINING_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'nor']);

/**
 * The token after a short aside that opens at the comma `at` with a lower-case word and holds only words (no quote,
 * no name list), or `at` when none opens there.
 */
export function afterShortAside(tokens: readonly Token[], at: number): number {
  const first = tokens[at + 1];
  if (tokens[at]?.text !== ',' || !isWord(first) || first.cap || JOINING_WORDS.has(first.lower)) return at;
  for (let k = at + 2; k < tokens.length && k - at <= ASIDE_TOKENS + 1; k++) {
    if (tokens[k].text === ',') return k + 1;
    if (!isWord(tokens[k])) return at;
  }
  return at;
}
