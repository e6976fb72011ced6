// People whose surname is a word that ends the name of a place or a body (`Jenna Park`, `Mark Hall`, `Tom Church`,
// `Ana House`): read as an organisation, their quotes were never checked against a draft's speaker. A known given
// name before the word, a speech verb after the name (or before it) and something that tells a person (a title, an
// appositive for a person, `he` or `she` after it) make a person; the same two words that the text writes as a place
// (`at Grace Church`, `the Victoria Park`) stay a place, as do places in narration (`Carnegie Hall`, `Central Park`),
// which never reach this test, and a body that speaks (`"...," Grace Church said`).
import { DETERMINERS, ORGANISATION_WORDS, PERSONAL_PRONOUNS, ROLE_WORDS } from '../text/newsLexicon';
import { PERSON_NOUNS } from '../text/personNouns';
import type { Token } from '../text/sentenceTokens';
import { normalizeWord } from '../text/normalizeText';
import { isNamedLikeABody } from './groupNames';
import { isSpeechVerbAt, isWord } from './tokenClasses';

/** `the`, `at`, `in` before the two words: the text calls them a place or a body. */
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:[Tt]he|at|in|into|inside|outside|near|from|to|of|by|across|around|through|toward|towards)\s+(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)/gu;

/** The two-word names, ending in such a surname, that a text writes after a determiner or a preposition of place. */
function namesWrittenAsPlaces(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(PLACE_BEFORE)) {
    const words = m[1].split(/\s+/);
    if (isNamedLikeABody(words[0].toLowerCase(), words[1].toLowerCase())) out.add(words.join(' '));
  }
  return out;
}

/** The last text read and its names written as places: read once a text, as its names are found one sentence after another. */
let lastText: string | null = null;
let lastPlaces: Set<string> = new Set();

/**
 * The phrase read as a person named like a body who speaks (`Councillor Jenna Park said`, with `namedLikeABody`), or
 * the phrase as it was. `text` is the whole text the sentence's tokens are of.
 */
export function asPersonNamedLikeABody<P extends { readonly title: readonly Token[]; readonly name: readonly Token[]; readonly isOrganisation: boolean }>(
  tokens: readonly Token[], start: number, end: number, phrase: P, text: string,
): P & { namedLikeABody?: true } {
  if (phrase.name.length < 2 || !(phrase.isOrganisation || ORGANISATION_WORDS.has(phrase.name[phrase.name.length - 1].lower))) return phrase;
  if (lastText !== text) [lastText, lastPlaces] = [text, namesWrittenAsPlaces(text)];
  const person = personNamedLikeABody(tokens, start, end, phrase.name, phrase.title.length > 0, lastPlaces);
  return person ? { ...phrase, title: [...phrase.title, ...person.title], name: person.name, isOrganisation: false, namedLikeABody: true } : phrase;
}

/**
 * The person named like a body who speaks, split from the titles before the name (`Councillor` of `Councillor Jenna
 * Park said`), or null: `Jenna Park said`, `said Jenna Park`, `Ana House, a parent, said`. `name` is the name read
 * for the phrase `[start, end)`; `places` are the text's names written as places.
 */
function personNamedLikeABody(tokens: readonly Token[], start: number, end: number, name: readonly Token[], titled: boolean, places: ReadonlySet<string>): { name: Token[]; title: Token[] } | null {
  if (name.length < 2) return null;
  const person = name.slice(-2);
  const title = name.slice(0, -2);
  if (!title.every((t) => ROLE_WORDS.has(t.lower)) || !person.every((t) => isWord(t) && t.cap && !t.possessive)) return null;
  const given = normalizeWord(person[0].text);
  if (!isNamedLikeABody(given, person[1].lower) || places.has(`${person[0].text} ${person[1].text}`)) return null;
  if (start > 0 && isWord(tokens[start - 1]) && DETERMINERS.has(tokens[start - 1].lower)) return null;
  return speaksAt(tokens, start, end) && (titled || title.length > 0 || toldAPerson(tokens, end)) ? { name: person, title } : null;
}

/**
 * Whether the words after the name tell a person, as a body's name alone does not (`Grace Church said`): an
 * appositive for a person (`, a parent,`, `, who runs the bakery`) or `he`/`she` soon after in the sentence.
 */
function toldAPerson(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text === ',') {
    if (tokens[end + 1]?.lower === 'who') return true;
    for (let k = end + 1; k < tokens.length && k <= end + 5 && tokens[k].text !== ','; k++) {
      const t = tokens[k];
      if (isWord(t) && !t.cap && (ROLE_WORDS.has(t.lower) || PERSON_NOUNS.has(t.lower))) return true;
    }
  }
  for (let k = end; k < tokens.length && k <= end + 12; k++) {
    const sex = PERSONAL_PRONOUNS.get(tokens[k].lower);
    if (isWord(tokens[k]) && (sex === 'male' || sex === 'female')) return true;
  }
  return false;
}

/**
 * The most tokens of an appositive between the name and its speech verb: `Helen Park, a water scientist at Marlow
 * College who tested the samples for the village, said` (eight had left her a body, and her quotes unchecked).
 */
const APPOSITIVE_TOKENS = 20;

/** Whether the name `[start, end)` speaks: a speech verb after it (or after an appositive set off by commas), or before it. */
function speaksAt(tokens: readonly Token[], start: number, end: number): boolean {
  if (isSpeechVerbAt(tokens, end) || (start > 0 && isSpeechVerbAt(tokens, start - 1))) return true;
  if (tokens[end]?.text !== ',') return false;
  for (let k = end + 1; k < tokens.length && k <= end + APPOSITIVE_TOKENS && tokens[k].kind !== 'quote'; k++) if (tokens[k].text === ',') return isSpeechVerbAt(tokens, k + 1);
  return false;
}
