// `The Water Board's chief engineer, Sanne Odell,` makes Odell the chief engineer: a draft's `the chief engineer said`
// is checked against her, as `the harbour master said` is against the harbour master.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';
import { STORM_SOURCES as SOURCES } from '../support/stormSurgeCourier';

function findings(draft: string): string[] {
  return checkDraft(draft, indexOf(SOURCES), { format: 'markdown' }).findings.map((f) => `${f.code} ${f.sourceSpeaker}`);
}

describe('the chief engineer, a role the sources give one person', () => {
  it('fits her own words', () => {
    assert.deepStrictEqual(findings('"The north basin needs new pumps before the autumn storms, not after them," the chief engineer said.'), []);
  });

  it('is caught with the harbour master\'s words', () => {
    assert.deepStrictEqual(findings('The chief engineer said: "We closed the outer gates at nine and the water came over the wall anyway."'), ['misattributed-quote Ivo Quist']);
  });
});
