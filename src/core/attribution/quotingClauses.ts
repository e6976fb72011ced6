// `Quoting Winston Churchill, the chancellor told delegates that "success is not final"`: a sentence opened by a
// clause of quoting hands on someone else's words, so its quotes are that author's, not its subject's.
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { isWord } from './tokenClasses';

/** The most tokens an opening `Quoting ...,` clause holds (`Quoting a report by the harbour council,`). */
const CLAUSE_TOKENS = 12;

/**
 * For a quote after an opening `Quoting X,` clause: `{ author }`, the phrase naming whom it quotes when the clause is
 * only that phrase, else `{ author: null }` (`Quoting a report by the council,`: a text, named or not). Null when the
 * sentence opens otherwise. Only `quoting`: `Citing a poll, Kral said it was "in trouble"` gives evidence, and the
 * words after it are still the subject's.
 */
export function quotingClause(tokens: readonly Token[], firstContent: number, qi: number): { author: Phrase | null } | null {
  const opener = tokens[firstContent];
  if (!isWord(opener) || opener.lower !== 'quoting') return null;
  let comma = firstContent + 1;
  while (comma < qi && comma - firstContent <= CLAUSE_TOKENS && tokens[comma].text !== ',') comma++;
  if (comma >= qi || tokens[comma].text !== ',') return null;
  const phrase = phraseAfter(tokens, firstContent + 1, false);
  return { author: phrase && phrase.to === comma ? phrase : null };
}
