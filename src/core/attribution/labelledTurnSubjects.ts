// `Chastain: Tony came up to me and said, "…"`: in a turn of an oral history or a transcript, the label is the teller,
// and a name acting right after its colon is the subject that verbs joined after it go on from; the label had been
// read as the sentence's subject, and the words the teller reports given to the teller.
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { namesSomeone } from './namePhrases';
import { actsAsVerb, isWord } from './tokenClasses';

/** The name acting right after a label of capitals and its colon at `first` (`Chastain: Tony came`), or null. */
export function nameAfterLabel(tokens: readonly Token[], first: number): Phrase | null {
  const label = phraseAfter(tokens, first, true);
  if (!label || tokens[label.to]?.text !== ':' || !tokens.slice(label.from, label.to).every((t) => isWord(t) && t.cap)) return null;
  const named = phraseAfter(tokens, label.to + 1, true);
  return named && namesSomeone(tokens, named) && actsAsVerb(tokens[named.to]) ? named : null;
}
