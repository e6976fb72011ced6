// `Lena Marsh, 29, and her partner Tom Ridley, 31, said`: a second person joined by `, and` may come with a few
// lower-case words that say who they are to the first (`her partner`, `his brother`, `fellow nurse`). Those words
// are no end of the subject: read past them, both people are the subject together, as `X, 29, and Y, 31` are.
import type { Token } from '../text/sentenceTokens';
import { isVerbLike, isWord, STOP_WORDS } from './tokenClasses';

/** Possessives that open such a description (`her partner`); other stop words end the search. */
/** The possessives that own a person's description (`her partner`, `his daughter`, `their lawyer`). */
export const OWNER_PRONOUNS: ReadonlySet<string> = new Set(['her', 'his', 'their']);

/**
 * The index of the `and` that joins the name starting at `name` to a person before `, and` (or `and her`), reading back over at most
 * three lower-case describing words (`her partner`, `his long-time friend`); -1 when the name follows no such `and`
 * or when no describing word stands between (the caller reads a bare `, and Y` already).
 */
export function describedConjunctAnd(tokens: readonly Token[], name: number, floor: number): number {
  let k = name - 1;
  let words = 0;
  while (k > floor && words < 3 && isWord(tokens[k]) && tokens[k].lower !== 'and' && !tokens[k].cap && !tokens[k].possessive && !isVerbLike(tokens[k]) && (OWNER_PRONOUNS.has(tokens[k].lower) || !STOP_WORDS.has(tokens[k].lower))) {
    k--;
    words++;
  }
  if (words === 0 || !isWord(tokens[k]) || tokens[k].lower !== 'and') return -1;
  // `Mara Lind and her partner Tom Vey said`: with no comma, an owner's word after `and` still ties the second to the
  // first (`her partner`); a bare noun (`and deputy Ivo Peskar`) may be a title the phrase reads on its own.
  return tokens[k - 1]?.text === ',' || OWNER_PRONOUNS.has(tokens[k + 1].lower) ? k : -1;
}
