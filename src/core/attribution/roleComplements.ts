// `said master of ceremonies Ana Kral`, `said head of the port authority Ana Kral`: a role's lower-case complement
// after `of`, which the phrase reader reads on through to the name it comes before.
import { DETERMINERS } from '../text/newsLexicon';
import type { Token } from '../text/sentenceTokens';
import { isNameWord, isVerbLike, isWord, STOP_WORDS } from './tokenClasses';

/** Lower-case words of a role's complement after `of` (`ceremonies`, `the port authority`); a name must follow them. */
const COMPLEMENT_WORDS = 3;

/**
 * The name word that follows one to three lower-case words from `from` (`the` among them, never only it, nor a
 * verb or a word that ends a phrase), or -1.
 */
export function nameAfterComplement(tokens: readonly Token[], from: number): number {
  let content = false;
  for (let k = from; k < tokens.length && k < from + COMPLEMENT_WORDS + 1; k++) {
    const t = tokens[k];
    if (!isWord(t)) return -1;
    if (t.cap) return content && isNameWord(t) ? k : -1;
    if (t.lower === 'the') continue;
    if (STOP_WORDS.has(t.lower) || DETERMINERS.has(t.lower) || isVerbLike(t)) return -1;
    content = true;
  }
  return -1;
}
