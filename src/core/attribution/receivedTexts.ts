// `He received a letter, unsigned, left at the hall: "…"`, `She showed a text from her mother: "…"`, `He reads from a
// notice the bank sent: "…"`, `He translated one for me: "…"`: the subject receives, shows, reads out from or
// translates a text whose words the colon quotes. The words are the text's author's (often unnamed), never the
// subject's; the subject had been given them.
import type { Token } from '../text/sentenceTokens';
import { OWNED_TEXTS } from './colonIntroductions';
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
