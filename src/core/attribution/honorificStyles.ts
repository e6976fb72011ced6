// `His Highness said: "..."`, `Her Majesty told the guests`: Gulf, royal and diplomatic copy calls a ruler, a monarch
// or an envoy named just before by a style of address. The style stands for that person as `he` or `she` does; it
// had been read as someone named `Highness`.
import type { Token } from '../text/sentenceTokens';
import type { Phrase } from './speakerPhrases';
import { isWord } from './tokenClasses';

/** Styles of address after `His` or `Her` (`His Excellency`); never `Grace` or `Honour`, which are names and words too. */
const STYLES: ReadonlySet<string> = new Set(['highness', 'majesty', 'excellency', 'holiness', 'eminence', 'lordship', 'ladyship', 'beatitude']);

/** The pronoun a phrase of a style alone (`His Highness`) stands for, `he` or `she`, or null. */
export function styledPronoun(tokens: readonly Token[], part: Phrase): 'he' | 'she' | null {
  if (part.to - part.from !== 2) return null;
  const owner = tokens[part.from];
  const style = tokens[part.from + 1];
  if (!isWord(owner) || !isWord(style) || !style.cap || !STYLES.has(style.lower)) return null;
  return owner.lower === 'his' ? 'he' : owner.lower === 'her' ? 'she' : null;
}
