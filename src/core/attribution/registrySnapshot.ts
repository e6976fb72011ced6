// A speaker registry as plain data (SpeakerRegistry.snapshot, SpeakerRegistry.fromSnapshot), as the archive and the
// persisted index store it.
import type { SpeakerKind } from '../types';

/**
 * A registry written out as plain data and read back exactly (same records, same look-up order), so that people
 * learnt once (by `attributor archive add`, or a persisted index) read drafts as the registry that learnt them did.
 * Which articles named a record is not kept: it only steers the analysis of those articles themselves.
 */
export interface RegistrySnapshot {
  readonly records: ReadonlyArray<{
    readonly key: string;
    readonly kind: SpeakerKind;
    readonly first: string | null;
    readonly last: string;
    readonly spellings: ReadonlyArray<readonly [string, number]>;
    readonly roles: ReadonlyArray<readonly [string, number]>;
    readonly male: number;
    readonly female: number;
    readonly mentions: number;
    readonly aliases: readonly string[];
  }>;
  /** Each role, and the records holding it in the order they took it (look-ups prefer the first among equals). */
  readonly byRole: ReadonlyArray<readonly [string, readonly string[]]>;
  readonly byRoleHead: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, string]>]>;
  readonly byAlias: ReadonlyArray<readonly [string, string]>;
}
