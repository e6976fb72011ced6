// `Sarovia's foreign minister said` for words the sources give `Belmark's foreign minister, Piotr Halas`: the draft
// puts a state office in one place and the sources' speaker holds the same office in another. The countries of the
// world the COUNTRIES table knows are left to countryAffiliations.ts; any other place is learnt from the sources, as
// the word before an office some person of theirs holds (`Sarovian President Andrei Melnichuk`), never listed.
// Only where the words are the same office's (`foreign minister` and `foreign minister`) and both places are places
// by their capitals: a lower-case word before an office (`former`, `deputy`, `army`) is no country.
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import { OTHER_HOLDER_WORDS } from '../attribution/roleLabels';
import { DETERMINERS, FUNCTION_WORDS, PARTY_WORDS, PORTFOLIOS, ROLE_WORDS } from '../text/newsLexicon';
import { trailingPlaceWords } from '../text/placeNames';
import { isCountryWord } from './countryAffiliations';
import type { Speaker } from '../types';

/** The offices a country has one holder of at a time, as the last word of a role (`foreign minister`, `president`). */
const STATE_HEADS: ReadonlySet<string> = new Set(['minister', 'president', 'premier', 'chancellor', 'ambassador', 'envoy', 'secretary']);

/** A state's spokespeople, placed as its offices are (`the Belmark coast guard spokesman`). */
const SPOKESPEOPLE: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** Letters two spellings of one place share at their start (`Sarovia`, `Sarovian`; `Belmark`, `Belmarkian`). */
const SAME_PLACE_LETTERS = 5;
/** Two places that share fewer first letters than this are told apart (`Belmark`, `Sarovia`); nearer ones are not. */
const APART_LETTERS = 3;

/** A draft's role placed by a word: `Sarovia's foreign minister`, `the Sarovian foreign minister`, `the foreign minister of Sarovia`. */
interface PlacedRole {
  readonly place: string;
  readonly role: string;
}

function placedRole(mention: string): PlacedRole | null {
  const words = mention.trim().split(/\s+/);
  const lowerRole = (ws: readonly string[]) => ws.length > 0 && ws.every((w) => /^\p{Ll}+$/u.test(w)) && (STATE_HEADS.has(ws[ws.length - 1]) || SPOKESPEOPLE.has(ws[ws.length - 1]));
  const place = (w: string | undefined) => (w !== undefined && /^\p{Lu}\p{Ll}{2,}$/u.test(w) ? w.toLowerCase() : null);
  const possessive = /^(\p{Lu}\p{Ll}{2,})['\u2019]s$/u.exec(words[0]);
  if (possessive && lowerRole(words.slice(1))) return { place: possessive[1].toLowerCase(), role: words.slice(1).join(' ') };
  if (words[0].toLowerCase() !== 'the') return null;
  const before = place(words[1]);
  if (before !== null && lowerRole(words.slice(2))) return { place: before, role: words.slice(2).join(' ') };
  const of = words.indexOf('of');
  const after = of > 1 && of === words.length - 2 ? place(words[of + 1]) : null;
  return after !== null && lowerRole(words.slice(1, of)) ? { place: after, role: words.slice(1, of).join(' ') } : null;
}

function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function samePlace(a: string, b: string): boolean {
  return sharedStart(a, b) >= Math.min(SAME_PLACE_LETTERS, a.length, b.length);
}

/** A word before an office that is no place: a role's or a portfolio's word, a party, `former`, `the`. */
function notPlace(word: string): boolean {
  return ROLE_WORDS.has(word) || PORTFOLIOS.has(word) || OTHER_HOLDER_WORDS.has(word) || PARTY_WORDS.has(word) || FUNCTION_WORDS.has(word) || DETERMINERS.has(word);
}

/**
 * The words the sources put before an office some person of theirs holds, once for a registry (again when it has
 * learnt more people: a source saved while the editor runs).
 */
const placesSeen = new WeakMap<SpeakerRegistry, { readonly size: number; readonly words: ReadonlySet<string> }>();

function placesOf(corpus: SpeakerRegistry): ReadonlySet<string> {
  const seen = placesSeen.get(corpus);
  if (seen && seen.size === corpus.size) return seen.words;
  const words = new Set<string>();
  for (const record of corpus.records()) {
    if (record.kind !== 'person') continue;
    for (const role of record.roles.keys()) {
      const parts = role.split(' ');
      if (parts.length >= 2 && STATE_HEADS.has(parts[parts.length - 1]) && !notPlace(parts[0])) words.add(parts[0]);
    }
  }
  placesSeen.set(corpus, { size: corpus.size, words });
  return words;
}

/** Whether `word` stands capitalised in `text`, as a place's name does (`Belmark's foreign minister`). */
function capitalisedIn(word: string, text: string): boolean {
  const spelt = (word[0].toUpperCase() + word.slice(1)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!\\p{L})${spelt}(?!\\p{L})`, 'u').test(text);
}

/**
 * Whether the draft's words for its speaker (`mention`) place their office elsewhere than the sources place the same
 * office of `source`, the speaker of these words: `sourceText` is the source's text around them, where the source's
 * place must stand capitalised.
 */
export function placedRoleApart(mention: string | null, source: Speaker, corpus: SpeakerRegistry, sourceText: string): boolean {
  const claimed = mention === null || source.kind !== 'person' ? null : placedRole(mention);
  if (claimed === null || isCountryWord(claimed.place) || trailingPlaceWords([claimed.place]) > 0) return false;
  // A person's name (`Melnychuk's foreign minister`) is no place.
  if (corpus.lookupName([claimed.place])?.kind === 'person') return false;
  const places = placesOf(corpus);
  if (![...places].some((p) => samePlace(p, claimed.place))) return false;
  const roles = [...(corpus.record(source.key)?.roles.keys() ?? [])];
  if (roles.some((r) => r.split(' ').some((w) => samePlace(w, claimed.place)))) return false;
  // Any office of the source's speaker placed elsewhere (`belmark foreign minister`, `spokesman for sarovian interior
  // ministry`): whatever the office, a person of that place is not the office holder of the draft's.
  return roles.some((r) =>
    r.split(' ').some((theirs) => {
      if (!places.has(theirs) || isCountryWord(theirs) || trailingPlaceWords([theirs]) > 0) return false;
      return sharedStart(theirs, claimed.place) < APART_LETTERS && capitalisedIn(theirs, sourceText);
    }),
  );
}
