// An appositive left open before its verb (no closing comma): the person the sentence opens with speaks, not the
// role or the place that ends the appositive.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('an appositive with no closing comma before the speech verb', () => {
  it('gives the quote to the name the sentence opens with, past a place closing `in Town, Region`', () => {
    assert.deepStrictEqual(speakers('Mira Solberg, deputy head of science at the Kelport Institute in Dunmore, Westshire said, "We have made it. It is incredible."'), ['Mira Solberg']);
  });

  it('gives it to the name past a role owned by a capital (`Kelport\'s harbour master said`)', () => {
    assert.deepStrictEqual(speakers('Bram Ostrow, Kelport\'s harbour master said, "Wow, what a night. The crew nailed it."'), ['Bram Ostrow']);
  });

  it('leaves a coordination, a second name and a closed appositive as they were', () => {
    assert.deepStrictEqual(speakers('Bram Ostrow, the harbour master, said, "We nailed it."'), ['Bram Ostrow']);
    assert.deepStrictEqual(speakers('Bram Ostrow, Ilsa Brandt said, "We nailed it."'), ['Ilsa Brandt']);
  });
});
