// The registry of names as the persisted index and its delta keep it: each record with its spellings, roles, sex and
// aliases, then the look-up tables by role, role head and alias, which name records by their number in that order.
import type { RegistrySnapshot } from '../attribution/speakerRegistry';
import { ByteReader, ByteWriter, CorruptData } from './binaryCodec';
import { runSteps, type Steps } from './stepwise';
import type { SpeakerKind } from '../types';

/** Speaker records decoded between two yields (1,600 of them with their spellings and roles held the thread 40-90 ms together with the speaker table; 200 a step still up to 43 ms under load). */
export const RECORDS_PER_STEP = 100;

export function writeRegistry(out: ByteWriter, snapshot: RegistrySnapshot): void {
  const numbers = new Map(snapshot.records.map((r, i) => [r.key, i]));
  const counted = (list: ReadonlyArray<readonly [string, number]>) => {
    out.uint(list.length);
    for (const [text, count] of list) {
      out.string(text);
      out.uint(count);
    }
  };
  out.uint(snapshot.records.length);
  for (const r of snapshot.records) {
    out.string(r.key);
    out.string(r.kind);
    out.uint(r.first === null ? 0 : 1);
    if (r.first !== null) out.string(r.first);
    out.string(r.last);
    counted(r.spellings);
    counted(r.roles);
    out.uint(r.male);
    out.uint(r.female);
    out.uint(r.mentions);
    out.uint(r.aliases.length);
    for (const a of r.aliases) out.string(a);
  }
  out.uint(snapshot.byRole.length);
  for (const [role, keys] of snapshot.byRole) {
    out.string(role);
    out.int32s(keys.map((k) => numbers.get(k)!));
  }
  out.uint(snapshot.byRoleHead.length);
  for (const [head, entries] of snapshot.byRoleHead) {
    out.string(head);
    out.uint(entries.length);
    for (const [key, modifiers] of entries) {
      out.uint(numbers.get(key)!);
      out.string(modifiers);
    }
  }
  out.uint(snapshot.byAlias.length);
  for (const [alias, key] of snapshot.byAlias) {
    out.string(alias);
    out.uint(numbers.get(key)!);
  }
}

export function readRegistry(input: ByteReader): RegistrySnapshot {
  return runSteps(readRegistrySteps(input));
}

/** `readRegistry` in steps of `RECORDS_PER_STEP` records (a persisted index read back on a language server's thread). */
export function* readRegistrySteps(input: ByteReader): Steps<RegistrySnapshot> {
  const counted = () => Array.from({ length: input.uint() }, () => [input.string(), input.uint()] as const);
  const records: RegistrySnapshot['records'][number][] = [];
  for (let i = 0, n = input.uint(); i < n; i++) {
    const key = input.string();
    const kind = input.string() as SpeakerKind;
    const first = input.uint() ? input.string() : null;
    records.push({ key, kind, first, last: input.string(), spellings: counted(), roles: counted(), male: input.uint(), female: input.uint(), mentions: input.uint(), aliases: Array.from({ length: input.uint() }, () => input.string()) });
    if (i % RECORDS_PER_STEP === RECORDS_PER_STEP - 1) yield;
  }
  yield;
  const key = (n: number) => {
    if (n < 0 || n >= records.length) throw new CorruptData('no such record');
    return records[n].key;
  };
  const byRole = Array.from({ length: input.uint() }, () => [input.string(), Array.from(input.int32s(), key)] as const);
  const byRoleHead = Array.from({ length: input.uint() }, () => [input.string(), Array.from({ length: input.uint() }, () => [key(input.uint()), input.string()] as const)] as const);
  const byAlias = Array.from({ length: input.uint() }, () => [input.string(), key(input.uint())] as const);
  return { records, byRole, byRoleHead, byAlias };
}

