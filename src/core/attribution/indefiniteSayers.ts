// `Whoever says "the market forgives" has never sat in this court`, `if anyone claims "…"`, `anyone who says "…" is a
// fool`: words given to no one in particular, a supposed or general sayer, are no one's, even in a sentence whose
// subject is a named speaker (`Kral said whoever claims "…" is lying`).
import type { Token } from '../text/sentenceTokens';
import { SPEECH_VERBS } from '../text/newsLexicon';
import { isWord } from './tokenClasses';

/** Pronouns that name no one in particular. */
const INDEFINITE = /^(?:whoever|whomever|anyone|anybody|someone|somebody|everyone|everybody|nobody)$/;
/** Adverbs that may stand between the sayer and the verb (`anyone ever says`). */
const BETWEEN = /^(?:ever|still|now|really|seriously|so|much|once|again|who|that|should|would|could|might|may|will|can|does|did|do)$/;
/** The most words between the verb of saying and the quote (`whoever wrote the word "…"`). */
const OBJECT_WORDS = 3;

/** A verb of saying, read loosely: after `whoever` a `claims` is no noun. */
function saying(t: Token): boolean {
  return isWord(t) && !t.cap && SPEECH_VERBS.has(t.lower);
}

/** Whether the nearest verb of saying before the quote at `qi` has for its subject a pronoun that names no one. */
export function indefiniteSayerBefore(tokens: readonly Token[], qi: number): boolean {
  let k = qi - 1;
  while (k >= 0 && k >= qi - 1 - OBJECT_WORDS && !saying(tokens[k])) {
    if (tokens[k].kind === 'quote' || tokens[k].text === '.' || tokens[k].text === ';') return false;
    k--;
  }
  if (k < 0 || k < qi - 1 - OBJECT_WORDS) return false;
  let j = k - 1;
  while (j >= k - 3 && isWord(tokens[j]) && BETWEEN.test(tokens[j].lower)) j--;
  // `no one said "…"`: two words.
  return isWord(tokens[j]) && (INDEFINITE.test(tokens[j].lower) || (tokens[j].lower === 'one' && tokens[j - 1]?.lower === 'no'));
}
