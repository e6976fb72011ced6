// `He received a letter, unsigned, left at the hall: "…"`, `She showed a text from her mother: "…"`, `He reads from a
// notice the bank sent: "…"`, `He translated one for me: "…"`: the subject receives, shows, reads out from or
// translates a text whose words the colon quotes. The words are the text's author's (often unnamed), never the
// subject's; the subject had been given them.
import type { Token } from '../text/sentenceTokens';
import { OWNED_TEXTS } from './colonIntroductions';
import { SPEECH_VERBS } from '../text/newsLexicon';
import { isWord } from './tokenClasses';

/** Verbs by which someone comes to hold or pass on another's text, not to write it. */
const RECEIVING = /^(?:received|receives|receive|receiving|got|gets|showed|shows|show|showing|translated|translates|translating|forwarded|forwards)$/;
/** Verbs that take their text after `from` (`reads from a notice`, `quoted from a letter`). */
const READING_FROM = /^(?:read|reads|reading|quoted|quotes|quoting)$/;
/** Texts one receives or shows besides those OWNED_TEXTS lists. */
const HELD_TEXTS: ReadonlySet<string> = new Set(['notice', 'card', 'text', 'texts', 'messages', 'letters', 'notes', 'entry', 'telegram', 'postcard', 'voicemail', 'diary', 'notebook', 'summons']);
/** The most tokens from the verb to the colon (`a text message on her phone from her mother in Kurigram, sent the night before`). */
const REACH = 20;

/** Whether a verb between `from` and the colon right before the quote at `qi` receives, shows or translates a text. */
export function receivedTextBefore(tokens: readonly Token[], from: number, qi: number): boolean {
  const colon = qi - 1;
  if (tokens[colon]?.text !== ':') return false;
  const isText = (t: Token) => isWord(t) && !t.cap && (OWNED_TEXTS.has(t.lower) || HELD_TEXTS.has(t.lower));
  for (let k = Math.max(from, colon - REACH); k < colon; k++) {
    const t = tokens[k];
    if (t.kind === 'quote') return false;
    if (!isWord(t) || t.cap) continue;
    // `translated one for me`: what is translated is another's, whatever noun names it.
    if (/^translat/.test(t.lower) && RECEIVING.test(t.lower)) return true;
    if (RECEIVING.test(t.lower) && tokens.slice(k + 1, colon).some(isText)) return true;
    if (READING_FROM.test(t.lower) && tokens[k + 1]?.lower === 'from' && tokens.slice(k + 2, colon).some(isText)) return true;
  }
  return false;
}

/** Auxiliaries of a passive (`was told`, `had been told`, `is being told`). */
const PASSIVE_AUXILIARY = /^(?:was|were|is|are|been|being)$/;
/** Verbs of telling whose passive's subject hears the words (`The coroner was told`), the teller unsaid or after `by`. */
const TOLD = /^(?:told|informed|reminded|warned|assured|advised)$/;

/**
 * `The coroner, Ana Kral, was told the driver's last words were: "…"`, `The court was told: "…"`: a subject of a
 * passive of telling right after it hears the words the colon quotes; they are another's (the one told of, or no one
 * the sentence names), never the subject's, who had been given them. Not where the subject speaks again before the
 * quote (`was told of the loss and said: "…"`).
 */
export function toldInPassiveBefore(tokens: readonly Token[], from: number, qi: number): boolean {
  if (tokens[qi - 1]?.text !== ':') return false;
  let k = from;
  if (tokens[k]?.text === ',') k++;
  if (tokens[k]?.lower === 'had' || tokens[k]?.lower === 'has' || tokens[k]?.lower === 'have') k++; // `had been told`
  if (isWord(tokens[k]) && PASSIVE_AUXILIARY.test(tokens[k].lower) && isWord(tokens[k + 1]) && PASSIVE_AUXILIARY.test(tokens[k + 1].lower)) k++; // `is being told`
  if (!isWord(tokens[k]) || !PASSIVE_AUXILIARY.test(tokens[k].lower) || !isWord(tokens[k + 1]) || !TOLD.test(tokens[k + 1].lower)) return false;
  for (let j = k + 2; j < qi - 1; j++) if (tokens[j].kind === 'quote' || (isWord(tokens[j]) && !tokens[j].cap && SPEECH_VERBS.has(tokens[j].lower))) return false;
  return k + 2 <= qi - 1;
}
