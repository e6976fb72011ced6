// `The executive committee of the supervisory board said`, `the chief executive of a commercial bank said`: a role
// word in a description is not always a role whose holder the text named. Before another noun it describes that noun
// (`executive committee`, `executive order`): the committee speaks, not the chief executive named before. Before `of`
// and an indefinite article it is the role of someone new (`of a commercial bank`, `of one supplier`), a bank the
// text has not named: not the chief executive of the bank it did name. Both had been given to the named holder.
import { ROLE_WORDS } from '../text/newsLexicon';
import { PERSON_NOUNS } from '../text/personNouns';
import { tokenAt, type Token } from '../text/sentenceTokens';
import { isWord } from './tokenClasses';

/** Words that bring in something not named before (`of a bank`, `of one firm`, `of another club`). */
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some']);
/** Words after a role word that go on with the role (`chief executive of`, `spokesman for`, `director at`). */
const ROLE_LINKS = new Set(['of', 'for', 'at', 'to', 'in', 'on', 'with', 'from']);

/** Words after a role that are still the role's or the holder's (`secretary general`, `president elect`, `himself`). */
const STILL_THE_ROLE = new Set(['general', 'elect', 'designate', 'emeritus', 'emerita', 'himself', 'herself', 'themselves', 'itself', 'too', 'also', 'alone', 'then']);

/**
 * Whether the role word at `last` (a description's last title word, before the phrase's end `to`) names no holder the
 * text may have named: a lower-case noun of the phrase follows it that is no role or person noun (`executive
 * committee`; not `executive director`), or `of` and an indefinite article do (`chief executive of a commercial bank`).
 */
export function roleOfNoNamedHolder(tokens: readonly Token[], last: number, to: number): boolean {
  const next = tokenAt(tokens, last + 1);
  if (!isWord(next) || next.cap || next.possessive) return false;
  // `of a bank` may stand past the phrase read as the speaker (`said the chief executive` | `of a bank`).
  if (next.lower === 'of') return isWord(tokens[last + 2]) && INDEFINITE.has(tokens[last + 2].lower);
  if (last + 1 >= to) return false;
  return /^\p{Ll}{3,}$/u.test(next.text) && !ROLE_LINKS.has(next.lower) && !STILL_THE_ROLE.has(next.lower) && !ROLE_WORDS.has(next.lower) && !PERSON_NOUNS.has(next.lower);
}
