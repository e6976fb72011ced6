// `Dunlop's husband, Walt, … he said` in a source, `Peg Dunlop … she said` in the draft: a speaker the sources know
// only by a given name is no one the rules for full names can tell apart, yet a man called Walt is not Peg Dunlop.
// Two people are apart by sex only where both are sure: the lone name is a given name of one sex (`walt`, never
// `jordan`) that the text's pronouns do not contradict, and the other's sex is the registry's (pronouns, nouns, a
// given name). A lone surname (`Kral`) is left to the other rules: whose it is is unknown.
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import { sexOfGivenName } from '../attribution/givenNameSexes';
import type { Speaker } from '../types';

interface Sex {
  readonly sex: 'male' | 'female';
  readonly lone: boolean;
}

function sexOf(speaker: Speaker, corpus: SpeakerRegistry): Sex | null {
  if (speaker.kind !== 'person' || speaker.members) return null;
  const lone = !speaker.key.includes(' ');
  const record = corpus.record(speaker.key);
  // A draft's own `Lena`, whom the sources do not know: her given name alone tells.
  if (!record) {
    const named = lone ? sexOfGivenName(speaker.key) : null;
    return named === null ? null : { sex: named, lone };
  }
  if (record.kind !== 'person') return null;
  const told = corpus.gender(record);
  if (!lone) return told === null ? null : { sex: told, lone: false };
  // A lone name of the sources' is a given name of one sex only when the text's pronouns do not say otherwise.
  const named = sexOfGivenName(record.first ?? record.last);
  return named !== null && (told === null || told === named) ? { sex: named, lone: true } : null;
}

/** Whether two people, one of them known only by a given name, are of different sexes by sure signs: not one person. */
export function apartBySex(a: Speaker, b: Speaker, corpus: SpeakerRegistry): boolean {
  const one = sexOf(a, corpus);
  if (one === null) return false;
  const other = sexOf(b, corpus);
  return other !== null && (one.lone || other.lone) && one.sex !== other.sex;
}
