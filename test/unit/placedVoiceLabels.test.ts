// Labels and signatures of a named voice with what they do after the name, and where (`Rufus Tamm, baker on the
// quay: "…"`, `— Rufus Tamm, baker on the quay`), or a title whose head is in lower case before the name (`Chief
// engineer Sanne Odell: "…"`): each names its speaker, so the words of another are caught.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';
import { STORM_SOURCES as SOURCES } from '../support/stormSurgeCourier';

const GATES = 'We closed the outer gates at nine and the water came over the wall anyway';

function findings(draft: string): string[] {
  return checkDraft(draft, indexOf(SOURCES), { format: 'markdown' }).findings.map((f) => `${f.code} ${f.sourceSpeaker}`);
}

describe('labels of a voice with a place or a lower-case title head', () => {
  it('raise nothing when the voice is the sources\' speaker', () => {
    assert.deepStrictEqual(findings('Rufus Tamm, baker on the quay: "The ovens survived, so the bread will too."'), []);
    assert.deepStrictEqual(findings('"The ovens survived, so the bread will too." — Rufus Tamm, baker on the quay'), []);
    assert.deepStrictEqual(findings('Chief engineer Sanne Odell: "The north basin needs new pumps before the autumn storms, not after them."'), []);
  });

  it('catch the words of another', () => {
    assert.deepStrictEqual(findings(`Rufus Tamm, baker on the quay: "${GATES}."`), ['misattributed-quote Ivo Quist']);
    assert.deepStrictEqual(findings(`- Rufus Tamm, baker on the quay: "${GATES}."`), ['misattributed-quote Ivo Quist']);
    assert.deepStrictEqual(findings(`"${GATES}." — Rufus Tamm, baker on the quay`), ['misattributed-quote Ivo Quist']);
    assert.deepStrictEqual(findings(`Chief engineer Sanne Odell: "${GATES}."`), ['misattributed-quote Ivo Quist']);
  });
});
