// `"...," Reyes said. Instead, "she just acts like a tired woman."`, `Adding, "..."`: a sentence of nothing but a
// connective and a quote that runs to its end opens with that quote as far as its speaker goes. The connective ties
// the quote to the sentence before (it goes on, contrasts, adds), so the quote carries on that voice as a sentence
// opening with the quote would; a verb or a subject there (`Critics, "..."`) would be a clause, so none is read.
import type { Token } from '../text/sentenceTokens';
import { isWord } from './tokenClasses';

/** One-word connectives that hand the sentence before on to a quote; never words that set a new scene (`Meanwhile`). */
const CARRYING_CONNECTIVES: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'still', 'instead', 'indeed', 'then', 'specifically', 'adding', 'also', 'again', 'plus', 'moreover', 'besides', 'furthermore', 'rather']);

/** Whether the quote at token `qi`, the last of its sentence's content, has before it only one such connective (and a comma). */
export function opensAfterConnective(tokens: readonly Token[], firstContent: number, qi: number, lastContent: number): boolean {
  if (qi !== lastContent || firstContent >= qi) return false;
  const word = tokens[firstContent];
  if (!isWord(word) || !CARRYING_CONNECTIVES.has(word.lower)) return false;
  for (let k = firstContent + 1; k < qi; k++) if (tokens[k].text !== ',') return false;
  return true;
}
