// `"…," Ana Kral said Ivo Peskar told her.`, `"…," Kral recalled Peskar saying.`: an attribution after a quote whose
// verb takes a clause that is itself only a speaker and a verb of speech hands the words on to that speaker; the
// subject reports them (Kral had been given Peskar's words).
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { isPronoun, isSpeechVerbAt, isWord } from './tokenClasses';

/** What may close the inner clause after its verb: whom it was told to, and a time (`told her once`, `told me then`). */
const CLOSING_WORDS = new Set(['her', 'him', 'me', 'us', 'them', 'you', 'once', 'then', 'often', 'repeatedly', 'later', 'earlier', 'before']);

/**
 * For the attribution verb at `k` after a quote: the phrase of the speaker its clause names (`Ivo Peskar` in `said Ivo
 * Peskar told her.`), or null where the verb takes no such clause. The clause must run to the sentence's end with
 * nothing but a listener or a time after its verb: `Kral said Peskar told her to leave` is another structure.
 */
export function speakerRelayedAfter(tokens: readonly Token[], k: number): Phrase | null {
  if (tokens[k + 1]?.lower === 'that') k++;
  const inner = phraseAfter(tokens, k + 1, false);
  if (!inner || !(tokens[inner.from].cap || isPronoun(tokens[inner.from]))) return null;
  const verb = inner.to;
  if (!isSpeechVerbAt(tokens, verb)) return null;
  let j = verb + 1;
  while (j < tokens.length && j - verb <= 2 && isWord(tokens[j]) && CLOSING_WORDS.has(tokens[j].lower)) j++;
  // Stops at the first token that is no punctuation (a quote is none): a few tokens read per quote, however long the sentence.
  for (; j < tokens.length; j++) if (tokens[j].kind !== 'punct') return null;
  return inner;
}
