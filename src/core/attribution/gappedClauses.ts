// `Kral calls it "a swindle"; Peskar, "a bargain."`: after a semicolon, a subject and a comma standing for the verb
// the clause before gave (gapping). The quote is that subject's, never the first clause's speaker, whose verb the
// partial-quote rule would otherwise reach back over the semicolon to.
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { isWord } from './tokenClasses';

/**
 * The phrase between the semicolon at `semi` and the comma before the quote at `qi` (`; Peskar, "…"`, `; and the
 * mayor, "…"`): the gapped clause's subject if it resolves to someone (not `; worse, "…"`, which goes on the first
 * clause's words), else null.
 */
export function gappedSubject(tokens: readonly Token[], semi: number, qi: number): Phrase | null {
  if (tokens[semi]?.text !== ';' || tokens[qi - 1]?.text !== ',') return null;
  const from = tokens[semi + 1]?.lower === 'and' ? semi + 2 : semi + 1;
  if (!isWord(tokens[from]) || qi - 1 - from > 4) return null;
  const phrase = phraseAfter(tokens, from, true);
  return phrase && phrase.to === qi - 1 ? phrase : null;
}
