// `Whoever says "the market forgives" has never sat in this court`, `if anyone claims "…"`, `anyone who says "…" is a
// fool`: words given to no one in particular, a supposed or general sayer, are no one's, even in a sentence whose
// subject is a named speaker (`Kral said whoever claims "…" is lying`). So are the words of a saying no one owns (`the old
// saying "time is money"`): the phrase before them is no speaker (it had been read as `The old`, saying).
import { tokenAt, type Token } from '../text/sentenceTokens';
import { SPEECH_VERBS } from '../text/newsLexicon';
import { isVerbLike, isWord } from './tokenClasses';

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

/** Nouns for a saying that is everyone's. */
const SAYINGS = /^(?:saying|proverb|adage|maxim|aphorism|dictum)$/;
/** Words for a saying's age or fame, after which `saying` is the noun (`an old saying`). */
const SAYING_AGES = /^(?:old|popular|common|famous|familiar|ancient|wise|well-known|time-honoured|time-honored)$/;
/** Owners that make a saying someone's (`her favourite saying`). */
const OWNING = /^(?:his|her|their|my|our|your)$/;

/** Whether the quote at `qi` follows a saying no one owns (`the old saying "…"`, `an adage:`), at most two words after `the` or `a`. */
export function commonSayingBefore(tokens: readonly Token[], qi: number): boolean {
  const k = tokenAt(tokens, qi - 1)?.text === ',' || tokenAt(tokens, qi - 1)?.text === ':' ? qi - 2 : qi - 1;
  if (!isWord(tokenAt(tokens, k)) || !SAYINGS.test(tokens[k].lower)) return false;
  for (let j = k - 1; j >= k - 3 && isWord(tokens[j]); j--) {
    if (tokens[j].possessive || OWNING.test(tokens[j].lower)) return false;
    // `saying` is a noun only after its determiner or a word for a saying's age or fame: `the polls saying "…"`,
    // `a sign saying "…"` have the verb.
    if (tokens[k].lower === 'saying' && j < k && !/^(?:the|a|an)$/.test(tokens[j].lower) && !SAYING_AGES.test(tokens[j].lower)) return false;
    // Not the object of a verb (`repeated an old proverb, "…"`, `used the saying "…"`): there the subject speaks it.
    if (/^(?:the|a|an)$/.test(tokens[j].lower)) return !isWord(tokens[j - 1]) || !(isVerbLike(tokens[j - 1]) || SPEECH_VERBS.has(tokens[j - 1].lower));
  }
  return false;
}
