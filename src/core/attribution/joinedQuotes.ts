// `Guns are "a crisis" and "stunt growth," Dean said`, `called it "profane" or "sexist," the mayor said`: quotes joined
// by nothing but `and` or `or` are one speaker's words, so a quote that no rule gives a speaker takes the speaker of
// the quote it is joined to (attributeSpeaker.ts asks once every quote has its own answer).
import type { Token } from '../text/sentenceTokens';
import { isWord } from './tokenClasses';
import type { Attribution } from './resolvedSpeakers';

/** Whether the quote at token `qi` is followed by `and` or `or` (after an optional comma) and right then another quote. */
function joinedToNextQuote(tokens: readonly Token[], qi: number): boolean {
  let k = qi + 1;
  if (tokens[k]?.text === ',') k++;
  const joiner = tokens[k];
  return isWord(joiner) && (joiner.lower === 'and' || joiner.lower === 'or') && tokens[k + 1]?.kind === 'quote';
}

/**
 * Gives each quote with no speaker that is joined to the next the next one's speaker, last to first (a chain of three
 * takes the last one's); never a pronoun's last-resort guess. `place(q)` tells quote `q`'s sentence, tokens and token.
 */
export function shareJoinedSpeakers(results: Attribution[], place: (q: number) => { s: number; tokens: readonly Token[]; qi: number }): void {
  for (let q = results.length - 2; q >= 0; q--) {
    const next = results[q + 1];
    if (results[q].speaker || !next.speaker || next.method === 'pronoun-guess') continue;
    const here = place(q);
    if (here.qi >= 0 && place(q + 1).s === here.s && joinedToNextQuote(here.tokens, here.qi)) results[q] = { ...next, isTerm: false };
  }
}
