// `The Kremlin said` for words the sources give `US President Joe Biden`: a country, its government or a seat of it
// (`Moscow`, `the White House`, `Ukraine's presidency`) speaks through its own officials, and a body may take any of
// their words; but an official the sources tie to another country by a role (`US president`, `Kremlin spokesman`,
// `German chancellor`) is not its official. Only where both sides name a country, and no country they name is shared:
// a role with none (`foreign minister`, `press secretary`) or a body with none (`the ministry`) may be anyone's.

import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import { normalizePhrase } from '../text/normalizeText';
import type { Speaker } from '../types';

/**
 * Each country by the words news writes for it: its names, its people's adjective, its capital and its seats of
 * government. Capitals that are as often a person's name (`Washington`) are left out, and so is the European Union:
 * its member states sign its statements.
 */
const COUNTRIES: readonly (readonly string[])[] = [
  ['russia', 'russian', 'russian federation', 'moscow', 'kremlin'],
  ['ukraine', 'ukrainian', 'kyiv', 'kiev'],
  ['united states', 'us', 'u s', 'usa', 'america', 'american', 'white house', 'state department', 'pentagon'],
  ['britain', 'british', 'uk', 'united kingdom', 'downing street', 'whitehall', 'london'],
  ['germany', 'german', 'berlin'],
  ['france', 'french', 'paris', 'elysee'],
  ['china', 'chinese', 'beijing'],
  ['japan', 'japanese', 'tokyo'],
  ['india', 'indian', 'new delhi'],
  ['iran', 'iranian', 'tehran'],
  ['israel', 'israeli'],
  ['turkey', 'turkish', 'ankara'],
  ['poland', 'polish', 'warsaw'],
  ['belarus', 'belarusian', 'minsk'],
];

const LONGEST = 3;
const COUNTRY_OF = new Map<string, number>(COUNTRIES.flatMap((words, i) => words.map((w) => [w, i] as const)));

/** Whether a word is one the COUNTRIES table knows for a country (`russian`, `kyiv`). */
export function isCountryWord(word: string): boolean {
  return COUNTRY_OF.has(word);
}

/** The countries some words name (`the Russian foreign ministry`: Russia), by runs of up to three words. */
function countriesIn(text: string): Set<number> {
  const words = normalizePhrase(text).split(' ').filter(Boolean).map((w) => w.replace(/'s$/, ''));
  const found = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(LONGEST, words.length - i); n >= 1; n--) {
      const country = COUNTRY_OF.get(words.slice(i, i + n).join(' '));
      if (country !== undefined) {
        found.add(country);
        i += n - 1;
        break;
      }
    }
  }
  return found;
}

/**
 * Offices of a state or its politics: `German chancellor`, `Kremlin spokesman`, `Russian opposition leader`. A role
 * that tells only where someone comes from or works (`American striker`, `German coach`, `Russia expert`) ties them to
 * no government: a club or federation may speak for them.
 */
const STATE_OFFICES = new Set([
  'president', 'premier', 'minister', 'chancellor', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy',
  'diplomat', 'official', 'leader', 'secretary', 'secretary-general', 'king', 'queen', 'monarch', 'commander', 'general',
]);

/** The countries a speaker is tied to: a body's own name (`Kremlin`, `Ukraine's presidency`), a person's offices in the sources (`US president`). */
export function countriesOf(speaker: Speaker, corpus: SpeakerRegistry): Set<number> {
  if (speaker.kind === 'organisation') return countriesIn(speaker.name);
  if (speaker.kind !== 'person' || speaker.members) return new Set();
  const roles = corpus.record(speaker.key)?.roles;
  const found = new Set<number>();
  if (!roles) return found;
  for (const role of roles.keys()) {
    if (!role.split(' ').some((w) => STATE_OFFICES.has(w))) continue;
    for (const c of countriesIn(role)) found.add(c);
  }
  return found;
}

/** Whether a body and a speaker (either way round) are tied to countries and share none: the body does not speak for them. */
export function apartByCountry(claimed: Speaker, source: Speaker, corpus: SpeakerRegistry): boolean {
  if (claimed.kind !== 'organisation' && source.kind !== 'organisation') return false;
  const ours = countriesOf(claimed, corpus);
  if (ours.size === 0) return false;
  const theirs = countriesOf(source, corpus);
  return theirs.size > 0 && ![...ours].some((c) => theirs.has(c));
}
