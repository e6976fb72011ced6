// What a definite phrase of one word (`the statement`, `the former`) refers to in the sentences before it: the issuer
// of a text (statementIssuers.ts) or one of a pair of people (pairReferents.ts).
import type { PreparedText } from '../text/prepareText';
import { isIssuedText } from './phraseKinds';
import { pairMember } from './pairReferents';
import type { Resolved } from './resolvedSpeakers';
import type { SpeakerRegistry } from './speakerRegistry';
import { issuerBefore } from './statementIssuers';

/** Who `the <noun>` in sentence `s` stands for, by the sentences before it; null when they show no one. */
export function referentBefore(p: PreparedText, registry: SpeakerRegistry, s: number, noun: string, subjectOf: (k: number) => Resolved | null): Resolved | null {
  if (isIssuedText(noun)) return issuerBefore(p, s, noun, subjectOf);
  return pairMember(registry, s, noun, subjectOf);
}
