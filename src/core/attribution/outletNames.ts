// A press review names its papers the way a paper names itself: `The Guardian said`, `the Northern Ledger says`,
// `Le Monde wrote`, `La Voz del Sur argued`. No person's name stands right after `the` (a person there has a title or
// a role first: `the Rev. Ivo Kral`, `the mayor, Ana Kral`), nor opens with a French, Spanish, Italian or German
// article, save the few surnames that do (`Le Pen`, `La Russa`), which a text introduces with a given name first. Read
// as a person, each paper had been someone (`Sur`, `Guardian`, `Le Monde`) who then said whatever the paper wrote.
import { normalizeWord } from '../text/normalizeText';
import { tokenAt, type Token } from '../text/sentenceTokens';
import { sexOfGivenName } from './givenNameSexes';
import { isWord } from './tokenClasses';
import { WEEKDAYS } from './timePhrases';
import type { SpeakerRegistry } from './speakerRegistry';

/**
 * Articles that open a paper's name in French, Spanish, Italian and German (`Le Monde`, `El País`, `Il Foglio`, `Die
 * Welt`). Not `Les` (an English given name), `Lo`, `Das` (surnames), nor the Dutch `De` (`De Blasio`).
 */
const FOREIGN_ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'el', 'il', 'gli', 'los', 'las', 'die', 'der']);
/** The particles inside a paper's name before the place or thing it is of (`del Sur`, `della Sera`, `du Nord`). */
const NAME_LINKS: ReadonlySet<string> = new Set(['de', 'del', 'della', 'dello', 'di', 'du', 'des', 'la', 'le']);
/** Styles a person is known by after `the`, as by a name (`the Dalai Lama`, `the Aga Khan`, `the Lubavitcher Rebbe`). */
const STYLED_NAME_ENDS: ReadonlySet<string> = new Set(['lama', 'khan', 'rebbe', 'rinpoche', 'mahatma', 'ayatollah', 'mufti', 'patriarch']);
/** The most capitalised words between a paper's article and its particle (`La Gazzetta dello Sport`). */
const HEAD_WORDS = 3;

/**
 * Whether the capitalised words [from, to) that a speaker phrase reads as a name are a paper's or a body's name: right
 * after `the` and opening with no given name (`The Northern Ledger`), opening with a foreign article (`Le Monde`), or
 * after a particle and words that open with one (`Sur` of `La Voz del Sur`). Not a plural after `the` (`the Kovals
 * said`: a family). The caller asks only of a name the text has not given a person, and with no title before it.
 */
export function namesAPaper(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!isWord(first) || !isWord(last)) return false;
  // `The Sunday Mirror`: a weekly's day, which a speaker phrase leaves out of the name, stands between.
  const before = tokenAt(tokens, from - 1)?.cap && WEEKDAYS.has(tokens[from - 1].lower) ? tokenAt(tokens, from - 2) : tokenAt(tokens, from - 1);
  if (isWord(before) && before.lower === 'the') return !/s$/.test(last.text) && !STYLED_NAME_ENDS.has(last.lower) && sexOfGivenName(normalizeWord(first.text)) === null;
  // `Le Monde`, or `El País` of which the phrase kept only `País`.
  if ((to - from >= 2 && first.cap && FOREIGN_ARTICLES.has(first.lower)) || (isWord(before) && before.cap && FOREIGN_ARTICLES.has(before.lower))) return true;
  return openedByForeignArticle(tokens, from);
}

/** `La Voz del Sur`, `Il Corriere della Sera`: particles before `from`, capitalised words before them, an article first. */
function openedByForeignArticle(tokens: readonly Token[], from: number): boolean {
  let i = from - 1;
  if (!isWord(tokenAt(tokens, i)) || tokens[i].cap || !NAME_LINKS.has(tokens[i].lower)) return false;
  while (isWord(tokens[i - 1]) && !tokens[i - 1].cap && NAME_LINKS.has(tokens[i - 1].lower)) i--;
  for (let words = 0; words < HEAD_WORDS; words++) {
    const t = tokens[--i];
    if (!isWord(t) || !t.cap) return false;
    if (FOREIGN_ARTICLES.has(t.lower)) return words > 0;
  }
  return false;
}

/**
 * namesAPaper, for a speaker phrase's name that no title opens: and the text gives no person the name, nor its last
 * word as a surname (`Le Garrec said` of Corinne Le Garrec, `Le Pen said`).
 */
export function paperSpeaks(tokens: readonly Token[], from: number, to: number, registry: SpeakerRegistry, article: string | null): boolean {
  if (!namesAPaper(tokens, from, to)) return false;
  const words = tokens.slice(from, to).map((t) => t.text);
  return registry.lookupName(words, article)?.kind !== 'person' && (words.length === 1 || registry.lookupName(words.slice(-1), article)?.kind !== 'person');
}
