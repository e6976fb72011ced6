// `Kenya's ambassador to the UN, Martin Kimani, drew`, `The leader of the Revolutionary Armed Forces of Colombia,
// Ivo Kral, said`: the body or place a description's role is at, read past to the comma that sets off the name
// (appositiveNames.ts reads the name and the verb).
import { ROLE_WORDS } from '../text/newsLexicon';
import { PERSON_NOUNS } from '../text/personNouns';
import type { Token } from '../text/sentenceTokens';
import { isVerbLike, isWord } from './tokenClasses';

/** The small words a body's name keeps in lower case (`the International Agency for Research on Cancer`). */
export const BODY_NAME_SMALL_WORDS: ReadonlySet<string> = new Set(['the', 'of', 'and', 'for', 'on']);

/** Prepositions of the body or place a role is at (`ambassador to the UN`, `envoy at the talks`, `neighbour on plot 14`). */
const ROLE_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'at', 'in', 'of', 'for', 'from', 'on']);
/** Words that open a clause about the person rather than a place (`A friend who knew her, ...`). */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that', 'and', 'but']);

/**
 * `His predecessor in the ward, Ivo Kral, said`, `Her successor, Ana Kral,`: nouns for whoever held a post before or
 * after, a person's as a role is, here only: as a noun a later `he` may mean, `Walsh's predecessor` would stand for
 * someone the sentence names otherwise.
 */
const SUCCESSION_NOUNS: ReadonlySet<string> = new Set(['predecessor', 'successor']);

/** A role, a noun for a person, or one for a post's holder before or after (`predecessor`). */
export function personHead(noun: string): boolean {
  return ROLE_WORDS.has(noun) || PERSON_NOUNS.has(noun) || SUCCESSION_NOUNS.has(noun);
}
/** The most words of that body or place (`to the United Nations Security Council`). */
const ROLE_PLACE_WORDS = 5;
/** The most words of the place a body sits in, after it (`in New York`). */
const SEAT_WORDS = 3;

/**
 * `Kenya's ambassador to the UN, Martin Kimani, drew`: past the body or place in capitals that the description's role
 * is at, to the comma that sets off the name; `at` itself when no such words stand there.
 */
export function afterRolePlace(tokens: readonly Token[], at: number): number {
  const preposition = tokens[at];
  // `A health worker in Kano, Aisha Bello, said`: a noun for a person is at a place as a role is.
  const noun = tokens[at - 1]?.lower ?? '';
  if (!isWord(preposition) || !ROLE_PLACE_PREPOSITIONS.has(preposition.lower) || !personHead(noun)) return at;
  let k = at + 1;
  if (tokens[k]?.lower === 'the') k++;
  const first = k;
  while (k - at <= ROLE_PLACE_WORDS && isWord(tokens[k]) && tokens[k].cap && !tokens[k].possessive) k++;
  // `Russia's ambassador to the UN in Geneva, X, said`: the seat of the body after it, one more place in capitals.
  const seat = tokens[k];
  if (k > first && isWord(seat) && (seat.lower === 'in' || seat.lower === 'at') && isWord(tokens[k + 1]) && tokens[k + 1].cap) {
    let m = k + 1;
    while (m - k <= SEAT_WORDS && isWord(tokens[m]) && tokens[m].cap && !tokens[m].possessive) m++;
    if (tokens[m]?.text === ',') k = m;
  }
  // `A friend from those years, Ana Kral, recalls`, `A nurse at the hospital, Ana Kral, said`: a few lower-case words
  // of a time or place, no verb among them, set off by the comma before the name, as capitals are.
  // `The official in charge of the span, Ana Kral, said`: `charge` after `in` is the noun, not the verb of speech.
  const nounAt = (n: number) => !isVerbLike(tokens[n]) || (tokens[n].lower === 'charge' && tokens[n - 1].lower === 'in');
  // `The head of the Brask region, Ivo Kral, said`, `The head of the Kelport port authority, Lena Varga, said`: a
  // place's name in capitals may go on to the lower-case nouns for what kind of place or body it is (`region`,
  // `port authority`), two words at most before the comma.
  let kind = k;
  while (k > first && kind - k < 2 && isWord(tokens[kind]) && !tokens[kind].cap && nounAt(kind) && !RELATIVES.has(tokens[kind].lower)) kind++;
  if (kind > k && tokens[kind]?.text === ',') k = kind;
  if (k === first) while (k - at <= ROLE_PLACE_WORDS && isWord(tokens[k]) && !tokens[k].cap && nounAt(k) && !RELATIVES.has(tokens[k].lower)) k++;
  if (k > first && tokens[k]?.text === ',') return k;
  const body = longBodyNameEnd(tokens, first);
  return body > first && tokens[body]?.text === ',' ? body : at;
}

/** The most words of a body's full name after a role (`the main opposition Republican People's Party`). */
const BODY_NAME_WORDS = 8;

/**
 * `The leader of the Revolutionary Armed Forces of Colombia, Ivo Kral, said`, `The leader of the main opposition
 * Republican People's Party, Ivo Kral, said`: a body's full name, its small words (`of`) and a possessive (`People's`)
 * between capitals, after at most two lower-case words that say what kind of body (`main opposition`). Where it ends,
 * or `first` when no such name stands there.
 */
function longBodyNameEnd(tokens: readonly Token[], first: number): number {
  let k = first;
  while (k - first < 2 && isWord(tokens[k]) && !tokens[k].cap && !isVerbLike(tokens[k]) && !RELATIVES.has(tokens[k].lower)) k++;
  const capitalAt = (n: number) => isWord(tokens[n]) && tokens[n].cap;
  if (!capitalAt(k)) return first;
  while (k - first < BODY_NAME_WORDS && isWord(tokens[k])) {
    const t = tokens[k];
    const inName = t.cap ? !t.possessive || capitalAt(k + 1) : BODY_NAME_SMALL_WORDS.has(t.lower) && capitalAt(k - 1) && capitalAt(k + 1);
    if (!inName) break;
    k++;
  }
  return capitalAt(k - 1) ? k : first;
}
