// A readout's `The President spoke with President Ivo Peskar.` or `President Peskar thanked the President`: a role
// with no name and a named holder of that same role, one acting on the other in one clause, are two people (the
// readout's own president, whom it leaves unnamed, and the one called). `the President` elsewhere in that text is
// then never Peskar, however often the text names him: giving it to him put the host's words in the guest's mouth.
import type { PreparedText } from '../text/prepareText';
import type { Token } from '../text/sentenceTokens';
import type { SpeakerRegistry } from './speakerRegistry';
import { isNameWord, isRoleWord, isWord } from './tokenClasses';

/** Words before a second mention that join a new clause or predicate (`..., and the President then spoke`), not an object. */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'while', 'as', 'when', 'after', 'before', 'then', 'who', 'which', 'that', 'where', 'because', 'although', 'though']);

/** Per text: `role word -> keys of named holders` a bare `the <Role>` was shown to be someone other than. */
const cache = new WeakMap<PreparedText, Map<string, Set<string>>>();

/** A mention in one sentence: where it starts and ends, in tokens, and the role word it names. */
interface RoleMention { from: number; to: number; role: string; key?: string }

/** Whether `the <role>` in `p` (a bare role word, any case) is shown in some clause to be someone other than `key`. */
export function bareRoleIsOtherThan(p: PreparedText, registry: SpeakerRegistry, role: string, key: string): boolean {
  let found = cache.get(p);
  if (!found) {
    found = counterparts(p, registry);
    cache.set(p, found);
  }
  return found.get(role.toLowerCase())?.has(key) === true;
}

/** Reads every sentence once: the holders each bare role acts on, or is acted on by, in one clause. */
function counterparts(p: PreparedText, registry: SpeakerRegistry): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (let s = 0; s < p.sentences.length; s++) {
    const tokens = p.tokensOf(s);
    // Each token is read once: a scan from one mention stops at the next, where the next scan starts.
    for (let k = 0; k < tokens.length; ) {
      const first = mentionAt(tokens, k, registry, p.id);
      if (!first) {
        k++;
        continue;
      }
      // The other mention: after a verb or a preposition in the same clause, never set off by a comma (an
      // appositive, `the President, Ivo Peskar,`) nor after a word that opens another clause.
      let j = first.to;
      let other: RoleMention | null = null;
      for (; j < tokens.length && isWord(tokens[j]) && !CLAUSE_JOINERS.has(tokens[j].lower); j++) {
        other = j > first.to ? mentionAt(tokens, j, registry, p.id) : null;
        if (other) break;
      }
      if (other && other.role === first.role && (other.key === undefined) !== (first.key === undefined)) {
        const keys = out.get(other.role) ?? new Set<string>();
        keys.add((other.key ?? first.key)!);
        out.set(other.role, keys);
      }
      k = Math.max(j, k + 1);
    }
  }
  return out;
}

/**
 * At `k`: `the <Role>` with no name after it (no key), or `<Role> <Name>` of a person the registry knows (its key);
 * null for anything else.
 */
function mentionAt(tokens: readonly Token[], k: number, registry: SpeakerRegistry, article: string | null): RoleMention | null {
  const t = tokens[k];
  if (!isWord(t)) return null;
  if (t.lower === 'the') {
    const role = tokens[k + 1];
    if (!isRoleWord(role) || !role.cap || isNameWord(tokens[k + 2]) || tokens[k + 2]?.lower === 'of' || isWord(tokens[k + 2]) && tokens[k + 2].cap) return null;
    return { from: k, to: k + 2, role: role.lower };
  }
  if (!isRoleWord(t) || !t.cap) return null;
  let end = k + 1;
  while (end < tokens.length && end - k <= 3 && isWord(tokens[end]) && tokens[end].cap && isNameWord(tokens[end]) && !isRoleWord(tokens[end])) end++;
  if (end === k + 1) return null;
  const record = registry.lookupName(tokens.slice(k + 1, end).map((w) => w.text), article);
  return record?.kind === 'person' ? { from: k, to: end, role: t.lower, key: record.key } : null;
}
