// UN meeting coverage names each speaker with the country or body they speak for in brackets (`VASSILY NEBENZIA
// (Russian Federation) said`) and then calls them by that seat (`the representative of the Russian Federation said`,
// `the Russian Federation's representative`). The bracket is learnt as the person's role, so that the seat finds
// them as any other role finds its holder (roleHolders.ts).
import type { Token } from '../text/sentenceTokens';
import { isWord } from './tokenClasses';
import { officePlaceRole } from './officePlaces';

/** The most words a delegation's name holds (`United Kingdom of Great Britain and Northern Ireland`). */
const MAX_DELEGATION_WORDS = 8;

const JOINING_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'the']);

/**
 * `(Russian Federation)` right after a person's name ending before token `end`: the role `representative of Russian
 * Federation`. Only capitalised words (with `of`, `and`, `the` inside them); a party tag (`(D-Ore.)`), a time or any
 * other aside is none.
 */
export function delegationRole(tokens: readonly Token[], end: number): string[] | null {
  if (tokens[end]?.text !== '(') return null;
  const words: string[] = [];
  let k = end + 1;
  for (; k < tokens.length && tokens[k].text !== ')'; k++) {
    const t = tokens[k];
    if (!isWord(t) || words.length === MAX_DELEGATION_WORDS || t.possessive) return null;
    const joining = words.length > 0 && JOINING_WORDS.has(t.text);
    if (!joining && !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return null;
    words.push(t.text);
  }
  if (k === tokens.length || words.length === 0 || JOINING_WORDS.has(words[words.length - 1])) return null;
  return ['representative', 'of', ...words];
}

/** The seat or place a person named before token `end` holds their office for: a delegation's bracket, or `of Norvia` after a titled name (officePlaces.ts). */
export function seatRole(tokens: readonly Token[], end: number, title: readonly Token[]): string[] | null {
  return delegationRole(tokens, end) ?? officePlaceRole(tokens, end, title);
}
