// A transcript's label of a role with no name (`THE PRESIDENT:`, `THE CHAIR:`): the words are the role's holder's
// when the text itself names who holds it (`Remarks by President Ana Kral`, `Ivo Peskar, the chair of the
// committee`); else no one a draft could name. Never another text's holder, nor one of another office that shares
// the word (`former president`, `vice chair`): no speaker is a miss, a wrong one a false alarm.
import type { PreparedText } from '../text/prepareText';
import type { Speaker } from '../types';
import { roleKey, roleSignature } from './nameMatching';
import type { SpeakerRecord, SpeakerRegistry } from './speakerRegistry';

/** Words before a role that make it another office, or another time's holder. */
export const OTHER_HOLDER_WORDS: ReadonlySet<string> = new Set([
  'former', 'ex', 'late', 'vice', 'deputy', 'assistant', 'associate', 'acting', 'interim', 'elect', 'outgoing',
  'incoming', 'future', 'previous', 'then', 'co',
]);

/**
 * Roles of those who ask (`REPORTER:`, `HOST:`): a briefing's many journalists share one such label, so a reporter the
 * text names is not every `REPORTER:`.
 */
const ASKING_ROLES: ReadonlySet<string> = new Set([
  'host', 'co-host', 'anchor', 'presenter', 'reporter', 'correspondent', 'moderator', 'interviewer', 'narrator',
  'announcer', 'questioner', 'journalist',
]);

/** How far apart the role's word and the holder's name may stand in the text's words (`President Ana Kral`, `Kral, the chair`). */
const NEAR_CHARS = 40;

/** Whether the text's own words give the holder the role: its word near their surname, outside the labels. */
function givenInText(p: PreparedText, head: string, record: SpeakerRecord): boolean {
  const surname = record.last?.toLowerCase();
  if (!surname) return false;
  const text = p.text.toLowerCase();
  for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + head.length)) {
    // The label itself (`THE PRESIDENT:`) says nothing of who holds the role.
    if (/^\s*:/.test(text.slice(at + head.length, at + head.length + 3))) continue;
    const around = text.slice(Math.max(0, at - NEAR_CHARS - surname.length), at + head.length + NEAR_CHARS + surname.length);
    if (around.includes(surname)) return true;
  }
  return false;
}

/** The person the text names as holding `role` (the label's role words, `president`), or null. */
export function labelRoleHolder(registry: SpeakerRegistry, p: PreparedText, role: string): SpeakerRecord | null {
  // A draft (a text of no id) has no holder of its own to give the role.
  if (p.id === null) return null;
  const words = role.split(' ');
  if (words.some((w) => ASKING_ROLES.has(w))) return null;
  const wanted = roleSignature(roleKey(words));
  if (!wanted) return null;
  const record = registry.lookupRole(words, p.id);
  if (!record || record.kind !== 'person' || !record.articles.has(p.id)) return null;
  const holds = [...record.roles.keys()].some((key) => {
    const held = roleSignature(key);
    return held !== null && held.head === wanted.head && !held.modifiers.some((m) => OTHER_HOLDER_WORDS.has(m));
  });
  return holds && givenInText(p, wanted.head, record) ? record : null;
}

/**
 * Each text's answers by role: a transcript's turns repeat their label (`THE PRESIDENT:` a hundred times), and each
 * answer reads the whole text for the role's word; asked once a role, a long transcript costs about its length.
 */
const answered = new WeakMap<PreparedText, Map<string, SpeakerRecord | null>>();

/** The holder of a transcript label's role (labelRoleHolder), as the speaker of its turn. */
export function labelRoleSpeaker(registry: SpeakerRegistry, p: PreparedText, role: string): Speaker | null {
  let roles = answered.get(p);
  if (!roles) answered.set(p, (roles = new Map()));
  let holder = roles.get(role);
  if (holder === undefined) roles.set(role, (holder = labelRoleHolder(registry, p, role)));
  return holder ? registry.toSpeaker(holder) : null;
}
