// `Vermeulen said her player had changed. "She doesn't panic any more," the coach told AFP.` Sport and business copy
// name a person and, in the next sentence of the same paragraph, call them by a role the text had not given them yet
// (`the coach`, `the 73-year-old businessman`): the epithet goes on with the topic, the subject just before it. A role
// is otherwise only taken for someone the texts give that role (describedRoles.ts), so that `the mayor` never becomes
// whoever was named last; here the role is taken only when nothing else can be meant: the person was the subject of
// the sentence right before, by name, that sentence and the description's own name no other person, the texts give
// the person no role but where they come from (a known role that differs says the epithet is someone else's), the
// description is in lower case, and its role is a trade's (`the coach`), not an office some other holder may have
// (`the prime minister`).
import type { PreparedText } from '../text/prepareText';
import type { Token } from '../text/sentenceTokens';
import type { Phrase } from './namePhrases';
import type { Resolved } from './resolvedSpeakers';
import type { SpeakerRecord, SpeakerRegistry } from './speakerRegistry';
import { isWord } from './tokenClasses';
import { demonymGender } from './demonyms';

/**
 * Roles a person holds in their own trade, not offices a country, a city or a body has one holder of: `the prime
 * minister` or `the chief executive` after a name may well be someone else's office, `the coach` or `the businessman`
 * after the coach's or the businessman's name is who the paragraph is about.
 */
const TRADE_ROLES: ReadonlySet<string> = new Set([
  'coach', 'manager', 'captain', 'skipper', 'businessman', 'businesswoman', 'founder', 'owner', 'teacher', 'doctor',
  'surgeon', 'nurse', 'scientist', 'researcher', 'engineer', 'novelist', 'comedian', 'pastor', 'priest', 'columnist',
  'commentator', 'presenter', 'consultant',
]);

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
  if (!record || record.kind !== 'person' || hasRole(record) || s < 1 || !TRADE_ROLES.has(tokens[part.to - 1]?.lower ?? '')) return false;
  if (p.sentences[s - 1].paragraph !== p.sentences[s].paragraph) return false;
  if (tokens.slice(part.from, part.to).some((t) => isWord(t) && t.cap)) return false; // `the Harbor coach`: whose is told
  // The subject just before names the person (`Vermeulen said`), not a role that was resolved to them in turn.
  const subject = topic.subjectOf(s - 1);
  if (subject?.speaker.key !== found.speaker.key || !/^\p{Lu}/u.test(subject.mention.text) || /^(?:the|a|an|this|that|his|her|their|its|he|she)\b/i.test(subject.mention.text)) return false;
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

/** Whether the texts give the person a role; where they come from (`Belgian Ann Vermeulen`) is none. */
function hasRole(record: SpeakerRecord): boolean {
  for (const role of record.roles.keys()) if (role.split(' ').some((w) => demonymGender(w.charAt(0).toUpperCase() + w.slice(1)) === undefined)) return true;
  return false;
}
