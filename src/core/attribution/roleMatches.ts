// The holders whose role answers a wanted role (`the senator` for `state senator`, `the chief` for a body's director),
// read from a registry's lists of roles by head. A look-up read every entry of the heads and asked each whether it
// answers, every time: the generator gives everyone one of eight titles, so at 10,000 articles each of 710 look-ups
// read hundreds of entries, growing with the square of the corpus. The lists only grow (addRole appends, a snapshot
// fills them once), and whether an entry answers depends on its signature and the wanted role alone: so the answers
// are kept per wanted role, and each look-up reads only the entries added since. A list replaced is read again.
import { answersRole, headsMatch, headsReadFor, type RoleSignature } from './nameMatching';
import { DistinctRecords } from './distinctRecords';

type HeadEntries<R> = ReadonlyArray<{ readonly record: R; readonly signature: RoleSignature }>;

/** One head's list as far as it was read, and the records of it that answered, in its order. */
interface HeadRead<R> {
  list: HeadEntries<R> | undefined;
  read: number;
  matched: R[];
}

/** The answers for one wanted role: per head read for it, and all of them in head order, each once. */
interface Kept<R> {
  readonly heads: Array<HeadRead<R>>;
  found: DistinctRecords<R>;
}

/** `R`: a registry's record (a parameter, so this file does not import the registry back). */
export class RoleMatches<R> {
  private readonly kept = new Map<string, Kept<R>>();

  /**
   * The records of `byRoleHead` whose role answers `wanted` (the signature of `key`), in the order of the heads read
   * for it and of their lists, each once: what reading every entry now would give. Not to be changed by the caller.
   */
  similar(byRoleHead: ReadonlyMap<string, HeadEntries<R>>, key: string, wanted: RoleSignature): readonly R[] {
    const heads = headsReadFor(wanted.head);
    let kept = this.kept.get(key);
    if (!kept) this.kept.set(key, (kept = { heads: heads.map(() => ({ list: undefined, read: 0, matched: [] })), found: new DistinctRecords() }));
    let reorder = false;
    for (let h = 0; h < heads.length; h++) {
      const at = kept.heads[h];
      const list = byRoleHead.get(heads[h]);
      if (list !== at.list) {
        // A list not seen before (the head's first entry, a registry's own tables made): read from its start.
        if (at.matched.length) reorder = true;
        at.list = list;
        at.read = 0;
        at.matched = [];
      }
      for (; list && at.read < list.length; at.read++) {
        const { record, signature } = list[at.read];
        if (!headsMatch(signature.head, wanted.head) || !answersRole(signature, wanted)) continue;
        at.matched.push(record);
        // A match of the last head with any matches goes at the end; one of an earlier head goes between: made again.
        if (reorder || kept.heads.slice(h + 1).some((later) => later.matched.length)) reorder = true;
        else kept.found.add(record);
      }
    }
    if (reorder) {
      kept.found = new DistinctRecords();
      for (const at of kept.heads) for (const record of at.matched) kept.found.add(record);
    }
    return kept.found.list;
  }
}
