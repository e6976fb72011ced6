// An attribution later in a sentence that a quote opens (`"I order ..." of the regions, Putin said in the decrees.`):
// the first verb of saying within reach after the quote, and who it says spoke.
import { OBJECT_SPEECH_VERBS } from '../text/newsLexicon';
import type { Token } from '../text/sentenceTokens';
import type { Phrase } from './namePhrases';
import { phraseAfter, phraseBefore } from './speakerPhrases';
import { subjectPastObject, subjectPastRelativeClause } from './relativeSpeakers';
import { speakerRelayedAfter } from './relayedSpeakers';
import { REACH } from './resolvedSpeakers';
import { isRelayVerb, isSpeechVerbAt } from './tokenClasses';

/** The phrase naming the speaker of the quote at token `qi` by the first verb of saying after it, if one names someone. */
export function laterAttribution(tokens: readonly Token[], qi: number): Phrase | null {
  for (let k = qi + 1; k < tokens.length && k <= qi + REACH; k++) {
    if (!isSpeechVerbAt(tokens, k) || isRelayVerb(tokens[k])) continue;
    const subject = subjectPastRelativeClause(tokens, subjectPastObject(tokens, phraseBefore(tokens, k, qi + 1), qi + 1), qi + 1);
    if (subject) return speakerRelayedAfter(tokens, k) ?? subject; // `"...," or so Kral says Peskar told him.`
    // `"...," said Putin`, never `"...," Butz, 49, told The Huffington Post`: a told's name is its listener.
    return OBJECT_SPEECH_VERBS.has(tokens[k].lower) ? null : phraseAfter(tokens, k + 1, false);
  }
  return null;
}
