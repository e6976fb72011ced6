// `UNITED NATIONS: Secretary-General Ines Marlow welcomed the deal as "a first step."`, `CHINA: Foreign ministry
// spokeswoman Mao Lin said …`: a reaction round-up opens each entry with a place or body in capitals and a colon, as a
// dateline opens wire copy. The entry's subject is the one named after the label, never the label itself; a
// transcript's speaker label (`MS. MOREAU:`, `KRAL:` of a person the text names) is left to transcriptTurns.ts.
import { COURTESY_TITLES, ROLE_WORDS } from '../text/newsLexicon';
import type { Token } from '../text/sentenceTokens';
import type { SpeakerRegistry } from './speakerRegistry';
import { isWord } from './tokenClasses';

/** Titles that make a label a person's (`DR. PESKAR:`, `SEN. KRAL:`, `THE PRESIDENT:`). */
const TITLES: ReadonlySet<string> = new Set([...COURTESY_TITLES, ...ROLE_WORDS, 'dr', 'sen', 'rep', 'gen', 'gov', 'prof', 'rev', 'capt', 'col', 'lt', 'sgt', 'pres', 'amb']);

/** The most words of a section's label (`UNITED ARAB EMIRATES`). */
const LABEL_WORDS = 4;

/**
 * The first word of the sentence `tokens` (or their length, when none), past a section label in capitals opening it:
 * the label's words carry no lower-case letter and no title, no person the text names bears that name, and a
 * capitalised word opens the entry after the colon.
 */
export function entryStart(tokens: readonly Token[], registry: SpeakerRegistry, article: string | null): number {
  let i = 0;
  while (i < tokens.length && tokens[i].kind !== 'word') i++;
  let c = i;
  while (c < tokens.length && c - i < LABEL_WORDS && isWord(tokens[c]) && !/\p{Ll}/u.test(tokens[c].text) && /\p{Lu}{2}/u.test(tokens[c].text)) c++;
  if (c === i || tokens[c]?.text !== ':' || !isWord(tokens[c + 1]) || !tokens[c + 1].cap) return i;
  const words = tokens.slice(i, c).map((t) => t.text);
  if (words.some((w) => TITLES.has(w.toLowerCase().replace(/\.$/, '')))) return i; // `SEN. KRAL:`, `THE PRESIDENT:`
  const known = registry.lookupName(words, article) ?? registry.lookupName([words[words.length - 1]], article);
  return known?.kind === 'person' ? i : c + 1;
}
