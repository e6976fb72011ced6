// A portfolio of two parts before its office: `International Relations and Cooperation Minister Naledi Pandor`,
// `Natural Resources and Energy Secretary Ana Kral`. The capitals before `and` are the portfolio's first part, not a
// person: read alone they had been learnt as someone named `International Relations`, whom a later `she` then meant.
import type { Token } from '../text/sentenceTokens';
import { ROLE_HEADS } from '../text/newsLexicon';
import { isNameWord, isWord } from './tokenClasses';
import { sexOfGivenName } from './givenNameSexes';
import { normalizeName } from './nameMatching';

/** The most capitalised words of the portfolio's second part (`Cooperation`, `Arts, Culture and Heritage`). */
const SECOND_PART = 4;

/**
 * Whether the capitals `[start, end)`, `titled` or not, are a portfolio's first part: `and`, capitalised words and a
 * capitalised office (`Minister`, `Secretary`) follow them, and a name follows the office.
 */
export function portfolioPartBefore(tokens: readonly Token[], start: number, end: number, titled: boolean): boolean {
  // `President Barack Obama and Vice President Joe Biden`, `Phil Berger and House Speaker Tim Moore`: a titled name or
  // one opening with a given name is a person joined to another, not a portfolio.
  if (tokens[end]?.lower !== 'and' || titled || sexOfGivenName(normalizeName([tokens[start].text])[0] ?? '') !== null) return false;
  for (let k = end + 1; k <= end + SECOND_PART + 1 && k < tokens.length; k++) {
    const t = tokens[k];
    if (!isWord(t) || !t.cap) return false;
    if (k > end + 1 && ROLE_HEADS.has(t.lower)) return isNameWord(tokens[k + 1]);
  }
  return false;
}
