// An appositive left open before its verb (`a nurse from Dunmore, Westshire, who …, said`): the region after the town
// is no one; the subject is the name before the appositive (appositives.ts townBeforeRegion).
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a town\'s region before a `who` clause', () => {
  it('gives the words to the person the appositive describes, never to the region', () => {
    // Each had been Westshire's.
    assert.deepStrictEqual(speakers('Mara Hollis, a nurse from Dunmore, Westshire, who has worked there for years, said "The ward is full every night."'), ['Mara Hollis']);
    assert.deepStrictEqual(speakers('"The ward is full every night," Mara Hollis, a nurse from Dunmore, Westshire, who has worked there for years, said.'), ['Mara Hollis']);
    assert.deepStrictEqual(speakers('Mara Hollis, from Dunmore, Westshire, who has worked there for years, said "The ward is full every night."'), ['Mara Hollis']);
    assert.deepStrictEqual(speakers('Mara Hollis, 40, of Dunmore, Westshire, who has worked there for years, said "The ward is full every night."'), ['Mara Hollis']);
  });

  it('reads no town in a sentence\'s opening `Of` and the name after it', () => {
    assert.deepStrictEqual(speakers('Of Hollis, Brandt, who has worked with her for years, said "She is the best nurse we have."'), ['Brandt']);
  });
});
