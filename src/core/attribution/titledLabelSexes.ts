// `MR KIPTOO:` in a press conference's transcript whose text names only the athlete Faith Kiptoo, a woman, in full:
// the label's surname finds her, but its courtesy title says the speaker is a man, so the turn is not hers. A turn
// given no one is silence; one given the wrong person is a false alarm on every draft that quotes it rightly.
import type { Speaker } from '../types';
import type { SpeakerRegistry } from './speakerRegistry';
import { sexOfGivenName } from './givenNameSexes';
import { sexOfCourtesyTitle } from './titleSexes';

/** The sex the courtesy title opening a label says (`MR`, `Mrs.`, `**Ms**`), or null (no such title: `DR WANJIRU`, `KIPTOO`). */
export function labelTitleSex(label: string): 'male' | 'female' | null {
  const first = /^[^\p{L}]*(\p{L}+)/u.exec(label);
  return first ? sexOfCourtesyTitle(first[1].toLowerCase()) : null;
}

/**
 * `speaker`, or null where the label's title says one sex and the speaker's given name the other (`MR KIPTOO` for
 * Faith Kiptoo). The given name, not the registry's weighing: the label's own title counts there for the one it finds.
 */
export function speakerOfTitledLabel(registry: SpeakerRegistry, label: string, speaker: Speaker | null): Speaker | null {
  if (speaker === null || speaker.kind !== 'person') return speaker;
  const titled = labelTitleSex(label);
  if (titled === null) return speaker;
  const record = registry.record(speaker.key);
  const named = record?.kind === 'person' && record.first !== null ? sexOfGivenName(record.first) : null;
  return named !== null && named !== titled ? null : speaker;
}
