// A role look-up keeps what it read of the registry's roles by head and reads only what was added since
// (roleMatches.ts): it must answer as a reading of every entry would, however the holders and look-ups interleave.
import * as assert from 'assert';
import { SpeakerRegistry } from '../../src/core/attribution/speakerRegistry';
import { RoleMatches } from '../../src/core/attribution/roleMatches';
import { answersRole, headsMatch, headsReadFor, roleSignature, type RoleSignature } from '../../src/core/attribution/nameMatching';

type Entry = { record: string; signature: RoleSignature };

/** What a look-up read before it kept anything: every entry of every head read for the role, each record once. */
function readEveryEntry(byRoleHead: ReadonlyMap<string, readonly Entry[]>, wanted: RoleSignature): string[] {
  const found: string[] = [];
  for (const head of headsReadFor(wanted.head)) {
    for (const { record, signature } of byRoleHead.get(head) ?? []) {
      if (!found.includes(record) && headsMatch(signature.head, wanted.head) && answersRole(signature, wanted)) found.push(record);
    }
  }
  return found;
}

describe('role look-ups kept between look-ups', () => {
  it('sees a holder added after an earlier look-up of the same role', () => {
    const registry = new SpeakerRegistry();
    const kral = registry.addPerson(['Ana', 'Kral'], 'harbour-story');
    registry.addRole(kral, ['the', 'governor']);
    assert.strictEqual(registry.lookupRole(['the', 'governor']), kral);
    assert.strictEqual(registry.lookupRole(['the', 'leader'], 'bridge-story'), null);
    const osric = registry.addPerson(['Ben', 'Osric'], 'bridge-story');
    registry.addRole(osric, ['the', 'president']);
    registry.addRole(registry.addPerson(['Cora', 'Venn'], 'mill-story'), ['the', 'governor']);
    // Two governors now: the bare role across the texts is no one's in particular; within one text it is its own.
    assert.strictEqual(registry.lookupRole(['the', 'governor']), null);
    assert.strictEqual(registry.lookupRole(['the', 'governor'], 'harbour-story'), kral);
    assert.strictEqual(registry.lookupRole(['the', 'leader'], 'bridge-story'), osric);
  });

  it('gives the records a reading of every entry gives, in its order, as holders of many heads are added', () => {
    const roles = ['president', 'vice president', 'prime minister', 'chancellor', 'king', 'queen', 'party leader', 'state senator', 'senator', 'board chairman', 'police chief', 'regional governor'];
    const wanted = ['leader', 'president', 'prime minister', 'senator', 'chief', 'head', 'chairman', 'governor', 'state senator'];
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const byRoleHead = new Map<string, Entry[]>();
    const kept = new RoleMatches<string>();
    for (let step = 0; step < 600; step++) {
      const signature = roleSignature(roles[next(roles.length)])!;
      // Now and then a head's list is made anew (as a registry's first write makes its own tables).
      if (next(40) === 0) byRoleHead.set(signature.head, [...(byRoleHead.get(signature.head) ?? [])]);
      const list = byRoleHead.get(signature.head) ?? [];
      byRoleHead.set(signature.head, list);
      list.push({ record: `holder ${next(150)}`, signature });
      const key = wanted[next(wanted.length)];
      const wantedSignature = roleSignature(key)!;
      assert.deepStrictEqual([...kept.similar(byRoleHead, key, wantedSignature)], readEveryEntry(byRoleHead, wantedSignature), `step ${step}, ${key}`);
    }
  });
});
