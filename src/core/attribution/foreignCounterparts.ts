// `Ana Kral, the Norlandic foreign minister, met her Ostmarkian counterpart. "...," the Ostmarkian minister said`:
// diplomatic copy names two holders of one office side by side, told apart only by their countries. A description
// whose nationality or country differs from the one in the last-named person's role is the other holder, never her.
import { PARTY_WORDS } from '../text/newsLexicon';
import type { Token } from '../text/sentenceTokens';
import { trailingPlaceWords } from '../text/placeNames';
import { demonymGender } from './demonyms';
import type { Phrase } from './speakerPhrases';
import { isWord } from './tokenClasses';

/** Words with a nationality's ending that say a party, a faith or a kind, no country (`the Republican nominee`). */
const NO_COUNTRY: ReadonlySet<string> = new Set([
  ...PARTY_WORDS, 'christian', 'jewish', 'muslim', 'catholic', 'islamic', 'hispanic', 'lutheran', 'episcopalian', 'evangelical',
  'public', 'academic', 'olympic', 'atlantic', 'pacific', 'arctic', 'metropolitan', 'suburban', 'urban', 'veteran', 'partisan', 'bipartisan',
]);
/** Letters two words for one country share at their start (`russia`, `russian`; `turkey`, `turkish`). */
const SHARED_STEM = 4;

/** A word that names a country or says someone is of one: `Russian`, `Turkish`, `Norlandic`, `Ukraine`. */
function countryWord(lower: string): boolean {
  const word = lower.replace(/['\u2019]s$/, '');
  if (NO_COUNTRY.has(word)) return false;
  const capital = word.charAt(0).toUpperCase() + word.slice(1);
  return (demonymGender(capital) !== undefined && !/man$/.test(word)) || /^[a-z]{3,}(?:ish|ic)$/.test(word) || trailingPlaceWords([word]) === 1;
}

/**
 * Whether the description `part` of `tokens` (`the Turkish minister`) names a country that none of `roles` (the
 * last-named person's, lower case: `russian foreign minister`) does, while those roles name another one.
 */
export function ofAnotherCountry(tokens: readonly Token[], part: Phrase, roles: Iterable<string>): boolean {
  const own = tokens.slice(part.from, part.to).filter((t) => isWord(t) && t.cap && countryWord(t.lower)).map((t) => t.lower.slice(0, SHARED_STEM));
  if (own.length === 0) return false;
  const theirs = [...roles].flatMap((role) => role.split(' ')).filter(countryWord).map((w) => w.slice(0, SHARED_STEM));
  return theirs.length > 0 && !own.some((stem) => theirs.includes(stem));
}
