// `A letter from Ana Kral to Ivo Marsh said the deadline was "final."`: after `from X to Y`, Y is whom the text went
// to, never the subject of the verb after it; the letter speaks for its sender, X (as `A letter from Ana Kral said`
// already reads). The phrase reader had stopped at `to` and made the recipient the speaker.
import type { Token } from '../text/sentenceTokens';
import { phraseBefore, type Phrase } from './speakerPhrases';
import { isWord } from './tokenClasses';

/**
 * The sender named between `from` and `to` before `at` (the recipient's first token), when `at` follows `to` and a
 * name after `from`; else null. Tokens before `floor` are never read.
 */
export function senderBeforeRecipient(tokens: readonly Token[], at: number, floor: number): Phrase | null {
  if (!isWord(tokens[at - 1]) || tokens[at - 1].lower !== 'to' || !tokens[at - 2]?.cap) return null;
  const sender = phraseBefore(tokens, at - 1, floor);
  return sender && sender.to === at - 1 && isWord(tokens[sender.from - 1]) && tokens[sender.from - 1].lower === 'from' ? sender : null;
}
