// `said Baker Tamm`, `Fisherman Quist said`: an occupation written as a title before a surname. Read as a given name,
// it made the draft's speaker `Baker Tamm` someone other than the sources' `Rufus Tamm`, and a right quote a
// misattribution.
import { NOT_AGENT_NOUNS, PERSON_NOUNS } from '../text/personNouns';
import { sexOfGivenName } from '../attribution/givenNameSexes';

/** An agent noun's ending (`baker`, `sculptor`, `florist`, `librarian`, `fisherman`). */
const AGENT_NOUN = /^\p{Ll}{2,}(?:er|or|ist|ian|man|woman)$/u;

/**
 * Whether a name's first word (lower case) is an occupation rather than a given name: a noun for a person, or a word
 * of an agent noun's shape that no list of given names holds (`Walter`, `Carter`, `Hunter` are names).
 */
export function isOccupationTitle(word: string): boolean {
  if (sexOfGivenName(word) !== null || NOT_AGENT_NOUNS.has(word)) return false;
  return PERSON_NOUNS.has(word) || AGENT_NOUN.test(word);
}
