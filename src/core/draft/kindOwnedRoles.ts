// `The utility's chief executive said` where the sources name the one chief executive they know by her company's name
// (`Gulf Shore Power chief executive Anita Kowalczyk`) and call the company `the utility` elsewhere: a draft names a
// body by its kind (`the utility's`, `the airline's`, `the agency's`) where a source names it. The registry cannot tell
// that the kind is that body, so the description names no one; but when the sources give the office to one person
// only, and the words are a source's speaker known by another office (`Mayor Dana Whitfield`), the draft moves them
// from one office to another. A source speaker the sources give no office may be the kind's holder the sources never
// call so, and one holding an office of the same head (another `chief executive`) may be that body's: neither is
// warned.
import { headsMatch, roleKey, roleSignature } from '../attribution/nameMatching';
import { isPersonNoun } from '../attribution/phraseKinds';
import { executiveForms } from '../attribution/roleHolders';
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import { ROLE_HEADS } from '../text/newsLexicon';
import type { Speaker } from '../types';

/** A body's top offices, which one person often holds two of at once. */
const TOP_OFFICES: ReadonlySet<string> = new Set(['chairman', 'chairwoman', 'chair', 'chairperson', 'president', 'executive', 'ceo', 'director', 'founder', 'owner', 'head', 'chief', 'leader', 'partner', 'publisher', 'principal', 'governor']);

/** `the utility's chief executive`: a lower-case noun in the possessive, then lower-case words ending in a role's noun. */
const KIND_OWNED = /^the\s+(\p{Ll}[\p{Ll}-]*)['\u2019]s\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*)$/iu;

/** The role words of a draft's description of a body's office by the body's kind, or null. */
function kindOwnedRole(mention: string): string[] | null {
  const found = KIND_OWNED.exec(mention.trim());
  if (!found) return null;
  // `the mayor's spokesman`, `the minister's aide`: a person's staff, whom the registry's owned roles find.
  if (isPersonNoun(found[1].toLowerCase()) || ROLE_HEADS.has(found[1].toLowerCase())) return null;
  const role = found[2].split(/\s+/);
  return ROLE_HEADS.has(role[role.length - 1]) ? role : null;
}

/**
 * Whether the draft's words for its speaker (`mention`: `the utility's chief executive`) name an office the sources
 * give one other person than `source`, the sources' speaker of the words, whom the sources know by an office of
 * another head.
 */
export function kindOwnedRoleApart(mention: string | null, source: Speaker, corpus: SpeakerRegistry): boolean {
  const role = mention === null || source.kind !== 'person' || source.members ? null : kindOwnedRole(mention);
  const wanted = role === null ? null : roleSignature(roleKey(role));
  if (role === null || wanted === null) return false;
  // A chief officer's title in any of its forms (`the utility's CEO` for `Chief Executive Officer Ana Kral`).
  const holder = [role, ...executiveForms(role)].reduce<ReturnType<SpeakerRegistry['lookupRole']>>((found, words) => found ?? corpus.lookupRole(words, null), null);
  if (holder === null || holder.kind !== 'person' || holder.key === source.key) return false;
  const theirs = [...(corpus.record(source.key)?.roles.keys() ?? [])];
  if (theirs.length === 0) return false;
  return theirs.every((r) => {
    const signature = roleSignature(r);
    if (signature === null || headsMatch(signature.head, wanted.head) || headsMatch(wanted.head, signature.head)) return false;
    // One person often holds two of a body's top offices (`chairman and chief executive`, `founder and president`).
    return !(TOP_OFFICES.has(signature.head) && TOP_OFFICES.has(wanted.head));
  });
}
