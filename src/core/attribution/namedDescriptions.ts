// `a retired engineer named Viktor`, `a nurse called Ana Ruiz`, `Her neighbour, a man named Ivo Peskar, said`:
// features and local news introduce a person by what they are and then by the name they go by. The name is the
// person; the words before `named` only describe them. `called` after a thing's noun names a thing (`a firm called
// Acme`), so the word before either must be a noun for a person. Wire copy gives a witness's name so too: `a
// programmer who gave his name as Pavel`.
import { ROLE_WORDS } from '../text/newsLexicon';
import { NOT_AGENT_NOUNS, PERSON_NOUNS } from '../text/personNouns';
import { tokenAt, type Token } from '../text/sentenceTokens';
import { isNameWord, isWord } from './tokenClasses';

/** The most words of a name after `named`. */
const NAME_WORDS = 4;

/**
 * Whether the word (lower case) is a noun for a person: a role, a person noun, an age (`a 34-year-old`), or, before
 * `named` only, an agent noun no list holds (`a retired engineer named`); `a container called` is a thing's.
 */
export function nounBeforeName(word: string, named: boolean): boolean {
  if (ROLE_WORDS.has(word) || PERSON_NOUNS.has(word) || /-year-old$/.test(word)) return true;
  return named && /^\p{Ll}{3,}(?:er|or|ist|ian)$/u.test(word) && !NOT_AGENT_NOUNS.has(word);
}

function describesPerson(t: Token | undefined, named: boolean): boolean {
  return isWord(t) && !t.cap && !t.possessive && nounBeforeName(t.lower, named);
}

/**
 * The name after `named` or `called` at token `at`, as [from, to), when a noun for a person stands right before it and
 * a name of capitalised words follows (ending before `to`, or at the first word that is not a name's); else null.
 */
export function nameAfterNamed(tokens: readonly Token[], at: number, to = tokens.length): { from: number; to: number } | null {
  const word = tokenAt(tokens, at);
  if (!isWord(word) || word.cap || !(givesNameAs(tokens, at) || ((word.lower === 'named' || word.lower === 'called') && describesPerson(tokens[at - 1], word.lower === 'named')))) return null;
  let end = at + 1;
  while (end < to && end - at <= NAME_WORDS && isNameWord(tokens[end]) && tokens[end].cap) {
    end++;
    if (tokens[end - 1].possessive) return null; // `a man named Ivo's dog`: the name owns what follows, is no subject
  }
  return end > at + 1 ? { from: at + 1, to: end } : null;
}

/** What stands before `as` when someone gives the name they go by (`who gave his name as`, `gave her first name only as`). */
const GIVEN_NAME_AS = /(?:^| )(?:gave|gives|giving|give) (?:only )?(?:his|her|their) (?:first |full |real )?name (?:only )?$/;

/** `a programmer who gave his name as Pavel`: the `as` at `at` follows words by which a person gives their name. */
function givesNameAs(tokens: readonly Token[], at: number): boolean {
  if (tokens[at].lower !== 'as') return false;
  let words = '';
  for (let k = at - 1; k >= 0 && at - k <= 6 && isWord(tokens[k]) && !tokens[k].cap; k--) words = `${tokens[k].lower} ${words}`;
  return GIVEN_NAME_AS.test(words);
}

/** Within a phrase, where `named` or `called` stands before the name that closes it (the phrase's person), or -1. */
export function namedWithin(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 2; k > from && to - k <= NAME_WORDS + 1; k--) {
    const name = nameAfterNamed(tokens, k, to);
    if (name && name.to === to) return k;
  }
  return -1;
}

/** The most lower-case words describing a person before `named` (`a retired oil engineer named`). */
const DESCRIBING_WORDS = 4;

/**
 * A subject that opens at `from` with a description and `named` (`A retired engineer named Viktor said`): the span
 * through the name, or null. The caller checks that a verb follows.
 */
export function namedSubject(tokens: readonly Token[], from: number): { from: number; to: number } | null {
  for (let k = from + 1; k < tokens.length && k - from <= DESCRIBING_WORDS + 1; k++) {
    const name = nameAfterNamed(tokens, k);
    if (name) return { from, to: name.to };
    if (!isWord(tokens[k]) || tokens[k].cap) return null;
  }
  return null;
}
