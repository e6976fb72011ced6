// An occupation written as a title before a surname (`said Baker Tamm`) names the sources' Rufus Tamm, not a person
// called Baker Tamm; a given name of an agent noun's shape (`Walter`) still names someone else.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { isOccupationTitle } from '../../src/core/draft/occupationTitles';
import { indexOf } from '../support/memoryCorpus';
import { STORM_SOURCES as SOURCES } from '../support/stormSurgeCourier';

function codes(draft: string): string[] {
  return checkDraft(draft, indexOf(SOURCES), { format: 'markdown' }).findings.map((f) => f.code);
}

describe('an occupation before a surname', () => {
  it('is the title of the person the sources call by that surname', () => {
    assert.deepStrictEqual(codes('"The ovens survived, so the bread will too," said Baker Tamm.'), []);
    assert.deepStrictEqual(codes('Fisherman Tamm said: "The ovens survived, so the bread will too."'), []);
  });

  it('before another surname, still puts the words in another mouth', () => {
    assert.deepStrictEqual(codes('"The ovens survived, so the bread will too," said Baker Quist.'), ['misattributed-quote']);
  });

  it('is no given name of the same shape', () => {
    assert.deepStrictEqual(['baker', 'fisherman', 'florist', 'farmer', 'walter', 'carter', 'hunter'].map(isOccupationTitle), [true, true, true, true, false, false, false]);
  });
});
