// One person's name as different outlets spell it: transliterated otherwise (`Andriy Melnychuk`, `Andrei Melnichuk`;
// `Oleksandr`/`Aleksandr` are not close enough and stay two), or with initials for the given names (`J.P. Moreau` for
// `Jean-Pierre Moreau`). The registry joins a surname spelt otherwise only when the given names are spelt alike, so
// two such spellings can be two records; a draft that uses one spelling for words a source gives the other must not
// be told it has the wrong person. A false alarm is worse than a miss: two relatives whose given names differ by a
// letter or two are kept apart only when the names' sexes differ (`Jan`, `Jana`); `Marco` and `Mario` are not.
import { sexOfGivenName } from '../attribution/givenNameSexes';
import { editDistance, isSpellingVariant, normalizeWord } from '../text/normalizeText';

/**
 * A transliterated given name keeps its first letter and differs in one letter from four letters up (`Yuri`,
 * `Yuriy`), two from five (`Andriy`, `Andrei`).
 */
const TRANSLITERATION = [{ length: 4, edits: 1 }, { length: 5, edits: 2 }];

interface NameParts {
  /** The given names, lower case, hyphenated ones split (`jean`, `pierre`); initials as letters (`j`, `p`). */
  readonly given: string[];
  /** Whether the given names are written as initials only (`J.P.`, `JP`, `J. P.`). */
  readonly initials: boolean;
  readonly surname: string;
}

function partsOf(name: string): NameParts | null {
  const words = name.split(/[\s.]+/).filter(Boolean);
  if (words.length < 2) return null;
  const givenWords = words.slice(0, -1);
  const initials = givenWords.every((w) => /^\p{Lu}{1,3}$/u.test(w));
  const given = initials ? givenWords.flatMap((w) => [...w.toLowerCase()]) : givenWords.flatMap((w) => w.split('-')).filter(Boolean).map(normalizeWord);
  return { given, initials, surname: normalizeWord(words[words.length - 1]) };
}

/** Initials that stand for given names: the same letters, or the first of them (`J.` for `Jean-Pierre`). */
function initialsFit(letters: readonly string[], given: readonly string[]): boolean {
  return letters.length <= given.length && letters.every((l, i) => given[i][0] === l);
}

/** Two spellings of one given name (`Andrii`, `Andriy`, `Andrei`). */
function givenFit(a: string, b: string): boolean {
  if (isSpellingVariant(a, b)) return true;
  if (a[0] !== b[0]) return false;
  const shorter = Math.min(a.length, b.length);
  return TRANSLITERATION.some((t) => shorter >= t.length && editDistance(a, b, t.edits) <= t.edits);
}

/** Whether two names in full (a draft's and a source's) may be one person's spelt otherwise. */
export function spelledOtherwise(a: string, b: string): boolean {
  const x = partsOf(a);
  const y = partsOf(b);
  if (!x || !y || x.given.length === 0 || y.given.length === 0) return false;
  if (x.surname !== y.surname && !isSpellingVariant(x.surname, y.surname)) return false;
  if (x.initials || y.initials) {
    const [letters, other] = x.initials ? [x, y] : [y, x];
    return other.initials ? initialsFit(letters.given, other.given) || initialsFit(other.given, letters.given) : initialsFit(letters.given, other.given);
  }
  const sexA = sexOfGivenName(x.given[0]);
  const sexB = sexOfGivenName(y.given[0]);
  if (sexA !== null && sexB !== null && sexA !== sexB) return false;
  return givenFit(x.given[0], y.given[0]);
}
