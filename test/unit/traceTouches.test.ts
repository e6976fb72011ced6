// What a change marks as changed in the registry of names (traceTouches): every later call that reads a record
// whose display name an article now holds must meet what that hold changes, or the later article would keep an
// answer the change made different; and nothing else need meet it, or every article naming an unrelated person is
// asked again.
import * as assert from 'assert';
import { SpeakerRegistry } from '../../src/core/attribution/speakerRegistry';
import { TraceOp, TracingRegistry, type TraceCall } from '../../src/core/index/analysisTrace';
import { CallTokens } from '../../src/core/index/traceTouches';

/** The calls made on a registry through a tracing one, as an analysis's trace records them. */
function traced(make: (registry: SpeakerRegistry) => void): TraceCall[] {
  const tracing = new TracingRegistry(new SpeakerRegistry());
  make(tracing);
  return tracing.calls;
}

describe('what a display name held marks as changed', () => {
  const tokens = new CallTokens();
  const meets = (hold: TraceCall, reader: TraceCall) => tokens.writes(hold).some((t) => tokens.touches(reader).includes(t));

  it('meets every later call that reads the organisation, description or person it is held for, and not a person whose surname only starts like a word of a description', () => {
    const calls = traced((r) => {
      const union = r.addOrganisation(['the', 'Dock', 'Workers', 'Union'], 'a');
      const official = r.addDescription('union status official', 'a');
      const officer = r.addPerson(['Ana', 'Officer'], 'a');
      r.toSpeaker(union);
      r.toSpeaker(official);
      r.toSpeaker(officer);
      r.lookupName(['Dock', 'Workers', 'Union'], 'b');
      r.lookupName(['DWU'], 'b');
      r.record('dock workers union');
      r.addDescription('union status official', 'b');
      r.record('union status official');
      r.lookupName(['Officer'], 'b');
      r.addPerson(['Officer'], 'b');
    });
    const [, , , holdUnion, holdOfficial, holdOfficer, byName, byAcronym, unionRecord, officialAgain, officialRecord, officerByName, officerAgain] = calls;
    assert.deepStrictEqual([holdUnion, holdOfficial, holdOfficer].map((c) => c.op), [TraceOp.ToSpeaker, TraceOp.ToSpeaker, TraceOp.ToSpeaker]);
    // The acronym look-up finds the union: it reads what the hold changed.
    assert.match(byAcronym.answer, /^dock workers union/);
    for (const reader of [byName, byAcronym, unionRecord]) assert.ok(meets(holdUnion, reader), `${reader.op} ${reader.args}`);
    for (const reader of [officialAgain, officialRecord]) assert.ok(meets(holdOfficial, reader), `${reader.op} ${reader.args}`);
    for (const reader of [officerByName, officerAgain]) assert.ok(meets(holdOfficer, reader), `${reader.op} ${reader.args}`);
    // `official` and `Officer` start alike, but the description is filed under its whole name.
    assert.match(officerByName.answer, /^ana officer/);
    assert.ok(!meets(holdOfficial, officerByName) && !meets(holdOfficial, officerAgain));
  });

  it('keeps apart names of several words that start alike: a description registered or held meets the calls that read it, not those that read another description beginning `the`', () => {
    const calls = traced((r) => {
      const master = r.addDescription('the harbour master', 'a');
      r.addDescription('the union chief', 'a');
      r.toSpeaker(master);
      r.lookupName(['the', 'harbour', 'master'], 'b');
      r.lookupName(['the', 'union', 'chief'], 'b');
      r.addDescription('the union chief', 'b');
      r.lookupName(['Theron'], 'b');
    });
    const [registerMaster, , holdMaster, masterByName, chiefByName, chiefAgain, theron] = calls;
    for (const change of [registerMaster, holdMaster]) {
      assert.ok(meets(change, masterByName), `${change.op} ${change.args}`);
      for (const reader of [chiefByName, chiefAgain, theron]) assert.ok(!meets(change, reader), `${change.op} ${change.args} / ${reader.op} ${reader.args}`);
    }
  });

  it('rests on a registry that files no name of several words among spelling variants: a surname\'s variant is found however many descriptions beginning alike came first', () => {
    const registry = new SpeakerRegistry();
    // Forty descriptions of six characters beginning `tax`, each filed (before) where the surname `Taxman` is.
    for (let i = 0; i < 40; i++) registry.addDescription(`tax ${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`, 'a');
    const taxman = registry.addPerson(['Ana', 'Taxman'], 'a');
    assert.strictEqual(registry.lookupName(['Taxmann'], 'b'), taxman);
  });
});
