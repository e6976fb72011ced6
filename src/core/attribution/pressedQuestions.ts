// `Peskar was pressed by Kral on the budget.` ¶ `"Will you resign?"`: a question quoted right after a sentence in
// which someone is asked by another asks in the asker's voice, not the sentence subject's (the one asked answers;
// continuedQuotes gave the subject the question). Only a question: what follows may also be the answer.
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { isWord } from './tokenClasses';

/** Verbs of asking whose passive names the asker after `by`. */
const ASKING = /^(?:asked|pressed|questioned|quizzed|grilled|challenged|confronted|pushed|interviewed)$/;
const PASSIVE_BE = /^(?:is|are|was|were|been|being)$/;
/** The most tokens between the passive and its `by` (`was pressed hard again by`). */
const TO_BY = 4;

/** The asker after `by` in the first passive of asking in `tokens` (`was pressed by Ana Kral`); null where none. */
export function passiveAsker(tokens: readonly Token[]): Phrase | null {
  for (let v = 1; v < tokens.length; v++) {
    if (!isWord(tokens[v]) || tokens[v].cap || !ASKING.test(tokens[v].lower) || !PASSIVE_BE.test(tokens[v - 1].lower)) continue;
    for (let by = v + 1; by < tokens.length && by <= v + TO_BY && isWord(tokens[by]); by++) {
      if (tokens[by].lower === 'by') return phraseAfter(tokens, by + 1, false);
    }
    return null;
  }
  return null;
}
