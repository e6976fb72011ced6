// Words whose shape alone tells the phrase reader (speakerPhrases) whether they belong to a name: a surname opening
// with its lower-case particle, an agent noun capitalised only because it opens the sentence, and an opening
// participle before its object's name.
import { NAME_PARTICLES } from '../text/newsLexicon';
import { NOT_AGENT_NOUNS } from '../text/personNouns';
import type { Token } from '../text/sentenceTokens';
import { isAdverb, isNameWord, isWord } from './tokenClasses';
import { sexOfGivenName } from './givenNameSexes';

/**
 * `al-Kadri`, `el-Baz`: a surname that opens with its lower-case particle, joined by a hyphen to a capital, is a name
 * word after a given name (`Anwar al-Kadri`) though it does not start with a capital.
 */
export function particleSurname(t: Token): boolean {
  const m = /^(\p{Ll}+)-\p{Lu}/u.exec(t.text);
  return m !== null && NAME_PARTICLES.has(m[1]);
}

/** Particles that open a surname written alone (`von der Leyen`, `de Blasio`, `van Rompuy`); not an Arabic article or a patronymic. */
const SURNAME_OPENERS: ReadonlySet<string> = new Set(['de', 'del', 'della', 'van', 'von', 'der', 'den', 'ten', 'ter', 'da', 'di', 'du', 'dos', 'das']);

/**
 * How many lower-case particles open `words` before a capital (`von der Leyen`: 2), else 0. Untitled, the name reader
 * had read no name there, so `von der Leyen said the bloc would act` had no subject and a later `she` went past her.
 */
export function leadingParticles(words: readonly Token[]): number {
  let k = 0;
  while (k < words.length && isWord(words[k]) && !words[k].cap && SURNAME_OPENERS.has(words[k].lower)) k++;
  return k > 0 && k < words.length && words[k].cap && isNameWord(words[k]) ? k : 0;
}

/**
 * `Painter`, `Sculptor`, `Novelist`, `Librarian`: a capitalised agent noun that opens the sentence, before a full
 * name, describes the person; a given name with the same ending (`Peter`, `Victor`, `Brian`) opens a longer name.
 */
export function openingAgentNoun(tokens: readonly Token[], word: Token): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}(?:er|or|ist|ian)$/u.test(word.text) || NOT_AGENT_NOUNS.has(word.lower)) return false;
  const at = tokens.indexOf(word);
  return at >= 0 && tokens.slice(0, at).every((t) => !isWord(t));
}

/** Prepositions that close a participle's object (`Thanking Kral at the gala,`). */
const PARTICIPLE_OBJECT_ENDS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'from', 'with', 'about', 'over', 'for', 'by']);

/**
 * Whether the capitalised word at `i` is a participle (`Praising`, `Citing`) before a one- or two-word name and a
 * comma, or before a name in the possessive (`Quoting Peskar's post,`): a word of `-ing` no given name list holds.
 * Read as a given name before a possessive, it had made a person `Quoting Peskar`, whom every later `Peskar said` meant.
 */
export function openingParticiple(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t.cap || !/^\p{Lu}\p{Ll}{2,}ing$/u.test(t.text) || sexOfGivenName(t.lower) !== null || !isNameWord(tokens[i + 1])) return false;
  // `Quoting Peskar's post,`, `Echoing Ana Kral's words,`: a name in the possessive owns the participle's object.
  if (tokens[i + 1].possessive || (isNameWord(tokens[i + 2]) && tokens[i + 2].possessive)) return true;
  // `Addressing Peskar directly,`, `Thanking Kral at the gala,`: an adverb or a preposition closes the object too.
  const after = tokens[isNameWord(tokens[i + 2]) ? i + 3 : i + 2];
  return after?.text === ',' || (isWord(after) && !after.cap && (isAdverb(after) || PARTICIPLE_OBJECT_ENDS.has(after.lower)));
}
