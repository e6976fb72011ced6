// `said master of ceremonies Ana Kral`, `said head of the port authority Ana Kral`: a role's lower-case complement
// after `of`, which the phrase reader reads on through to the name it comes before; and a title's place after `in`
// before the holder's name (`Leader of the Opposition in Lok Sabha Rahul Gandhi`).
import { DETERMINERS } from '../text/newsLexicon';
import type { Token } from '../text/sentenceTokens';
import { isNameWord, isRoleWord, isVerbLike, isWord, STOP_WORDS } from './tokenClasses';
import { sexOfGivenName } from './givenNameSexes';

/** Lower-case words of a role's complement after `of` (`ceremonies`, `the port authority`); a name must follow them. */
const COMPLEMENT_WORDS = 3;

/**
 * The name word that follows one to three lower-case words from `from` (`the` among them, never only it, nor a
 * verb, a word that ends a phrase or, last, a role), or -1.
 */
export function nameAfterComplement(tokens: readonly Token[], from: number): number {
  let content = false;
  for (let k = from; k < tokens.length && k < from + COMPLEMENT_WORDS + 1; k++) {
    const t = tokens[k];
    if (!isWord(t)) return -1;
    // A complement ending in a role (`Lawyer of former mayor Ana Ruiz`) makes the name that role's holder, someone
    // other than the title's.
    if (t.cap) return content && isNameWord(t) && !isRoleWord(tokens[k - 1]) ? k : -1;
    if (t.lower === 'the') continue;
    if (STOP_WORDS.has(t.lower) || DETERMINERS.has(t.lower) || isVerbLike(t)) return -1;
    content = true;
  }
  return -1;
}

/**
 * `Leader of the Opposition in Lok Sabha Rahul Gandhi`, `Head of Mission in the Senate Ana Kral`: where a title's `in`
 * at `inAt` goes on to the chamber or place it is held in and then the holder's full name, the index just past that
 * name; else -1. The name is the last two capitals, the first of them a given name the lexicon knows, with at least
 * one capital of the place before them and no role word among them: `Head of Mission in South East Asia` names no one.
 */
export function nameAfterTitlePlace(tokens: readonly Token[], inAt: number): number {
  if (!isWord(tokens[inAt]) || tokens[inAt].lower !== 'in') return -1;
  let k = inAt + 1;
  if (isWord(tokens[k]) && tokens[k].lower === 'the') k++;
  const first = k;
  // A role word among the place's capitals (`in the Prime Minister's Office`) would end the title there instead.
  while (k < tokens.length && isWord(tokens[k]) && tokens[k].cap && !tokens[k].possessive && isNameWord(tokens[k]) && !isRoleWord(tokens[k])) k++;
  if (k - first < 3) return -1;
  return sexOfGivenName(tokens[k - 2].lower) !== null ? k : -1;
}
