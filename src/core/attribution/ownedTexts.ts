// `From Kral's Facebook post: "..."`, `Kral's statement: "..."`, `Kral's answer was: "..."`: a colon right after a
// text of speech that someone named owns introduces that text, whose words are the owner's. A possessive is read only
// where it owns the text itself: `Kral's aide read a line:` owns no text, and `The pier's statement:` has no person.
import type { Token } from '../text/sentenceTokens';
import type { Phrase } from './speakerPhrases';
import { isNameWord, isWord } from './tokenClasses';

/** Texts a person writes or gives, whose words a colon after them quotes. */
const OWNED_TEXTS = new Set([
  'statement', 'statements', 'remarks', 'message', 'tweet', 'tweets', 'response', 'reply', 'note', 'comment',
  'comments', 'words', 'post', 'letter', 'speech', 'email', 'e-mail', 'answer',
]);
/** What may stand between the text and the colon: `Kral's reply was:`, `Kral's note reads:`. */
const TEXT_VERBS = new Set(['was', 'is', 'read', 'reads']);

/** The owner's name (`Ana Kral's`) of the text of speech that ends right before the colon at `colon`, or null. */
export function ownerOfTextBeforeColon(tokens: readonly Token[], colon: number): Phrase | null {
  if (tokens[colon]?.text !== ':') return null;
  let k = colon - 1;
  if (isWord(tokens[k]) && TEXT_VERBS.has(tokens[k].lower)) k--;
  const noun = tokens[k];
  if (!isWord(noun) || noun.cap || !OWNED_TEXTS.has(noun.lower)) return null;
  // Up to two words describe the text (`Facebook post`, `short written statement`), never a determiner or a verb's `'s`.
  let o = k - 1;
  while (o >= 0 && o >= k - 2 && isWord(tokens[o]) && !tokens[o].possessive && /^[\p{L}-]+$/u.test(tokens[o].text)) o--;
  const owner = tokens[o];
  if (!isWord(owner) || !owner.possessive || !owner.cap) return null;
  // The owner's name: the capitalised words that end in the possessive (`Ana Kral's`).
  let from = o;
  while (from > 0 && from > o - 4 && isNameWord(tokens[from - 1]) && !tokens[from - 1].possessive) from--;
  return { from, to: o + 1 };
}
