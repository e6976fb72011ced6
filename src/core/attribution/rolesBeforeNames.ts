// `Ortiz's spokesman, Ivo Kral, said`, `The AG, Mira Solberg,`: a role (or a noun for a relative) set off before a
// full name, learnt as that name's role (or sex) by the name finder (findNames.ts).
import { COURTESY_TITLES, DETERMINERS, ROLE_HEADS, ROLE_WORDS } from '../text/newsLexicon';
import { genderOfNoun, RELATIVE_NOUNS } from '../text/personNouns';
import type { Token } from '../text/sentenceTokens';
import { lonePersonAfterRelative, objectRoleAppositive } from './appositiveNames';
import { endOfPatronymic } from './particleNames';
import { initialsOffice } from './officeForms';
import { isNameWord, isPatronymicAt, isVerbLike, isWord, STOP_WORDS } from './tokenClasses';
import { sexOfGivenName } from './givenNameSexes';
import type { NameMention } from './nameMentions';
import { OWNER_PRONOUNS } from './describedConjuncts';
import { familyRankBefore } from './familyRanks';

/** What closes a name set off after its role: a comma, or a dash that opens an aside. */
const SET_OFF_ENDS: ReadonlySet<string> = new Set([',', '—', '–', '--']);

/**
 * `Ortiz's spokesman, Ivo Kral, said`, `the mayor's deputy, Ana Lopes, said`: a role, then the name between
 * commas. The role is learnt for the name (`ortiz spokesman`), so that the role alone finds them later; a noun
 * of one sex (`his wife, Ana Kral,`) gives the name's.
 */
export function rolesBeforeNames(tokens: readonly Token[]): NameMention[] {
  const found: NameMention[] = [];
  for (let i = 1; i + 3 < tokens.length; i++) {
    const head = tokens[i];
    const gender = isWord(head) && !head.cap ? genderOfNoun(head.lower) : null;
    // `his daughter Máire Ní Bhriain said`: a relative's noun right before the name, no commas, gives its sex too.
    if (gender && OWNER_PRONOUNS.has(tokens[i - 1].lower) && isNameWord(tokens[i + 1]) && isNameWord(tokens[i + 2]) && !ROLE_WORDS.has(tokens[i + 1].lower)) {
      const name: Token[] = [];
      for (let k = i + 1; k < tokens.length && name.length < 4 && isNameWord(tokens[k]) && !tokens[k].possessive; k++) name.push(tokens[k]);
      found.push({ kind: 'person', words: name.map((t) => t.text), roles: [], gender, genderWeight: 3 });
      continue;
    }
    // `The eldest, Nadia, remembers`: a given name alone after a rank among a family's children is a person's, of no
    // sex the rank can tell (familyRanks.ts); unread, the name was no one and its `she says` went to an earlier woman.
    if (!gender && tokens[i + 1].text === ',' && familyRankBefore(tokens, i + 1) && isNameWord(tokens[i + 2]) && !ROLE_WORDS.has(tokens[i + 2].lower) && tokens[i + 3]?.text === ',') {
      found.push({ kind: 'person', words: [tokens[i + 2].text], roles: [], gender: null });
      continue;
    }
    // `The AG, Mira Solberg,`: an office by its initials is a role's head as its words are (officeForms.ts).
    if (!isWord(head) || (head.cap && !initialsOffice(head.lower)) || !(ROLE_HEADS.has(head.lower) || gender || head.cap)) continue;
    const comma = tokens[i + 1].text === ',' ? i + 1 : bodyEnd(tokens, i);
    if (comma < 0) continue;
    let k = comma + 1;
    // `The museum's director, Professor Ana Kral,`, `his lawyer, Mr. Ivo Kral,`: titles before the name are no part of it.
    while (k < comma + 4 && isWord(tokens[k]) && tokens[k].cap && (ROLE_WORDS.has(tokens[k].lower) || COURTESY_TITLES.has(tokens[k].lower))) k++;
    // `Her husband, the chemist Ivo Kral,`: a relative described before the name is still that name's sex.
    if (gender && RELATIVE_NOUNS.has(head.lower) && k === comma + 1) k = pastDescription(tokens, k);
    const name: Token[] = [];
    while (k < tokens.length && name.length < 4 && isNameWord(tokens[k]) && !ROLE_WORDS.has(tokens[k].lower)) name.push(tokens[k++]);
    // `His wife, Sian, does the accounts`: a given name alone after a relative is a person of the relative's sex.
    if (gender && name.length === 1 && lonePersonAfterRelative(tokens, i + 1)) found.push({ kind: 'person', words: [name[0].text], roles: [], gender, genderWeight: 3 });
    const objectRole = comma === i + 1 && ROLE_HEADS.has(head.lower) && objectRoleAppositive(tokens, i, endOfPatronymic(tokens, k)); // `met the mayor, Leon Achterberg.`
    // `His lawyer, Daniel Park — no relation to the chief executive — argued`: a dash may close the name as a comma does.
    if (name.length === 0 || (name.length < 2 && !isPatronymicAt(tokens, k)) || (!SET_OFF_ENDS.has(tokens[endOfPatronymic(tokens, k)]?.text ?? '') && !objectRole)) continue; // `Qatar's emir, Sheikh Tamim bin Hamad Al Thani,`
    // `his wife, Ana Kral, wrote`: the noun gives the name's sex, which tells her from `he`. British outlets call women
    // spokesmen and chairmen (`The health spokesman, Nerys Morgan,`): an office in -man gives none but to a man's name.
    const womanInOffice = gender === 'male' && ROLE_HEADS.has(head.lower) && sexOfGivenName(name[0].lower) !== 'male';
    if (gender && !womanInOffice) {
      found.push({ kind: 'person', words: name.map((t) => t.text), roles: [], gender, genderWeight: 3 });
      if (!ROLE_HEADS.has(head.lower)) continue;
    }
    let from = i;
    let owned = false;
    // `Ortiz's spokesman`, `the mayor's deputy`, `Trump's campaign manager`: back to the owner, over a word or two of the role.
    while (from > 0 && i - from < 4 && isWord(tokens[from - 1]) && !DETERMINERS.has(tokens[from - 1].lower) && !isVerbLike(tokens[from - 1])) {
      const t = tokens[from - 1];
      if (!(t.cap || t.possessive || ROLE_WORDS.has(t.lower) || (!owned && i - from < 2))) break;
      from--;
      if (t.cap || t.possessive) owned = true;
    }
    // `her lawyer, Ivo Kral,`: the role alone, where the text gives no one else a role of that word (soleRolesOnly).
    // `his health minister, Osman Durmus,`: so with a word of the office's field before it, but not one of another rank
    // (`his former lawyer` is not whom `the lawyer` means).
    if (!owned && OWNER_PRONOUNS.has(tokens[from - 1]?.lower ?? '') && ROLE_HEADS.has(head.lower) && tokens.slice(from, i).every((t) => !t.cap && !OTHER_RANKS.has(t.lower))) found.push({ kind: 'person', words: name.map((t) => t.text), roles: [[head.text]], gender: null, pronounOwned: true });
    // `The returning officer, Ana Kral, declared`: a role after `the` opening the sentence or a clause (or an object's: objectRole) sets off its holder as an owner's does (never `a letter to the editor, Ana Kral, wrote`).
    const opening = tokens[from - 1]?.lower === 'the' && (from === 1 || tokens[from - 2].kind === 'punct');
    if (comma > i + 1 && (from !== i || !opening)) continue; // a body's role only where `The headteacher of X,` opens
    if (!owned && !opening && !objectRole) continue;
    found.push({ kind: 'person', words: name.map((t) => t.text), roles: [tokens.slice(from, comma).map((t) => t.text)], gender: null });
  }
  return found;
}

/** Words that make a role another office than its head's (`his former lawyer`, `her deputy minister`). */
const OTHER_RANKS: ReadonlySet<string> = new Set(['former', 'ex', 'deputy', 'vice', 'assistant', 'associate', 'junior', 'under', 'acting', 'interim', 'new', 'late']);

/** Prepositions of the body a role is of or at (`The headteacher of Brookfield Academy`). */
const BODY_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'at']);

/**
 * `The headteacher of Brookfield Academy, Martin Lowe,`, `The head of the Kelport port authority, Lena Varga,`: the
 * comma after a body in capitals (and up to two lower-case words of its kind) that the role at `head` is of; else -1.
 */
function bodyEnd(tokens: readonly Token[], head: number): number {
  if (!isWord(tokens[head]) || tokens[head].cap || !ROLE_HEADS.has(tokens[head].lower) || !BODY_PREPOSITIONS.has(tokens[head + 1]?.lower ?? '')) return -1;
  let k = head + 2 + (tokens[head + 2]?.lower === 'the' ? 1 : 0);
  const first = k;
  while (k - first < 4 && isWord(tokens[k]) && tokens[k].cap && !tokens[k].possessive) k++;
  if (k === first) return -1;
  const capitals = k;
  while (k - capitals < 2 && isWord(tokens[k]) && !tokens[k].cap && !isVerbLike(tokens[k]) && !STOP_WORDS.has(tokens[k].lower)) k++;
  return tokens[k]?.text === ',' ? k : -1;
}

/** Past `the chemist`, `the retired surgeon` (an article and one or two lower-case words) before a name at `k`; else `k`. */
function pastDescription(tokens: readonly Token[], k: number): number {
  const article = tokens[k];
  if (!isWord(article) || !/^(?:the|an?)$/i.test(article.text)) return k;
  let n = k + 1;
  while (n < k + 3 && isWord(tokens[n]) && !tokens[n].cap) n++;
  return n > k + 1 && isNameWord(tokens[n]) ? n : k;
}
