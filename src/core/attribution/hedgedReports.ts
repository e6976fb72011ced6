import { tokenAt, type Token } from '../text/sentenceTokens';
import { isWord } from './tokenClasses';

/**
 * `Kral is reported to have called`, `is said to have told`, `was heard to say`: wire copy hedges a report of someone's
 * words with a passive and `to`, and the one who spoke is the passive's subject. The hedge stands where an auxiliary
 * would (`Kral has called`), so the subject's phrase is read past it. Words someone is only expected or due to say are
 * no one's yet (supposedWords.ts).
 */
const HEDGES: ReadonlySet<string> = new Set([
  'reported', 'said', 'understood', 'believed', 'thought', 'alleged', 'rumoured', 'rumored', 'known', 'heard',
  'reputed', 'quoted',
]);
const PASSIVE_BE: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'been']);

/** The index of the passive `be` that opens a hedge ending at `e` (`is reported to [have]`), or `e` when none does. */
export function beforeHedgedReport(tokens: readonly Token[], e: number, floor: number): number {
  let k = e;
  if (isWord(tokens[k]) && tokens[k].lower === 'have') k--;
  const to = tokens[k];
  const hedge = tokenAt(tokens, k - 1);
  const be = tokenAt(tokens, k - 2);
  if (k - 2 < floor || !isWord(to) || to.lower !== 'to' || !isWord(hedge) || !HEDGES.has(hedge.lower) || !isWord(be) || !PASSIVE_BE.has(be.lower)) return e;
  return k - 2;
}
