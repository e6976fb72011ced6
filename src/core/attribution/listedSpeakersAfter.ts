// `"…," said Mara Lind, 29, and her partner Tom Vey, 31.`: after the verb, a name set off by an appositive may be the
// first of two people joined by `, and`; both speak, as they do when the same list stands before the verb
// (speakerPhrases' phraseBefore reads such a list, and the resolver splits it into its people).
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, phraseBefore, type Phrase } from './speakerPhrases';
import { isVerbLike, isWord, STOP_WORDS } from './tokenClasses';
import { OWNER_PRONOUNS } from './describedConjuncts';

/**
 * The phrase from `phrase` (read after a speech verb) through a second name joined to it by `, and` past the first
 * one's appositive, where nothing but an appositive follows the second to the sentence's end; else `phrase` as given.
 * A verb, a quote or any other clause on the way keeps the phrase as it was (`said Ana Kral, 40, and Ivo Peskar agreed`).
 */
export function listedSpeakersAfter(tokens: readonly Token[], phrase: Phrase): Phrase {
  if (tokens[phrase.to]?.text !== ',') return phrase;
  let end = phrase.to;
  let and = -1;
  for (; end < tokens.length && (isWord(tokens[end]) || tokens[end].text === ','); end++) {
    if (isWord(tokens[end]) && isVerbLike(tokens[end])) return phrase;
    if (and < 0 && tokens[end].lower === 'and' && tokens[end - 1].text === ',') and = end;
  }
  if (and < 0 || (end < tokens.length && tokens[end].text !== '.')) return phrase;
  const first = phraseBefore(tokens, and, phrase.from);
  if (!first || first.from !== phrase.from || first.to !== phrase.to) return phrase;
  // `and her partner Tom Vey`: up to three lower-case words that say who the second is to the first.
  let start = and + 1;
  while (start < and + 4 && isWord(tokens[start]) && !tokens[start].cap && (OWNER_PRONOUNS.has(tokens[start].lower) || !STOP_WORDS.has(tokens[start].lower))) start++;
  const second = isWord(tokens[start]) && tokens[start].cap ? phraseAfter(tokens, start, false) : null;
  // Nothing after the second but its own appositive (`, 31`, `, a teacher`) to the sentence's end.
  if (!second || !(second.to === end || tokens[second.to].text === ',')) return phrase;
  return { from: phrase.from, to: second.to };
}
