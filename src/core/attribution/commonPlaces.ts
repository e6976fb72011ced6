// A place in common nouns after the subject of a verb of speech (`a council aide in the room wondered`) is where the
// subject is, never who speaks: the phrase reader reads the subject before it (speakerPhrases).
import { DETERMINERS, NOT_NAME_WORDS } from '../text/newsLexicon';
import { tokenAt, type Token } from '../text/sentenceTokens';
import { isVerbLike, isWord } from './tokenClasses';

/**
 * `a council aide in the room`, `a guard at the front desk`: a place in common nouns after `in` or `at` (tokens `from`
 * to `to`, inclusive), itself after a noun in lower case, says where the noun's person or thing is; it never speaks
 * (`the room` had been a speaker). A named place (`in Dover`, `at the Pentagon`) is read by its capitals, and a name
 * before the preposition (`the National Championship in a title game`) may be no subject at all, nor an
 * indefinite (`someone in the audience`: who, a later rule could not tell).
 */
export function commonPlaceAfterNoun(tokens: readonly Token[], from: number, to: number): boolean {
  const preposition = tokenAt(tokens, from - 1);
  const noun = tokenAt(tokens, from - 2);
  if (!isWord(preposition) || (preposition.lower !== 'in' && preposition.lower !== 'at')) return false;
  if (!isWord(noun) || noun.cap || isVerbLike(noun) || NOT_NAME_WORDS.has(noun.lower) || !DETERMINERS.has(tokens[from].lower) || tokens[from].possessive) return false;
  // `a banker at a European investment house`, `a guard at the Redfield plant`: capitals before the place's noun say
  // which one it is; the noun in lower case still makes it a place, not a body (`at the Pentagon`) that speaks.
  for (let k = from + 1; k <= to; k++) if (!isWord(tokens[k]) || tokens[k].possessive) return false;
  return to > from && !tokens[to].cap;
}
