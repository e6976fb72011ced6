// What a definite phrase of one word (`the statement`, `the former`) refers to in the sentences before it: the issuer
// of a text (statementIssuers.ts) or one of a pair of people (pairReferents.ts).
import type { PreparedText } from '../text/prepareText';
import { isIssuedText } from './phraseKinds';
import { pairMember } from './pairReferents';
import type { Resolution, Resolved } from './resolvedSpeakers';
import type { Phrase } from './namePhrases';
import type { SpeakerRegistry } from './speakerRegistry';
import { issuerBefore } from './statementIssuers';

/** Who `the <noun>` in sentence `s` stands for, by the sentences before it; null when they show no one. */
export function referentBefore(p: PreparedText, registry: SpeakerRegistry, s: number, noun: string, subjectOf: (k: number) => Resolved | null, resolveIn?: (k: number, phrase: Phrase) => Resolution): Resolved | null {
  if (isIssuedText(noun) || noun === 'letter') return issuerBefore(p, s, noun, subjectOf, resolveIn);
  return pairMember(registry, s, noun, subjectOf);
}
