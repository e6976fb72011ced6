// Words whose shape alone tells the phrase reader (speakerPhrases) whether they belong to a name: a surname opening
// with its lower-case particle, and an agent noun capitalised only because it opens the sentence.
import { NAME_PARTICLES, NOT_AGENT_NOUNS } from '../text/newsLexicon';
import type { Token } from '../text/sentenceTokens';
import { isWord } from './tokenClasses';

/**
 * `al-Kadri`, `el-Baz`: a surname that opens with its lower-case particle, joined by a hyphen to a capital, is a name
 * word after a given name (`Anwar al-Kadri`) though it does not start with a capital.
 */
export function particleSurname(t: Token): boolean {
  const m = /^(\p{Ll}+)-\p{Lu}/u.exec(t.text);
  return m !== null && NAME_PARTICLES.has(m[1]);
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
