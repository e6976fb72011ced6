// `The foreign minister said` where the sources have two foreign ministers (one of each country), `the spokesman said`
// where they quote several: a role with no word to say whose it is fits whoever the sources give it. The draft's
// reading takes one holder for it, a guess; words of another holder are not someone else's. A role the draft qualifies
// (`the US president`, `the Sarovian spokesman`, `the mayor's spokesman`) says whose it is and is left to the other rules.
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import { ROLE_HEADS } from '../text/newsLexicon';
import type { SourceMatch, Speaker } from '../types';

/** The role a draft's words for its speaker are, when they are `the` and lower-case words ending in a role's noun. */
function bareRole(mention: string): string | null {
  const words = mention.trim().split(/\s+/);
  if (words.length < 2 || words[0].toLowerCase() !== 'the') return null;
  const rest = words.slice(1);
  if (!rest.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w)) || !ROLE_HEADS.has(rest[rest.length - 1])) return null;
  return rest.join(' ');
}

function holds(text: string, role: string): boolean {
  return new RegExp(`(?<![\\p{L}-])${role}(?![\\p{L}-])`, 'iu').test(text);
}

/**
 * Whether the draft calls its speaker by a bare role (`mention`: `the foreign minister`) that the sources also give the
 * source's speaker of these words: a role the registry holds for them, or the source's words for them.
 */
export function bareRoleFits(mention: string | null, match: SourceMatch, source: Speaker, corpus: SpeakerRegistry): boolean {
  const role = mention === null || source.kind !== 'person' ? null : bareRole(mention);
  if (role === null) return false;
  if (holds(match.sourceQuote?.mention?.text ?? '', role)) return true;
  const roles = corpus.record(source.key)?.roles;
  return roles !== undefined && [...roles.keys()].some((r) => holds(r, role));
}
