// Titles before names inside a speaker's phrase: whether the words end in a title and its name (`the House Rep. Jo
// Wren`), and whether a role word that is also a surname (`Dean`, `Pope`) ends the name rather than titling it.
import { ABBREVIATED_SURNAMES, ORGANISATION_MARKS, ORGANISATION_WORDS, ROLE_WORDS, SURNAME_ROLE_WORDS } from '../text/newsLexicon';
import { PERSON_NOUNS, RELATIVE_NOUNS } from '../text/personNouns';
import type { Token } from '../text/sentenceTokens';
import { normalizeWord } from '../text/normalizeText';
import { opensAppositive } from './appositives';
import { sexOfGivenName } from './givenNameSexes';
import { isNameWord, isRoleWord, isWord } from './tokenClasses';

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
  const named = sexOfGivenName(normalizeWord(body[r + 1].text)) !== null;
  return titled || described || named ? r : lastRole;
}

/**
 * Titles that are also given names: `Judge Reinhold`, `Dean Martin`, `Major Lazer`. Not a royal's or a cleric's title:
 * `Prince Alwaleed, the nephew of the late king,` is a prince whom news calls by a relative.
 */
const GIVEN_NAME_TITLES: ReadonlySet<string> = new Set(['judge', 'dean', 'major']);
/** The most words between the appositive's article and its noun (`the veteran character actor`). */
const APPOSITIVE_WORDS = 3;

/**
 * `Judge Reinhold, the actor,`, `Dean Martin, the grandson of the crooner,`: a title that is also a given name, before
 * one capitalised word, is the first word of the name when an appositive right after calls the person by a noun for
 * a person that is no role (an actor, a grandson): a judge would be called a judge, and `the judge said` later means
 * someone else. Without such an appositive the title stays a title (`Judge Haines said`).
 */
export function titleIsGivenName(tokens: readonly Token[], phraseEnd: number, body: readonly Token[]): boolean {
  if (body.length !== 2 || !body[1].cap || !GIVEN_NAME_TITLES.has(body[0].lower) || !/^\p{Lu}\p{Ll}+$/u.test(body[0].text)) return false;
  // `Dean Holloway, a 55-year-old plumber,`: news calls a dean `the dean of ...` far more often than it puts `Dean`
  // before a surname, and the given name is common. Read as a title, the lone surname went to another person the
  // sources know by it (a congressman Holloway); read as a name, a real dean is still the same one person.
  if (body[0].lower === 'dean') return true;
  const article = tokens[phraseEnd + 1];
  if (tokens[phraseEnd]?.text !== ',' || !isWord(article) || !['the', 'a', 'an'].includes(article.lower)) return false;
  for (let k = phraseEnd + 2; k <= phraseEnd + 1 + APPOSITIVE_WORDS; k++) {
    const t = tokens[k];
    if (!isWord(t)) return false;
    if (PERSON_NOUNS.has(t.lower) || RELATIVE_NOUNS.has(t.lower)) return !ROLE_WORDS.has(t.lower);
  }
  return false;
}

/** Lower-case words that join a portfolio's parts (`State for Health and Social Care`). */
const PORTFOLIO_LINKS: ReadonlySet<string> = new Set(['for', 'and']);

/**
 * `Secretary of State for Health Ana Peskar`, `Minister of State for Trade Policy Ivo Kral`: after a title's `of`, a
 * portfolio in capitals joined by `for` or `and`, then a name of two capitalised words. The portfolio's last word must
 * stand between its link and the name, so `Secretary of State for Health Care` names no one `Health Care`.
 */
export function portfolioBeforeName(words: readonly Token[]): boolean {
  const n = words.length;
  if (n < 4 || !words[0].cap || !words.some((t) => PORTFOLIO_LINKS.has(t.lower))) return false;
  if (!isNameWord(words[n - 1]) || !isNameWord(words[n - 2]) || !words[n - 3].cap || PORTFOLIO_LINKS.has(words[n - 3].lower)) return false;
  return words.slice(0, n - 2).every((t) => isWord(t) && (t.cap || PORTFOLIO_LINKS.has(t.lower)));
}

/** A capitalised compound whose last part is a participle or an origin (`Oscar-winning`, `Kremlin-backed`, `London-born`). */
const COMPOUND_MODIFIER = /^\p{Lu}[\p{L}-]*-(?:\p{Ll}+(?:ing|ed|en)|born|based|led|turned-\p{Ll}+)$/u;

/**
 * Whether `word` is such a compound: opening a name phrase, capitalised because it opens the sentence or a place's
 * name does (`Banker-turned-politician Ana Kral`, `Texas-based Matt Lind`), it describes the person and is no part of
 * the name. A given name with a
 * lower-case part after its hyphen (`Jae-in Moon`, `Ki-moon`) is none.
 */
export function isCompoundModifier(word: string): boolean {
  return COMPOUND_MODIFIER.test(word);
}
