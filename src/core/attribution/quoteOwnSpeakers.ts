// A quote that continues the voice before it only when nothing in its own sentence names another speaker: here, a
// known person acting right after the quote's comma.
import type { Token } from '../text/sentenceTokens';
import type { Speaker } from '../types';
import type { Resolution } from './resolvedSpeakers';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { isPronoun, isWord } from './tokenClasses';

/**
 * `"...," Stroud put to the engineer.`: right after the quote (its token at `at`) and its comma, its own sentence names
 * a person the texts know (`resolve`), other than the voice before (`speaker`), and a lower-case word follows, as a
 * subject and a verb the lexicon lacks. The quote is that person's, or a reply to them; carrying the voice before would
 * give it a wrong speaker where none is only a miss.
 */
export function anotherActsAfter(tokens: readonly Token[], at: number, quoteText: string, speaker: Speaker, resolve: (phrase: Phrase) => Resolution): boolean {
  // Only a quote that ends on the comma an attribution follows: after `!` or `.` a new sentence may have begun.
  const comma = tokens[at + 1]?.text === ',';
  if (!comma && !/,\s*$/.test(quoteText)) return false;
  const from = comma ? at + 2 : at + 1;
  const phrase = phraseAfter(tokens, from, true);
  const next = phrase ? tokens[phrase.to] : undefined;
  if (!phrase || phrase.from !== from || !tokens[from].cap || isPronoun(tokens[from]) || !isWord(next) || next.cap) return false;
  const found = resolve(phrase);
  return !!found && found !== 'agency' && found.speaker.kind === 'person' && found.speaker.key !== speaker.key;
}
