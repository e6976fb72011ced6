// Surnames that are function words (`Al From`, `Ian Read`): the name reader takes a capitalised `From` or `Read`
// for no name, so `said Al From, who...` named `Al` and `"...," From said` no one. A full name read where only a
// name can stand makes the word a surname in that text, and its lone uses there name the person.
import { BETWEEN_SUBJECT_AND_VERB, COURTESY_TITLES, DETERMINERS, NAME_PARTICLES, NOT_NAME_WORDS, PERSONAL_PRONOUNS, ROLE_WORDS } from '../text/newsLexicon';
import type { PreparedText } from '../text/prepareText';
import type { Token } from '../text/sentenceTokens';
import { forgetPhrasesBefore, NAME_TAIL_WORDS } from './speakerPhrases';
import { skipAppositive } from './appositives';
import { withArticleAsAl } from './arabicArticles';
import { isAcronym, isNameWord, isSpeechVerbAt, isVerbLike, isWord } from './tokenClasses';

/** Words that open an appositive after a name (`, who...`, `, a former adviser`). */
const APPOSITIVE_OPENERS = new Set(['who', 'whose', 'a', 'an', 'the']);

/** One capital, then lower case: `From`, `Ana` (not `FROM`, not `U.S.`, not `McFrom`). */
const PLAIN_CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/**
 * Whether the capitalised function word at `j` ends the name begun at `from` as its surname: right after one given
 * name (`Al From`, `CEO Ian Read`), and followed by what only follows a person's name: an appositive (`, who
 * founded...`, `, 49,`, `(D-Pa.)`), a verb of speech (`Ian Read said`), or the sentence's end after a verb of speech
 * (`said Al From.`). Never an auxiliary, a pronoun, a determiner or a time (`said Ana Kral Monday`).
 */
export function endsWithFunctionWordSurname(tokens: readonly Token[], from: number, j: number): boolean {
  const t = tokens[j];
  if (!isWord(t) || !t.cap || !NOT_NAME_WORDS.has(t.lower) || !PLAIN_CAPITALISED.test(t.possessive ? t.text.replace(/['\u2019]s?$/, '') : t.text)) return false;
  // `Harbor Watch said`: a word that ends an organisation's name is no surname.
  // `Theresa May said`, `Mrs May told MPs`: of the auxiliaries, `May` alone is also a common surname; a modal after a
  // given name (`Ana Will`) is not one.
  if (DETERMINERS.has(t.lower) || PERSONAL_PRONOUNS.has(t.lower) || (BETWEEN_SUBJECT_AND_VERB.has(t.lower) && t.lower !== 'may') || ROLE_WORDS.has(t.lower) || NAME_TAIL_WORDS.has(t.lower)) return false;
  const given = tokens[j - 1];
  if (j - 1 < from || !isWord(given) || given.possessive) return false;
  // `Mrs May told MPs`: a courtesy title stands for the given name.
  const courtesy = COURTESY_TITLES.has(given.lower.replace(/\.$/, ''));
  if (!courtesy && (!PLAIN_CAPITALISED.test(given.text) || ROLE_WORDS.has(given.lower))) return false;
  // One given name: what stands before it is no name word, or a title (`CEO Ian Read`, `Sen. Ana From`).
  const before = tokens[j - 2];
  if (!courtesy && isNameWord(before) && !ROLE_WORDS.has(before.lower) && !isAcronym(before)) return false;
  // `Theresa May's deal`: no auxiliary or preposition takes a possessive; after a given name it ends a surname.
  if (t.possessive) return true;
  const next = tokens[j + 1];
  if (next === undefined || (next.text === '.' && j + 2 === tokens.length)) return isWord(before) && !before.cap && isSpeechVerbAt(tokens, j - 2);
  // `, who founded the council.`, `, a former adviser.`: an appositive may run to the sentence's end, with no comma to close it.
  if (next.text === ',' && isWord(tokens[j + 2]) && APPOSITIVE_OPENERS.has(tokens[j + 2].lower)) return true;
  // `Her neighbour, Elizabeth May, said`: the name set off alone before a verb of speech. `Elizabeth May, re-elected in
  // Saanich, said`: an aside in a participle, closed by a comma before a verb of speech.
  if (next.text === ',' && (isSpeechVerbAt(tokens, j + 2) || participleAsideBeforeSpeech(tokens, j + 2))) return true;
  if (next.text === ',' || next.text === '(') return skipAppositive(tokens, j + 1) > j + 1;
  return isSpeechVerbAt(tokens, j + 1);
}

/** The most tokens of a participle's aside (`re-elected in Saanich-Gulf Islands`). */
const PARTICIPLE_ASIDE = 8;

/** `re-elected in Saanich, said`: a lower-case participle at `k` opening an aside whose closing comma a verb of speech follows. */
function participleAsideBeforeSpeech(tokens: readonly Token[], k: number): boolean {
  const first = tokens[k];
  if (!isWord(first) || first.cap || !/(?:ed|en)$/.test(first.lower)) return false;
  for (let c = k + 1; c < tokens.length && c - k <= PARTICIPLE_ASIDE; c++) {
    if (tokens[c].text === ',') return isSpeechVerbAt(tokens, c + 1);
    if (!isWord(tokens[c]) && tokens[c].text !== '-' && tokens[c].text !== '\u2013') return false;
  }
  return false;
}

/**
 * `al-Sudani`, `el-Sisi`: a surname that opens with its lower-case particle. After a given name it is read as part of
 * the name already; alone (`"...," al-Sudani said`) it is a name only where the text named the person in full (a
 * lone `al-Shabab said` is a group's name).
 */
export function isParticleSurname(word: string): boolean {
  const m = /^(\p{Ll}+)-\p{Lu}\p{Ll}/u.exec(word);
  return m !== null && NAME_PARTICLES.has(m[1]);
}

/**
 * The function words (`from` for `Al From`) and particle surnames (`al-sudani`) the names found in a text end with as
 * surnames, and the function-word particles that open one with its next word (`ten hag`), in lower case.
 */
export function functionWordSurnames(names: ReadonlyArray<{ readonly kind: string; readonly words: readonly string[]; readonly roles?: ReadonlyArray<readonly string[]> }>): Set<string> {
  const found = new Set<string>();
  for (const name of names) {
    // `Theresa May's`: the surname without its possessive.
    const last = name.words[name.words.length - 1]?.toLowerCase().replace(/['\u2019]s?$/, '');
    // `Mrs May told MPs`: a courtesy title read before the lone function word stands for the given name
    // (endsWithFunctionWordSurname), so the name is a person's surname here as much as after `Theresa`.
    const courtesy = name.words.length === 1 && (name.roles ?? []).some((role) => role.length === 1 && COURTESY_TITLES.has(role[0].toLowerCase().replace(/\.$/, '')));
    if (name.kind === 'person' && (name.words.length > 1 || courtesy) && last !== undefined && (NOT_NAME_WORDS.has(last) || isParticleSurname(name.words[name.words.length - 1]))) found.add(withArticleAsAl(last));
    // `Erik ten Hag`: a particle that is also a function word opens the surname, so `Ten Hag` opening a sentence is
    // the name, not a number; kept with its next word (`ten hag`).
    if (name.kind !== 'person') continue;
    for (let i = 1; i + 1 < name.words.length; i++) {
      const word = name.words[i];
      if (NAME_PARTICLES.has(word) && NOT_NAME_WORDS.has(word)) found.add(`${word} ${name.words[i + 1].toLowerCase()}`);
    }
  }
  return found;
}

/**
 * Marks in `prepared`'s sentences each capitalised use of a surname in `surnames` as a name word (Token.surname):
 * `From said`, `said From`, `Al From, who...`. Not before another capital (`From Ivo Kral's view`), and, opening a
 * sentence, only before a verb (`From agreed`, never `From there,`). Only a text that names such a person reads
 * its sentences here, so every other text costs one check.
 */
export function markFunctionWordSurnames(prepared: PreparedText, surnames: ReadonlySet<string>): void {
  if (surnames.size === 0) return;
  for (let s = 0; s < prepared.sentences.length; s++) {
    // The cached tokens the attribution rules read, marked in place.
    const tokens = prepared.tokensOf(s);
    const first = tokens.findIndex(isWord);
    const mark = (k: number, t: Token) => {
      forgetPhrasesBefore(tokens);
      tokens[k] = { ...t, surname: true };
    };
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      const after = tokens[k + 1];
      if (isWord(t) && t.cap && !t.surname && isWord(after) && after.cap && surnames.has(`${t.lower} ${after.lower}`)) {
        mark(k, t);
        continue;
      }
      // `el-Sisi said` of Abdel Fattah al-Sisi: the article may be written otherwise alone (arabicArticles.ts).
      if (!isWord(t) || t.surname || !surnames.has(withArticleAsAl(t.lower)) || !(t.cap ? PLAIN_CAPITALISED.test(t.text.replace(/['\u2019]s?$/, '')) : isParticleSurname(t.text))) continue;
      const next = tokens[k + 1];
      if (isWord(next) && next.cap) continue;
      if (k === first && !(isWord(next) && (isVerbLike(next) || isSpeechVerbAt(tokens, k + 1)))) continue;
      mark(k, t);
    }
  }
}
