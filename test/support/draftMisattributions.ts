// The misattributions a draft check reports, as `claimed / source` speaker pairs: the shape the role and claim tests
// assert on (who the draft says spoke, and who the sources say did).
import { checkDraft, type CorpusIndex } from '../../src/core';

/** Each `misattributed-quote` of `draft` against `index`, as `claimed speaker / source speaker`. */
export function misattributedPairs(draft: string, index: CorpusIndex): string[] {
  return checkDraft(draft, index)
    .findings.filter((f) => f.code === 'misattributed-quote')
    .map((f) => `${f.claimedSpeaker} / ${f.sourceSpeaker}`);
}
