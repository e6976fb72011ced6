// Whether a draft's speaker and a source's are one person (judgeQuote's `samePerson`: spellings, countries, lone
// names, sexes) is asked of the same two speakers again and again in a check: a draft quotes one person several
// times, and their words stand with the same source speakers. The answer rests on the draft's speaker, the draft's
// words for them (the mention, and the whole name a particle cut: see nameBeforeParticle), the source's speaker and
// the sources' people, which no check changes: kept for one check, keyed by all of them.
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import type { Speaker } from '../types';

/** What a draft's speaker is compared as: the speaker, and the draft's words for them. */
export interface ClaimedSide {
  readonly claimed: Speaker;
  readonly mention: string | null;
  /** The whole name across a particle (nameBeforeParticle), or null. */
  readonly whole: readonly string[] | null;
}

/** The draft's words for a speaker as one key; a separator no mention holds. */
function wordingKey(mention: string | null, whole: readonly string[] | null): string {
  return `${mention === null ? '\u0001' : mention}\u0000${whole === null ? '\u0001' : whole.join(' ')}`;
}

/**
 * samePerson's answers within one check against one registry (judgeDraft makes one), by the draft's speaker, its
 * wording and the source's speaker. Speakers are told by identity: no one changes a speaker once made, and the
 * registry gives each person one object.
 */
export class SamePersonMemo {
  private readonly answers = new Map<Speaker, Map<string, Map<Speaker, boolean>>>();

  constructor(readonly corpus: SpeakerRegistry) {}

  /** The answers for one draft speaker as the draft words them, by source speaker. */
  answersFor({ claimed, mention, whole }: ClaimedSide): Map<Speaker, boolean> {
    let byWording = this.answers.get(claimed);
    if (!byWording) this.answers.set(claimed, (byWording = new Map()));
    const key = wordingKey(mention, whole);
    let answers = byWording.get(key);
    if (!answers) byWording.set(key, (answers = new Map()));
    return answers;
  }
}
