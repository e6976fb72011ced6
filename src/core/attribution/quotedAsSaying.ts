// Wire copy credits words through whoever relays them: `"...," Kral was quoted as saying`, `"...," Kral was cited as
// saying by RIA`, `"...," RIA quoted Ivo Kral as saying`, `"...," her office quoted her as saying`. The one quoted
// speaks, never the agency or office that quotes.
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { isGerund, isSpeechVerbAt, isWord } from './tokenClasses';

const QUOTING_VERBS = /^(?:quoted|cited)$/;

/** Whether the tokens at `k` are a gerund of speech (`saying`, `telling`). */
function speechGerund(tokens: readonly Token[], k: number): boolean {
  return isWord(tokens[k]) && isGerund(tokens[k]) && isSpeechVerbAt(tokens, k);
}

/** `was quoted as saying` / `is cited as saying` at `k`: the token after it, or `k` where the words are not there. */
export function afterPassiveQuoting(tokens: readonly Token[], k: number): number {
  const passive = /^(?:is|was)$/.test(tokens[k]?.lower ?? '') && QUOTING_VERBS.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'as' && speechGerund(tokens, k + 3);
  return passive ? k + 3 : k;
}

/**
 * `quoted Ivo Kral as saying`, `cited her as saying` at `k`: whom the verb quotes (a phrase, or the object pronoun
 * `him`/`her` with the sex it asks for), or null.
 */
export function quotedObject(tokens: readonly Token[], k: number): { readonly phrase: Phrase; readonly pronoun: 'male' | 'female' | null } | null {
  if (!QUOTING_VERBS.test(tokens[k]?.lower ?? '')) return null;
  const object = tokens[k + 1];
  const pronoun = isWord(object) && (object.lower === 'him' || object.lower === 'her') ? (object.lower === 'him' ? 'male' : 'female') : null;
  const phrase = pronoun ? { from: k + 1, to: k + 2 } : phraseAfter(tokens, k + 1, true);
  if (!phrase || tokens[phrase.to]?.lower !== 'as' || !speechGerund(tokens, phrase.to + 1)) return null;
  return { phrase, pronoun };
}
