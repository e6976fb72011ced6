// A speaker registry's own look-up tables. A draft's check makes a child registry for every paragraph it attributes
// (twice where a paragraph's window reaches its neighbours), and most of them never register anyone: they all read
// one shared empty set of tables, and a registry makes its own on its first write. The shared tables refuse writes,
// so a write that forgot to ask for the registry's own tables fails loudly instead of reaching every registry.
import type { RoleSignature } from './nameMatching';
import type { Speaker } from '../types';

/** `R`: the registry's record (speakerRegistry.ts's SpeakerRecord; a parameter, so this file does not import it back). */
export interface RegistryTables<R> {
  readonly byKey: Map<string, R>;
  /** Records by their exact `last` (a surname, or an organisation's whole name). */
  readonly byLast: Map<string, R[]>;
  readonly byVariant: Map<string, R[]>;
  /** The next free number for a key already taken (`x (2)`, `x (3)`…), so a unique key is found in one step. */
  readonly keySuffix: Map<string, number>;
  readonly byAlias: Map<string, R>;
  readonly byAcronym: Map<string, R[]>;
  readonly byRole: Map<string, R[]>;
  readonly byRoleHead: Map<string, Array<{ record: R; signature: RoleSignature }>>;
  readonly speakerCache: Map<R, Speaker>;
}

/** A map nobody may change: the tables of a registry that has not written yet. */
class EmptyMap<K, V> extends Map<K, V> {
  override set(): this {
    throw new Error('speaker registry: a write to the shared empty tables');
  }
}

export const EMPTY_TABLES: RegistryTables<never> = {
  byKey: new EmptyMap(), byLast: new EmptyMap(), byVariant: new EmptyMap(), keySuffix: new EmptyMap(), byAlias: new EmptyMap(),
  byAcronym: new EmptyMap(), byRole: new EmptyMap(), byRoleHead: new EmptyMap(), speakerCache: new EmptyMap(),
};

export function newTables<R>(): RegistryTables<R> {
  return {
    byKey: new Map(), byLast: new Map(), byVariant: new Map(), keySuffix: new Map(), byAlias: new Map(),
    byAcronym: new Map(), byRole: new Map(), byRoleHead: new Map(), speakerCache: new Map(),
  };
}

/** Adds `value` to the list `key` holds in `map`. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Records are found by the first letters and the length of their surname: a spelling variant (at most two edits
 * away, see isSpellingVariant) shares the letters and lies within two of the length.
 */
export function variantBucket(last: string, length = last.length): string {
  return `${last.slice(0, 3)}|${length}`;
}
