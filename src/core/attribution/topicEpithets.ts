// `Vermeulen said her player had changed. "She doesn't panic any more," the coach told AFP.` Sport and business copy
// name a person and, in the next sentence of the same paragraph, call them by a role the text had not given them yet
// (`the coach`, `the 73-year-old businessman`): the epithet goes on with the topic, the subject just before it. A role
// is otherwise only taken for someone the texts give that role (describedRoles.ts), so that `the mayor` never becomes
// whoever was named last; here the role is taken only when nothing else can be meant: the person was the subject of
// the sentence right before, that sentence and the description's own name no other person, the texts give the person
// no role at all (a known role that differs says the epithet is someone else's), and the description is in lower case.
import type { PreparedText } from '../text/prepareText';
import type { Token } from '../text/sentenceTokens';
import type { Phrase } from './namePhrases';
import type { Resolved } from './resolvedSpeakers';
import type { SpeakerRecord, SpeakerRegistry } from './speakerRegistry';
import { isWord } from './tokenClasses';

/** What the topic rule reads beyond the description: the text, its people, and the subjects of its sentences. */
export interface TopicContext {
  readonly p: PreparedText;
  readonly registry: SpeakerRegistry;
  /** The sentence the description stands in. */
  readonly s: number;
  readonly subjectOf: (k: number) => Resolved | null;
}

/**
 * Whether the role description `part` (of sentence `topic.s`) may be `found`, the person last named, whom the texts
 * give no role (`record`): `found` is the subject of the sentence just before, in the same paragraph, and no one else
 * is named there or before the description.
 */
export function continuesTopic(tokens: readonly Token[], part: Phrase, found: Resolved, record: SpeakerRecord | undefined, topic: TopicContext): boolean {
  const { p, registry, s } = topic;
  if (!record || record.kind !== 'person' || record.roles.size > 0 || s < 1) return false;
  if (p.sentences[s - 1].paragraph !== p.sentences[s].paragraph) return false;
  if (tokens.slice(part.from, part.to).some((t) => isWord(t) && t.cap)) return false; // `the Harbor coach`: whose is told
  if (topic.subjectOf(s - 1)?.speaker.key !== found.speaker.key) return false;
  const before = tokens.slice(0, part.from);
  return !namesAnother(p.tokensOf(s - 1), found, registry, p.id) && !namesAnother(before, found, registry, p.id);
}

/** Whether a capitalised word of `tokens` (past the first, which opens the sentence) is a person other than `found`. */
function namesAnother(tokens: readonly Token[], found: Resolved, registry: SpeakerRegistry, article: string | null): boolean {
  return tokens.some((t, k) => {
    if (k === 0 || !isWord(t) || !t.cap || (t.start >= found.mention.start && t.end <= found.mention.end)) return false;
    const known = registry.lookupName([t.text], article);
    return known !== null && known.kind === 'person' && known.key !== found.speaker.key;
  });
}
