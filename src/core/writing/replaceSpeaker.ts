// The fix for a misattributed quote: the name to write in place of the wrong speaker.
import type { SpeakerKind } from '../types';

/**
 * The name to put in place of a wrong speaker: the surname when the draft named the wrong person by one word
 * (`Zelensky` -> `Putin`, keeping a possessive), the full name otherwise (`the Ukrainian president` -> `Vladimir Putin`).
 */
export function replacementName(mentionText: string, speakerName: string, kind: SpeakerKind): string {
  const mention = mentionText.trim();
  const words = speakerName.trim().split(/\s+/);
  if (kind === 'person' && words.length > 1 && /^\p{Lu}[\p{L}'’-]*$/u.test(mention)) {
    const surname = words[words.length - 1];
    const possessive = /['’]s$/.test(mention) ? mention.slice(-2) : '';
    return surname + possessive;
  }
  return speakerName;
}

/** The names offered for a misattributed quote, the preferred first: as the draft names people, then in full (one may be the draft's own). */
export function replacementNames(mentionText: string, sourceSpelling: string, kind: SpeakerKind): string[] {
  return [...new Set([replacementName(mentionText, sourceSpelling, kind), sourceSpelling])];
}
