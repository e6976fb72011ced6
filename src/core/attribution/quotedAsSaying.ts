// Wire copy credits words through whoever relays them: `"...," Kral was quoted as saying`, `"...," Kral was cited as
// saying by RIA`, `"...," RIA quoted Ivo Kral as saying`, `"...," her office quoted her as saying`. The one quoted
// speaks, never the agency or office that quotes. Court and briefing copy names the listener instead: `"...," the
// court heard`, `"...," reporters were told`, `"...," the jury was told by prosecutor Ana Kral`: the listener never
// speaks; the agent after `by` (or `from`) does, and with none the speaker is unnamed.
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, phraseBefore, type Phrase } from './speakerPhrases';
import { isGerund, isSpeechVerbAt, isWord } from './tokenClasses';

const QUOTING_VERBS = /^(?:quoted|cited)$/;

/** Whether the tokens at `k` are a gerund of speech (`saying`, `telling`). */
function speechGerund(tokens: readonly Token[], k: number): boolean {
  return isWord(tokens[k]) && isGerund(tokens[k]) && isSpeechVerbAt(tokens, k);
}

/** `was quoted as saying` / `is cited as saying` / `was heard saying` at `k`: the gerund's token, or `k` where the words are not there. */
export function afterPassiveQuoting(tokens: readonly Token[], k: number): number {
  const be = /^(?:is|was)$/.test(tokens[k]?.lower ?? '');
  if (be && QUOTING_VERBS.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'as' && speechGerund(tokens, k + 3)) return k + 3;
  // `"...," Kral was heard saying`, `was recorded telling`: words someone caught the speaker saying.
  return be && /^(?:heard|overheard|recorded|filmed)$/.test(tokens[k + 1]?.lower ?? '') && speechGerund(tokens, k + 2) ? k + 2 : k;
}

/** Auxiliaries and adverbs between a subject and a perception's passive (`can clearly be heard`, `is seen`). */
const CAUGHT_AUXILIARIES = /^(?:be|is|are|was|were|been|being|can|could|may|might|will|would|has|have|had|also|clearly|later|then|briefly|again|even)$/;

/**
 * `Kral can be heard saying "…"`, `Peskar was filmed telling them`: the subject of the perception's passive is the
 * gerund's, however far a clause before it (`In a video Peskar posted, Kral is heard saying`) names someone else.
 * Null where the gerund at `v` follows no such passive.
 */
export function caughtSayingSubject(tokens: readonly Token[], v: number): Phrase | null {
  if (!/^(?:heard|overheard|recorded|filmed|seen|caught|shown|captured)$/.test(tokens[v - 1]?.lower ?? '') || !speechGerund(tokens, v)) return null;
  let j = v - 2;
  if (!PASSIVE_BE.test(tokens[j]?.lower ?? '') && tokens[j]?.lower !== 'be') return null;
  while (j >= v - 6 && isWord(tokens[j]) && !tokens[j].cap && CAUGHT_AUXILIARIES.test(tokens[j].lower)) j--;
  return phraseBefore(tokens, j + 1);
}

/** Verbs whose passive names who was spoken to (`was told`, `were assured`). */
const TOLD_VERBS = /^(?:told|informed|reminded|assured|warned|promised|advised)$/;
const PASSIVE_BE = /^(?:is|are|was|were|been|being)$/;

/**
 * `heard` or a passive `was told` at `k`, after the one who heard (`the court heard`, `reporters were told`): the one
 * who spoke, after `by` / `from` (null when unnamed); undefined where no listener stands before `k`. `was heard saying`
 * and `heard him say` are the speaker's own.
 */
function listenerVerb(tokens: readonly Token[], k: number): { readonly phrase: Phrase | null } | undefined {
  let v = k;
  if (PASSIVE_BE.test(tokens[v]?.lower ?? '') && TOLD_VERBS.test(tokens[v + 1]?.lower ?? '')) v++;
  else if (tokens[v]?.lower === 'has' && tokens[v + 1]?.lower === 'been' && TOLD_VERBS.test(tokens[v + 2]?.lower ?? '')) v += 2;
  else if (!/^(?:heard|hears)$/.test(tokens[v]?.lower ?? '') || speechGerund(tokens, v + 1) || tokens[v + 1]?.lower === 'to') return undefined;
  else if (isWord(tokens[v + 1]) && /^(?:him|her|them)$/.test(tokens[v + 1].lower)) return undefined;
  const agent = /^(?:by|from)$/.test(tokens[v + 1]?.lower ?? '') ? phraseAfter(tokens, v + 2, true) : null;
  return { phrase: agent };
}

/**
 * `quoted Ivo Kral as saying`, `cited her as saying` at `k`: whom the verb quotes (a phrase, or the object pronoun
 * `him`/`her` with the sex it asks for), or null; after a listener (`the court heard`, `was told by X`), the one who
 * spoke or, unnamed, no phrase.
 */
export function quotedObject(tokens: readonly Token[], k: number): { readonly phrase: Phrase | null; readonly pronoun: 'male' | 'female' | null } | null {
  const listened = listenerVerb(tokens, k);
  if (listened) return { phrase: listened.phrase, pronoun: null };
  if (!QUOTING_VERBS.test(tokens[k]?.lower ?? '')) return null;
  const object = tokens[k + 1];
  const pronoun = isWord(object) && (object.lower === 'him' || object.lower === 'her') ? (object.lower === 'him' ? 'male' : 'female') : null;
  const phrase = pronoun ? { from: k + 1, to: k + 2 } : phraseAfter(tokens, k + 1, true);
  if (!phrase || tokens[phrase.to]?.lower !== 'as' || !speechGerund(tokens, phrase.to + 1)) return null;
  return { phrase, pronoun };
}
