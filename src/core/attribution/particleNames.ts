// `Karel van Oosterom, the Dutch envoy, said`: the name reader of findNames stops at a lower-case particle (joining
// every particle there had let `Lula da Silva` take a lone `Silva` from another Silva), so the surname after it was
// learnt alone, with the role set off after it, and the speaker was shown as `Oosterom` where the text writes him in
// full. Where the surname learnt with a role follows a particle and a given name, the name is learnt as written.
import type { Token } from '../text/sentenceTokens';
import { isNameParticleAt, isNameWord, isWord } from './tokenClasses';

/** The most given names read back before the particles (`Anna Maria van der Berg`). */
const GIVEN_NAMES = 2;

/** `words`, the name from `start`, with the given names and particles right before it when it follows a particle. */
export function withParticlesBefore(tokens: readonly Token[], start: number, words: string[]): string[] {
  let k = start - 1;
  while (k >= start - 2 && isNameParticleAt(tokens, k)) k--;
  if (k === start - 1) return words;
  let from = k + 1;
  while (from - 1 >= k - GIVEN_NAMES + 1 && isWord(tokens[from - 1]) && tokens[from - 1].cap && isNameWord(tokens[from - 1])) from--;
  return from > k ? words : [...tokens.slice(from, start).map((t) => t.text), ...words];
}
