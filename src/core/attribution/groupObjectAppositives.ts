// `Lawyers for the developer, Harlan Voss, told the court "…"`, `Relatives of the victim, Ana Kral, said`: a group of
// people, the object of its `for` or `of`, then one name set off by commas. Many people are not one name, so the name
// is an appositive of the object (the developer is Voss), and the group, not Voss, speaks: the verb's subject is the
// description before the commas. With one person before `for` (`A lawyer for the developer, Harlan Voss, said`) the
// name is that person's, as news writes it, and nothing changes.
import { DETERMINERS, ROLE_WORDS } from '../text/newsLexicon';
import { PERSON_NOUNS } from '../text/personNouns';
import type { Token } from '../text/sentenceTokens';
import { isWord } from './tokenClasses';

/** Prepositions whose object a group of people is for or of (`lawyers for`, `relatives of`). */
const GROUP_LINKS: ReadonlySet<string> = new Set(['for', 'of', 'representing']);
/**
 * Plurals of people the lexicon's nouns do not give (`relatives`, `parents`), a body's people (`staff`), and people
 * together (`family`, `crowd`; phraseKinds.ts reads the same, but imports the phrase reader that imports this file).
 */
const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'relatives', 'parents', 'children', 'friends', 'colleagues', 'neighbours', 'neighbors', 'members', 'people', 'staff',
  'representatives', 'allies', 'backers', 'family', 'families', 'crowd', 'crowds', 'audience', 'jury', 'couple',
]);

/** A word for many people (`Lawyers`, `relatives`: the plural of a role or a noun for a person) or people together (`family`). */
export function isGroupOfPeople(word: string): boolean {
  if (GROUP_NOUNS.has(word)) return true;
  if (!word.endsWith('s')) return false;
  const singulars = [word.slice(0, -1), word.endsWith('es') ? word.slice(0, -2) : '', word.endsWith('ies') ? `${word.slice(0, -3)}y` : ''];
  return singulars.some((singular) => singular !== '' && (ROLE_WORDS.has(singular) || PERSON_NOUNS.has(singular)));
}

/** The most words of the object between the link and the comma (`the embattled developer`). */
const OBJECT_WORDS = 4;

/**
 * Whether the comma at `open` sets off a name after a group's object: `<group> for|of <determiner> <words>,`, the
 * group a plural of people (`Lawyers`, `supporters`) or people together (`The family`), the object a description in
 * lower case opened by a determiner (`the developer`, `her late husband`), the name between `open` and
 * `close` one person (no `and`).
 */
export function namesGroupObject(tokens: readonly Token[], open: number, close: number): boolean {
  if (tokens.slice(open + 1, close).some((t) => t.lower === 'and' || t.lower === '&')) return false;
  let k = open - 1;
  const end = k;
  while (k > end - OBJECT_WORDS && isWord(tokens[k]) && !tokens[k].cap && !GROUP_LINKS.has(tokens[k].lower) && !DETERMINERS.has(tokens[k].lower)) k--;
  // The object opens with a determiner or an owner (`the`, `its`, `her`): a name in capitals is no appositive's object here.
  const opener = tokens[k];
  if (k === end || !isWord(opener) || !DETERMINERS.has(opener.lower)) return false;
  const link = tokens[k - 1];
  if (!isWord(link) || !GROUP_LINKS.has(link.lower)) return false;
  const group = tokens[k - 2];
  return isWord(group) && !group.possessive && isGroupOfPeople(group.lower);
}
