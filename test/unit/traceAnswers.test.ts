// A registering or look-up call's answer is what the analysis saw of the record it got back: a replay on a later
// registry compares answers to tell whether the article would be read differently. The answer string of a record is
// made once per state and given again (recordAnswer), so every change of what it holds must still show.
import * as assert from 'assert';
import { SpeakerRegistry } from '../../src/core/attribution/speakerRegistry';
import { replayTrace, TraceOp, TracingRegistry } from '../../src/core/index/analysisTrace';

describe('a registering or look-up call\'s answer', () => {
  it('changes with every change of its record a later analysis reads (a role added, given names learnt), and not otherwise', () => {
    const tracing = new TracingRegistry(new SpeakerRegistry());
    const kral = tracing.addPerson(['Kral'], 'a');
    tracing.lookupName(['Kral'], 'a');
    tracing.lookupName(['Kral'], 'a');
    tracing.addRole(kral, ['the', 'finance', 'minister']);
    tracing.lookupName(['Kral'], 'a');
    tracing.addRole(kral, ['the', 'finance', 'minister']);
    tracing.lookupName(['Kral'], 'a');
    tracing.addPerson(['Ivo', 'Kral'], 'b');
    tracing.lookupName(['Kral'], 'b');
    const answers = tracing.calls.filter((c) => c.op === TraceOp.LookupName).map((c) => c.answer);
    assert.strictEqual(answers[0], answers[1]);
    assert.notStrictEqual(answers[2], answers[1], 'a role added shows');
    assert.ok(answers[2].includes('finance minister'));
    assert.strictEqual(answers[3], answers[2], 'the same role again changes nothing a reader sees');
    assert.notStrictEqual(answers[4], answers[3], 'given names learnt show');
    assert.ok(answers[4].includes('ivo'));
  });

  it('tells a replay on the same registry once the record has gained a role since the last replay', () => {
    const first = new TracingRegistry(new SpeakerRegistry());
    first.addPerson(['Ana', 'Lee'], 'a');
    first.lookupName(['Lee'], 'a');
    const registry = new SpeakerRegistry();
    const lee = registry.addPerson(['Ana', 'Lee'], 'z');
    // Replayed once as it was, so that a string kept from that state would be given again if it could be.
    assert.strictEqual(replayTrace(first.calls.slice(1), registry), undefined);
    registry.addRole(lee, ['the', 'harbour', 'master']);
    const made = replayTrace(first.calls.slice(1), registry);
    assert.ok(made, 'the look-up\'s answer differs');
    assert.ok(made![0].call.answer.includes('harbour master'));
  });
});
