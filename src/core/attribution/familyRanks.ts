// `The eldest, Shazia, remembers the day`, `The younger, Chan Wai-ming, is blunter`, `The eldest daughter, Shazia,
// says`: a rank among a family's children (eldest, younger, middle) with its noun left out, or before the relative
// noun, sets off the name of one of the family the text has just counted (`The daughters, all three of them, agree.`).
// A profile names its subject's children, brothers or sisters this way; the rank is no word list's role, so the name
// after it had not been read as the subject and the `she says` after it went to whoever spoke before.
import { RELATIVE_NOUNS } from '../text/personNouns';
import type { Token } from '../text/sentenceTokens';
import { isWord } from './tokenClasses';

/** Ranks by age among siblings: said of people, not of things (a bridge is `older`, never `the eldest`). */
export const FAMILY_RANKS: ReadonlySet<string> = new Set(['eldest', 'elder', 'oldest', 'older', 'youngest', 'younger', 'middle']);
/** Words that may open the rank: `the eldest`, `her youngest`, `their elder son`. */
const RANK_OPENERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their', 'my', 'our']);

/**
 * Whether the comma at `open` closes a rank of a family's children that opens its clause, as a subject does: `The
 * eldest,`, `Her younger brother,` (not `to the eldest,`, an object).
 */
export function familyRankBefore(tokens: readonly Token[], open: number): boolean {
  let k = open - 1;
  if (isWord(tokens[k]) && !tokens[k].cap && RELATIVE_NOUNS.has(tokens[k].lower)) k--;
  const rank = tokens[k];
  const opener = tokens[k - 1];
  if (!isWord(rank) || !FAMILY_RANKS.has(rank.lower) || !isWord(opener) || !RANK_OPENERS.has(opener.lower)) return false;
  const before = tokens[k - 2];
  return k - 1 === 0 || before?.kind === 'punct';
}
