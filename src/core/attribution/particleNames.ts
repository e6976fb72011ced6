// `Karel van Oosterom, the Dutch envoy, said`: the name reader of findNames stops at a lower-case particle (joining
// every particle there had let `Lula da Silva` take a lone `Silva` from another Silva), so the surname after it was
// learnt alone, with the role set off after it, and the speaker was shown as `Oosterom` where the text writes him in
// full. Where the surname learnt with a role follows a particle and a given name, the name is learnt as written.
import { NAME_PARTICLES } from '../text/newsLexicon';
import type { Token } from '../text/sentenceTokens';
import { isNameParticleAt, isNameWord, isPatronymicAt, isWord } from './tokenClasses';

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

/**
 * Portuguese particles: `Luiz Inácio Lula da Silva` is `Lula` after, `Ana Beatriz Mota da Rocha` `Mota`, so the name
 * before them stays the one looked up (joined, `Rocha said` of a minister Paulo Rocha went to the president).
 */
const NAME_BEFORE_PARTICLE = new Set(['da', 'do', 'dos', 'das']);

const isParticle = (t: Token | undefined): t is Token => isWord(t) && !t.cap && NAME_PARTICLES.has(t.lower);

/**
 * Whether the particle at `k` goes on into the surname after it as the name is read (`Ursula von der Leyen`, `Karel van
 * Oosterom`, `Bill de Blasio`): read up to the particle, the name was learnt as `Ursula`, and `von der Leyen said`
 * became a new person `Leyen`. Not a patronymic (`bin`: the father's names are no surname), nor a Portuguese particle.
 */
export function particleJoinsSurname(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!isParticle(t) || NAME_BEFORE_PARTICLE.has(t.lower) || isPatronymicAt(tokens, k)) return false;
  return isNameWord(tokens[k + 1]) || (isParticle(tokens[k + 1]) && isNameWord(tokens[k + 2]));
}

/**
 * Where a name read up to `end` ends as written in full when a Portuguese particle and a surname follow it (`Lula` at
 * `da Silva`): the name is shown so, and still looked up by the name before the particle. Else `end`.
 */
export function endAfterParticle(tokens: readonly Token[], end: number): number {
  if (!isParticle(tokens[end]) || !NAME_BEFORE_PARTICLE.has(tokens[end].lower) || !isNameWord(tokens[end + 1])) return end;
  let k = end + 1;
  while (isNameWord(tokens[k])) k++;
  return k;
}

/** Where a patronymic at `k` and the father's names after it end (`Tamim` at `bin Hamad Al Thani`), else `k`. */
export function endOfPatronymic(tokens: readonly Token[], k: number): number {
  if (!isPatronymicAt(tokens, k)) return k;
  let end = k + 1;
  while (isNameWord(tokens[end])) end++;
  return end;
}

/**
 * `"…," dos Santos said`, `von der Leyen said` where the text never names the person in full: the surname is looked up
 * alone, and shown with the particles written before it (it had been shown `Santos`, `Leyen`). `words` itself when no
 * particle stands right before `start`, or a name word stands before the particles (a full name, read so already).
 */
export function withOwnParticles(tokens: readonly Token[], start: number, words: readonly string[]): readonly string[] {
  let k = start;
  while (k > start - 2 && isParticle(tokens[k - 1]) && !isPatronymicAt(tokens, k - 1)) k--;
  if (k === start || isNameWord(tokens[k - 1])) return words;
  return [...tokens.slice(k, start).map((t) => t.text), ...words];
}
