// Subjects that offer the words to one of two people, or to neither: `Neither Ana Kral nor Ivo Peskar said "…"`,
// `Either Kral or Peskar said "…"`, `Kral or Peskar told him "…"`. The phrase reader stops at `nor` and `or` and keeps
// only the last name, which the sentence does not make the speaker: the words are no one's named.
import { tokenAt, type Token } from '../text/sentenceTokens';
import type { Phrase } from './speakerPhrases';
import { isWord, STOP_WORDS } from './tokenClasses';

/** Words of a description read over between `or` and the name (`her younger brother`). */
const DESCRIPTION_WORDS = 3;

/** `phrase`, or null where `nor` or `or` joins it to a word before (one of two, or neither, speaks). */
export function withoutAlternative(tokens: readonly Token[], phrase: Phrase | null): Phrase | null {
  if (!phrase) return phrase;
  // `Ana Kral or her brother Ivo Peskar said`: the name's description may stand between (a title the reader dropped).
  let at = phrase.from - 1;
  for (let n = 0; n < DESCRIPTION_WORDS && isWord(tokenAt(tokens, at)) && !tokens[at].cap && !STOP_WORDS.has(tokens[at].lower); n++) at--;
  const joiner = tokenAt(tokens, at);
  if (!isWord(joiner)) return phrase;
  // `, or Peskar`, `"…," or so Kral said`: only a word right before (`Kral or Peskar`) makes the two one subject.
  if (joiner.lower === 'nor' || (joiner.lower === 'or' && isWord(tokens[at - 1]) && tokens[at - 1].lower !== 'so')) return null;
  return phrase;
}
