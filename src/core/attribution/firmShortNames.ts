// `Kestrel Semiconductor Inc cut its forecast. ... "Demand is soft," Kestrel said.`: business copy names a firm in
// full once and then by its first word. Read alone, that word was a person called Kestrel, whom a later `he` or a
// description could take. A lone capital that opens a firm's name the text writes in full (a run of capitals ending
// in a firm's word: `Inc`, `Bank`, `Electronics`) speaks as that firm, never as a person: only where the text never
// gives the word a given name or a title before it (`Bill Ford` of `Ford Motor Co` stays a person) and the word is
// no given name itself (`Morgan`).
import type { PreparedText } from '../text/prepareText';
import { normalizeWord } from '../text/normalizeText';
import { ROLE_WORDS } from '../text/newsLexicon';
import { sexOfGivenName } from './givenNameSexes';
import type { SpeakerRecord, SpeakerRegistry } from './speakerRegistry';

/** Last words of a firm's name that no surname is: legal forms and the trades firms are named by. */
const FIRM_ENDINGS: ReadonlySet<string> = new Set([
  'inc', 'corp', 'corporation', 'co', 'ltd', 'limited', 'plc', 'llc', 'ag', 'sa', 'se', 'nv', 'ab', 'asa', 'spa', 'gmbh', 'bhd',
  'group', 'holdings', 'bank', 'technologies', 'industries', 'airlines', 'airways', 'pharmaceuticals', 'securities',
  'electronics', 'semiconductor', 'motors', 'minerals', 'mining', 'petroleum', 'telecom', 'communications', 'laboratories',
]);

/** Words that open a sentence before a firm's name, and are no part of it. */
const OPENING_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'in', 'at', 'on', 'of', 'for', 'by', 'from', 'with', 'and', 'but', 'to', 'as', 'after', 'while', 'when', 'shares', 'rival', 'its']);

/** The first words of the firms each text names in full (with the full names' words), less those it also gives a person's given name or title. */
const firmsOfText = new WeakMap<PreparedText, ReadonlyMap<string, readonly string[]>>();

function firmsOf(p: PreparedText): ReadonlyMap<string, readonly string[]> {
  let found = firmsOfText.get(p);
  if (found) return found;
  const firms = new Map<string, readonly string[]>();
  // A run of capitals whose last is a firm's ending (`Hanwol Electronics Co.`, `the regulator fined Harrowgate Bank`);
  // the firm's first word is the run's first that is no article or preposition opening a sentence (`The`, `In`).
  for (const m of p.text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}&-]*\.?(?:[ \t]+\p{Lu}[\p{L}&-]*\.?){1,4}/gu)) {
    const words = m[0].split(/[ \t]+/).map((w) => w.replace(/\.$/, ''));
    const first = words.findIndex((w) => !OPENING_WORDS.has(normalizeWord(w)));
    if (first < 0 || first > words.length - 2 || !FIRM_ENDINGS.has(normalizeWord(words[words.length - 1]))) continue;
    const word = words[first];
    if (sexOfGivenName(normalizeWord(word)) === null && !ROLE_WORDS.has(normalizeWord(word)) && !firms.has(word)) firms.set(word, words.slice(first));
  }
  // A word the text writes after a given name or a title (`Bill Ford`, `Mr Ford`) is someone's surname as well.
  if (firms.size > 0) {
    for (const m of p.text.matchAll(/(?<![\p{L}\p{N}])(\p{Lu}[\p{L}-]*)\.?[ \t]+(\p{Lu}[\p{L}-]+)/gu)) {
      const before = normalizeWord(m[1]);
      if (firms.has(m[2]) && (sexOfGivenName(before) !== null || ROLE_WORDS.has(before))) firms.delete(m[2]);
    }
  }
  firmsOfText.set(p, (found = firms));
  return found;
}

/** Whether the lone capital `word`, no person's name the texts know (`knownPerson`, asked last), opens a firm's name `p`'s text writes in full. */
export function firmShortName(p: PreparedText, word: string, knownPerson: () => boolean): boolean {
  return firmsOf(p).has(word) && !knownPerson();
}

/** The organisation the texts know by the full name that the short form `word` opens in `p` (`Harrowgate Bank` for `Harrowgate`), or null. */
export function firmInFull(p: PreparedText, registry: SpeakerRegistry, word: string): SpeakerRecord | null {
  const full = firmsOf(p).get(word);
  const record = full ? registry.lookupName(full, p.id) : null;
  return record?.kind === 'organisation' ? record : null;
}
