// Whether a speaker found before a pronoun (or a description) can be the one it stands for: its kind, its sex, and
// whether the text shows it to be someone at all.
import { genderOfNoun } from '../text/personNouns';
import type { Speaker } from '../types';
import type { Token } from '../text/sentenceTokens';
import type { Resolved } from './resolvedSpeakers';
import { isPersonNoun } from './phraseKinds';
import { actsAsVerb, isAdverb } from './tokenClasses';
import { PAIR_WORDS } from './pairReferents';
import type { SpeakerRegistry } from './speakerRegistry';

/** What a noun of one sex set before a name (`his wife, Sian,`) weighs in its record's sex (rolesBeforeNames.ts). */
const NOUN_SEX_WEIGHT = 3;

/** A description whose noun follows an age (`35-year-old shopkeeper`), with a modifier between at most. */
const AGED_HEAD = /\b\d{1,3}-year-old(?: \S+)? \S+$/;

export type PronounWant = 'male' | 'female' | 'plural' | 'organisation' | null;

/**
 * `describedSexes`: the sex earlier pronouns gave a description (`A friend ... he said`); `speaking`: the capitals the
 * text shows speaking on their own (speakingWords.ts), asked only for a lone capital.
 */
export function pronounFits(registry: SpeakerRegistry, speaker: Speaker, want: PronounWant, describedSexes: ReadonlyMap<string, 'male' | 'female'> | null, speaking: () => ReadonlySet<string>): boolean {
  if (want === 'organisation') return speaker.kind === 'organisation' && !speaker.members;
  if (want === 'plural') return speaker.kind === 'organisation' || (speaker.members?.length ?? 0) > 1;
  if (speaker.members || speaker.kind === 'organisation') return false;
  const record = registry.record(speaker.key);
  if (speaker.kind === 'description') {
    // `The AP interview ... "...," he said`: a description stands for a person only when it names one.
    const space = speaker.key.lastIndexOf(' ');
    const last = speaker.key.slice(space + 1), before = speaker.key.slice(speaker.key.lastIndexOf(' ', space - 1) + 1, space);
    // `A nurse volunteering at the tent said`: a participle after a noun for a person opens a clause about that
    // person, read into the phrase; the noun is its head (a later `she` had passed it for a woman named before).
    const head = space > 0 && /[a-z]{3}ing$/.test(last) && isPersonNoun(before) ? before : last;
    // `The former still works. "...," she said` with no pair to choose from: that one of two, unknown, not one before.
    // `a 35-year-old shopkeeper`, `the 58-year-old Afrikaner`: an age says a person, whatever noun no word list knows.
    if (!isPersonNoun(head) && !PAIR_WORDS.has(head) && !AGED_HEAD.test(speaker.key)) return false;
    // `A friend … "…," he said`: one a `he` meant is no `she` later (a noun of no sex fitted both).
    const gender = genderOfNoun(head) ?? describedSexes?.get(speaker.key) ?? null;
    return !want || gender === null || gender === want;
  }
  // A lone capitalised word never seen with a given name, a title or a speech verb of its own in this text
  // (`Getty`, `Eyebrows`, `Libya`) is no one a pronoun or a description can mean; `Garnier said` is someone, and so is
  // a name set off after a relative's noun (`The girl's mother, Kalaiselvi,`), whose noun gave it a sex.
  if (!record || (record.first === null && record.roles.size === 0 && record.aliases.size === 0 && !speaking().has(record.last) && Math.max(record.male, record.female) < NOUN_SEX_WEIGHT)) return false;
  if (!want) return true;
  const gender = registry.gender(record) ?? describedSexes?.get(speaker.key) ?? null;
  return gender === null || gender === want;
}

/**
 * Whether the subject opening a sentence (`Kral and Peskar clashed. "...," he said`; `tokens`: the sentence's) is a
 * pair one of whom a `he` or `she` may stand for: that person is nearer than anyone named before the pair, so the
 * pronoun reaches no further back (it had gone past the pair to a man of the paragraph before, and a draft's quote
 * to him). A pair with no verb of its own after it (`Ivo Kral and Tom Berg, who say`) may be no subject of the
 * sentence at all, and does not stop it.
 */
export function pairHolds(registry: SpeakerRegistry, found: Resolved, tokens: readonly Token[], want: PronounWant, describedSexes: ReadonlyMap<string, 'male' | 'female'> | null, speaking: () => ReadonlySet<string>): boolean {
  const members = found.speaker.members;
  if (!members || (want !== 'male' && want !== 'female')) return false;
  // Only titles before it (`President Ana Kral and Vice President Ivo Peskar`), and its verb right after it. Read from
  // the sentence's start to the pair's end only, so a long sentence is not read again for each pronoun after it.
  let next = 0;
  for (; next < tokens.length && tokens[next].start < found.mention.end; next++) if (tokens[next].start < found.mention.start && !(tokens[next].kind === 'word' && tokens[next].cap)) return false;
  if (next >= tokens.length || !(actsAsVerb(tokens[next]) || (isAdverb(tokens[next]) && actsAsVerb(tokens[next + 1])))) return false;
  return fittingMembers(registry, members, want, describedSexes, speaking).length > 0;
}

/**
 * The one person of a pair that pairHolds stops at whom the pronoun fits (`Ana Kral and Ivo Peskar clashed. "...," he
 * said`: Peskar, where the texts show Kral a woman), or null where both may be meant.
 */
export function soleMember(registry: SpeakerRegistry, found: Resolved, want: PronounWant, describedSexes: ReadonlyMap<string, 'male' | 'female'> | null, speaking: () => ReadonlySet<string>): Resolved | null {
  const fitting = fittingMembers(registry, found.speaker.members ?? [], want, describedSexes, speaking);
  return fitting.length === 1 ? { speaker: fitting[0], mention: found.mention } : null;
}

function fittingMembers(registry: SpeakerRegistry, members: readonly string[], want: PronounWant, describedSexes: ReadonlyMap<string, 'male' | 'female'> | null, speaking: () => ReadonlySet<string>): Speaker[] {
  const fitting: Speaker[] = [];
  for (const key of members) {
    const record = registry.record(key);
    const speaker = record !== undefined && record.kind === 'person' ? registry.toSpeaker(record) : null;
    if (speaker && pronounFits(registry, speaker, want, describedSexes, speaking)) fitting.push(speaker);
  }
  return fitting;
}
