// Whether the person a definite description reached back to (`the billionaire`, `the Ortiz supporter`, `the mayor`)
// is one the description can mean: the words it is named by, or a role the texts give that person.
import { ROLE_HEADS } from '../text/newsLexicon';
import { ROLE_KIN } from '../text/roleKin';
import type { Token } from '../text/sentenceTokens';
import { ofAnotherCountry } from './foreignCounterparts';
import type { Phrase } from './namePhrases';
import { headsMatch, isGenericHead, ofOtherRank, roleSignature } from './nameMatching';
import { capitalsAmong } from './phraseKinds';
import type { Resolved } from './resolvedSpeakers';
import type { SpeakerRecord } from './speakerRegistry';
import { continuesTopic, type TopicContext } from './topicEpithets';
import { ageAgrees } from './describedAges';

/**
 * `found`: the person last named before the description `part` of head `noun`; `record`: what the texts know of them.
 * `the Ortiz supporter`, `the Harbor actor`: a capital before a noun that is no role says whose or which; the one
 * found must have it in their name or roles, or the description is someone the text left unnamed. A role's head
 * (and `the first lady`, an office) must be a role of the one found, not any person last named.
 */
export function describedRoleFits(tokens: readonly Token[], part: Phrase, noun: string, found: Resolved, record: SpeakerRecord | undefined, topic?: TopicContext): boolean {
  if (topic && !ageAgrees(topic.p.text, tokens[part.from].start, tokens, part, found.speaker.name)) return false; // `the 52-year-old` (describedAges.ts)
  if (!ROLE_HEADS.has(noun) && tokens[part.to - 2]?.lower !== 'first') return capitalsAmong(tokens, part, [found.speaker.key, found.mention.text, ...(record ? record.roles.keys() : [])]);
  if (!record || ofAnotherCountry(tokens, part, record.roles.keys()) || (isGenericHead(noun) && !capitalsAmong(tokens, part, [found.speaker.key, ...record.roles.keys()]))) return false;
  // `nato secretary general` heads NATO as one office (roleSignature), which no word of it alone does.
  // A deputy's office is not the office (`Deputy Mayor Kral ... the mayor said`), but a deputy minister is a diplomat.
  const words = tokens.slice(part.from, part.to).map((t) => t.lower);
  for (const role of record.roles.keys()) if (role.split(' ').some((w) => ROLE_KIN.get(noun)?.has(w) === true) || (!ofOtherRank(role, words) && (role.split(' ').some((w) => headsMatch(w, noun)) || headsMatch(roleSignature(role)?.head ?? '', noun)))) return true;
  // A role the texts give no one yet, for the subject of the sentence just before (topicEpithets.ts).
  return topic !== undefined && continuesTopic(tokens, part, found, record, topic);
}
