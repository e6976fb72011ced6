// A name written family name first (`Mori Aiko`, `Nakamura Ren`, `Orbán Viktor`) and the same person called by
// courtesy title and family name (`Ms Mori said`): the sources' reader takes the last word for the surname, so it
// never joins the two, and a draft that credits `Mori Aiko` with the words of `Ms Mori` would be told the sources
// give them to someone else. A courtesy title goes with a family name, so a lone name so titled that is the FIRST
// word of a full name the sources give may be that person. Not when the word is a known given name (`Mr Thomas` is
// no `Thomas Kral`), nor when the sources name anyone in full with it as the surname (`Ian Mori`: that is who
// `Ms Mori` most likely is).
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import { sexOfGivenName } from '../attribution/givenNameSexes';
import { COURTESY_TITLES } from '../text/newsLexicon';
import type { Speaker } from '../types';

// The surnames of the people the sources name in full, made once a registry (and again when it grew): asked only
// for a lone titled name, which most checks never meet.
const surnameTables = new WeakMap<SpeakerRegistry, { size: number; surnames: Set<string> }>();

function fullNameSurnames(corpus: SpeakerRegistry): Set<string> {
  const known = surnameTables.get(corpus);
  if (known && known.size === corpus.size) return known.surnames;
  const surnames = new Set<string>();
  for (const record of corpus.records()) if (record.kind === 'person' && record.first !== null) surnames.add(record.last);
  surnameTables.set(corpus, { size: corpus.size, surnames });
  return surnames;
}

/** The word of a person the sources know only by one word with a courtesy title (`Ms Mori`: `mori`); else null. */
function titledLoneWord(speaker: Speaker, corpus: SpeakerRegistry): string | null {
  if (speaker.kind !== 'person' || speaker.members || speaker.key.includes(' ')) return null;
  const record = corpus.record(speaker.key);
  if (!record || record.first !== null) return null;
  return [...record.roles.keys()].some((role) => COURTESY_TITLES.has(role)) ? record.last : null;
}

/** Whether one speaker is the other's `Ms Mori` to their `Mori Aiko`: see above. */
export function familyNameFirst(a: Speaker, b: Speaker, corpus: SpeakerRegistry): boolean {
  return oneWay(a, b, corpus) || oneWay(b, a, corpus);
}

function oneWay(lone: Speaker, full: Speaker, corpus: SpeakerRegistry): boolean {
  if (full.kind !== 'person' || full.members) return false;
  const word = titledLoneWord(lone, corpus);
  if (word === null || sexOfGivenName(word) !== null) return false;
  const words = full.key.split(' ');
  return words.length >= 2 && words[0] === word && !fullNameSurnames(corpus).has(word);
}

/**
 * `Akiko Watanabe` and `Watanabe Akiko`: one outlet writes a name in its own order, another in Western order, and the
 * registry keys each as written. The same two words swapped are one person.
 */
export function sameNameReversed(a: Speaker, b: Speaker): boolean {
  if (a.kind !== 'person' || b.kind !== 'person' || a.members || b.members) return false;
  const x = a.key.split(' '), y = b.key.split(' ');
  return x.length === 2 && y.length === 2 && x[0] !== x[1] && x[0] === y[1] && x[1] === y[0];
}

