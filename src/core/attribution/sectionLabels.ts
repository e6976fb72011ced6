// `UNITED NATIONS: Secretary-General Ines Marlow welcomed the deal as "a first step."`, `CHINA: Foreign ministry
// spokeswoman Mao Lin said …`: a reaction round-up opens each entry with a place or body in capitals and a colon, as a
// dateline opens wire copy. The entry's subject is the one named after the label, never the label itself; a
// transcript's speaker label (`MS. MOREAU:`, `KRAL:` of a person the text names) is left to transcriptTurns.ts, and
// where a person's label opens narration about someone else (a radio script's `ROISIN McCANN: Annie laughs at that.`)
// the subject is again the one named after it.
import { COURTESY_TITLES, ROLE_WORDS } from '../text/newsLexicon';
import type { Token } from '../text/sentenceTokens';
import type { SpeakerRegistry } from './speakerRegistry';
import { isWord } from './tokenClasses';

/** Titles that make a label a person's (`DR. PESKAR:`, `SEN. KRAL:`, `THE PRESIDENT:`). */
const TITLES: ReadonlySet<string> = new Set([...COURTESY_TITLES, ...ROLE_WORDS, 'dr', 'sen', 'rep', 'gen', 'gov', 'prof', 'rev', 'capt', 'col', 'lt', 'sgt', 'pres', 'amb']);

/** The most words of a section's label (`UNITED ARAB EMIRATES`). */
const LABEL_WORDS = 4;

/** A first person opening a turn: the label's own words (`I`, `I'm`, `We`, `My`, `Our`). */
const FIRST_PERSON = /^(?:I|We|My|Our|Us|Me)(?:['\u2019]\w+)?$/;

/** A word in capitals, a Scots or Irish surname's `Mc`/`Mac` as written in a capitals label included (`McCANN`). */
function inCapitals(word: string): boolean {
  const rest = /^Ma?c\p{Lu}/u.test(word) ? word.slice(word.indexOf('c') + 1) : word;
  return !/\p{Ll}/u.test(rest) && /\p{Lu}{2}/u.test(rest);
}

/**
 * The first word of the sentence `tokens` (or their length, when none), past a section label in capitals opening it:
 * the label's words carry no lower-case letter and no title, a capitalised word opens the entry after the colon, and
 * either no person the text names bears the label's name or that person's words do not open in the first person.
 */
export function entryStart(tokens: readonly Token[], registry: SpeakerRegistry, article: string | null): number {
  let i = 0;
  while (i < tokens.length && tokens[i].kind !== 'word') i++;
  let c = i;
  while (c < tokens.length && c - i < LABEL_WORDS && isWord(tokens[c]) && inCapitals(tokens[c].text)) c++;
  if (c === i || tokens[c]?.text !== ':' || !isWord(tokens[c + 1]) || !tokens[c + 1].cap) return i;
  const words = tokens.slice(i, c).map((t) => t.text);
  if (words.some((w) => TITLES.has(w.toLowerCase().replace(/\.$/, '')))) return i; // `SEN. KRAL:`, `THE PRESIDENT:`
  const known = registry.lookupName(words, article) ?? registry.lookupName([words[words.length - 1]], article);
  // `ROISIN McCANN: Annie laughs at that when I play it back to her.`: a presenter's label before narration is the one
  // telling it (her `I`), never its subject; the subject is the one the narration names (read as the label, it had
  // taken the guest's `she tells me` after it). `KRAL: I ...`, `KRAL: We ...` keep the label: that `I` is the label's.
  if (known?.kind === 'person') return FIRST_PERSON.test(tokens[c + 1].text) ? i : c + 1;
  return c + 1;
}
