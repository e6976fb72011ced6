// Titles before names inside a speaker's phrase: whether the words end in a title and its name (`the House Rep. Jo
// Wren`), and whether a role word that is also a surname (`Dean`, `Pope`) ends the name rather than titling it.
import { ABBREVIATED_SURNAMES, ORGANISATION_MARKS, ORGANISATION_WORDS, ROLE_WORDS, SURNAME_ROLE_WORDS } from '../text/newsLexicon';
import type { Token } from '../text/sentenceTokens';
import { opensAppositive } from './appositives';
import { sexOfGivenName } from './givenNameSexes';
import { isNameWord, isRoleWord } from './tokenClasses';

/** Whether the words from `from` to `end` end in a title and the name it goes with (`the House Rep. Jo Wren`). */
export function titledName(tokens: readonly Token[], from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    if (!isRoleWord(tokens[i]) || !tokens[i].cap) continue;
    let k = i + 1;
    while (k <= end && isNameWord(tokens[k]) && !isRoleWord(tokens[k])) k++;
    if (k > end && k - i >= 2) return true;
  }
  return false;
}

/**
 * `Rep. Ana Bishop`, `former governor Ana Dean`, `Amy Pope, deputy adviser,`: a role word that is also a surname
 * (Dean, Pope, Bishop), after one or two capitalised words, ends a name rather than being a title, when a title stands
 * before that name, an appositive describes it after or a given name opens it; `U.S. District Judge` or `House Speaker` alone stays a role.
 * Returns where the title ends; `phraseEnd` is where the phrase that holds `body` ends (exclusive).
 */
export function surnameRole(tokens: readonly Token[], phraseEnd: number, body: readonly Token[], lastRole: number): number {
  const surname = body[lastRole];
  if (!surname.cap || surname.possessive || !SURNAME_ROLE_WORDS.has(surname.lower)) return lastRole;
  let r = lastRole - 1;
  while (r >= 0 && /^\p{Lu}\p{Ll}+$/u.test(body[r].text) && !ROLE_WORDS.has(body[r].lower) && !ORGANISATION_MARKS.has(body[r].lower) && !ORGANISATION_WORDS.has(body[r].lower)) r--;
  const given = lastRole - 1 - r;
  if (given < 1 || given > 2) return lastRole;
  if (ABBREVIATED_SURNAMES.has(surname.lower)) return r;
  const titled = r >= 0 && ROLE_WORDS.has(body[r].lower);
  const described = r < 0 && tokens[phraseEnd]?.text === ',' && opensAppositive(tokens, phraseEnd + 1);
  // `Howard Dean said`, `Julie Bishop said`: a given name before it makes the word a surname (`District Judge`,
  // `House Speaker` open with none), as a title before or an appositive after does.
  const named = sexOfGivenName(body[r + 1].lower.normalize('NFD').replace(/\p{M}/gu, '')) !== null;
  return titled || described || named ? r : lastRole;
}
