// `Margit Sundqvist flew in. ¶ Lindahl stood beside Henrike Tallis. "…," she said.` for words the sources give
// Henrike Tallis: the draft's `she` was read as the woman named before as a subject, Sundqvist, past Tallis, named
// closer to the quote. A reader may well take the pronoun for Tallis; the reading is a guess between two women, and
// no misattribution rests on it. Only the sources' speaker counts as the one passed over, and only when the pronoun
// fits them: a pronoun that passes over some third person (`briefed the mayor, Glen Haskett`) is wrong whoever of
// the two it means.
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import type { SourceMatch, Speaker } from '../types';
import { sexWithTags } from './sourcePronounTags';

const PRONOUN_SEX: Readonly<Record<string, 'male' | 'female'>> = { he: 'male', she: 'female' };

function lastWord(name: string): string {
  return name.split(/\s+/).pop() ?? '';
}

/** Where `word` last stands in `text` as a word of its own, with its capital (-1: nowhere). */
function lastPlace(text: string, word: string): number {
  if (!word) return -1;
  const spelt = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let at = -1;
  for (const found of text.matchAll(new RegExp(`(?<!\\p{L})${spelt}(?!\\p{L})`, 'gu'))) at = found.index!;
  return at;
}

/** Whether `text` names `speaker` by the last word of their name, with its capital. */
export function namesSpeaker(text: string, speaker: Speaker): boolean {
  return lastPlace(text, lastWord(speaker.name)) >= 0;
}

/**
 * Whether the draft's pronoun (`mention`), read as `claimed`, may mean `source`, the sources' speaker of the words:
 * `before` (the draft's text up to the quote: its paragraph and the one before) names `source` after its last word
 * for `claimed`, and the sources' pronouns for `source` (their own tags among `matches` too: see sourcePronounTags.ts)
 * do not contradict it.
 */
export function pronounMayMean(before: string, mention: string | null, claimed: Speaker, source: Speaker | null, corpus: SpeakerRegistry, matches: readonly SourceMatch[] = []): boolean {
  const sex = mention === null ? undefined : PRONOUN_SEX[mention.trim().toLowerCase()];
  if (sex === undefined || source === null || source.kind !== 'person' || source.members) return false;
  const theirs = lastPlace(before, lastWord(source.name));
  if (theirs < 0 || theirs < lastPlace(before, lastWord(claimed.name))) return false;
  const told = sexWithTags(source, corpus, matches);
  return told === null || told === sex;
}
