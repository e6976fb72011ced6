// `Ortiz's spokesman, Ivo Kral, said`, `The AG, Mira Solberg,`: a role (or a noun for a relative) set off before a
// full name, learnt as that name's role (or sex) by the name finder (findNames.ts).
import { COURTESY_TITLES, DETERMINERS, genderOfNoun, ROLE_HEADS, ROLE_WORDS } from '../text/newsLexicon';
import type { Token } from '../text/sentenceTokens';
import { lonePersonAfterRelative, objectRoleAppositive } from './appositiveNames';
import { endOfPatronymic } from './particleNames';
import { initialsOffice } from './officeForms';
import { isNameWord, isPatronymicAt, isVerbLike, isWord } from './tokenClasses';
import { sexOfGivenName } from './givenNameSexes';
import type { NameMention } from './nameMentions';

/** The possessives that own a relative (`his daughter`, `their son`). */
const OWNER_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their']);

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
    // `The AG, Mira Solberg,`: an office by its initials is a role's head as its words are (officeForms.ts).
    if (!isWord(head) || (head.cap && !initialsOffice(head.lower)) || !(ROLE_HEADS.has(head.lower) || gender || head.cap) || tokens[i + 1].text !== ',') continue;
    let k = i + 2;
    // `The museum's director, Professor Ana Kral,`, `his lawyer, Mr. Ivo Kral,`: titles before the name are no part of it.
    while (k < i + 5 && isWord(tokens[k]) && tokens[k].cap && (ROLE_WORDS.has(tokens[k].lower) || COURTESY_TITLES.has(tokens[k].lower))) k++;
    const name: Token[] = [];
    while (k < tokens.length && name.length < 4 && isNameWord(tokens[k]) && !ROLE_WORDS.has(tokens[k].lower)) name.push(tokens[k++]);
    // `His wife, Sian, does the accounts`: a given name alone after a relative is a person of the relative's sex.
    if (gender && name.length === 1 && lonePersonAfterRelative(tokens, i + 1)) found.push({ kind: 'person', words: [name[0].text], roles: [], gender, genderWeight: 3 });
    const objectRole = ROLE_HEADS.has(head.lower) && objectRoleAppositive(tokens, i, endOfPatronymic(tokens, k)); // `met the mayor, Leon Achterberg.`
    if (name.length === 0 || (name.length < 2 && !isPatronymicAt(tokens, k)) || (tokens[endOfPatronymic(tokens, k)]?.text !== ',' && !objectRole)) continue; // `Qatar's emir, Sheikh Tamim bin Hamad Al Thani,`
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
    if (!owned && from === i && OWNER_PRONOUNS.has(tokens[i - 1].lower) && ROLE_HEADS.has(head.lower)) found.push({ kind: 'person', words: name.map((t) => t.text), roles: [[head.text]], gender: null, pronounOwned: true });
    // `The returning officer, Ana Kral, declared`: a role after `the` opening the sentence or a clause (or an object's: objectRole) sets off its holder as an owner's does (never `a letter to the editor, Ana Kral, wrote`).
    const opening = tokens[from - 1]?.lower === 'the' && (from === 1 || tokens[from - 2].kind === 'punct');
    if (!owned && !opening && !objectRole) continue;
    found.push({ kind: 'person', words: name.map((t) => t.text), roles: [tokens.slice(from, i + 1).map((t) => t.text)], gender: null });
  }
  return found;
}
