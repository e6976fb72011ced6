// `Ana Ferreira and Beatriz Costa opened the clinic. ... The former still sees thirty patients a day.`: `the former`
// and `the latter` stand for the first and the second of the last two people the text named together. Without such a
// pair near enough they stay a description: a guess between two people is a wrong speaker half the time.
import type { Resolved } from './resolvedSpeakers';
import type { SpeakerRegistry } from './speakerRegistry';

/** The words that pick one of a pair; unresolved, a description of someone the pronouns after it must not reach past. */
export const PAIR_WORDS: ReadonlySet<string> = new Set(['former', 'latter']);

/** How many sentences back the pair may have been named (a few paragraphs of a feature about two people). */
const PAIR_SENTENCES = 10;

/**
 * The person `the former` (`which` = 'former') or `the latter` in sentence `s` stands for: the nearest sentence before
 * whose subject (`subjectOf`) is two people joined (`X and Y said`) gives them in order; null when none does.
 */
export function pairMember(registry: SpeakerRegistry, s: number, which: string, subjectOf: (k: number) => Resolved | null): Resolved | null {
  if (!PAIR_WORDS.has(which)) return null;
  for (let k = s - 1; k >= 0 && s - k <= PAIR_SENTENCES; k--) {
    const subject = subjectOf(k);
    const members = subject?.speaker.members;
    if (!subject || !members) continue;
    // A group of three or a body among them: no first and second to choose between.
    if (members.length !== 2 || subject.speaker.kind !== 'person') return null;
    const record = registry.record(members[which === 'former' ? 0 : 1]);
    return record ? { speaker: registry.toSpeaker(record), mention: subject.mention } : null;
  }
  return null;
}
