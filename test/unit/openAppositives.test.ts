// An appositive left open before its verb (no closing comma): the person the sentence opens with speaks, not the
// role or the place that ends the appositive.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('an appositive with no closing comma before the speech verb', () => {
  it('gives the quote to the name the sentence opens with, past a place closing `in Town, Region`', () => {
    assert.deepStrictEqual(speakers('Mira Solberg, deputy head of science at the Kelport Institute in Dunmore, Westshire said, "We have made it. It is incredible."'), ['Mira Solberg']);
  });

  it('reads a town and region after `from` or `near`, and past a describing word after `a` (`a retired teacher`)', () => {
    assert.deepStrictEqual(speakers('Mara Hollis, a nurse in Dunmore, Westshire said "The ward was full all winter and we had no help."'), ['Mara Hollis']);
    assert.deepStrictEqual(speakers('Mara Hollis, a teacher from Dunmore, Westshire told the council: "We were never asked about the road at all."'), ['Mara Hollis']);
    assert.deepStrictEqual(speakers('Mara Hollis, a retired teacher in Dunmore, Westshire said: "We were never asked about the road at all."'), ['Mara Hollis']);
    assert.deepStrictEqual(speakers('Ivo Marsh, a farmer near Port Aldis, North Westshire said "The river has never been this low in my lifetime."'), ['Ivo Marsh']);
    assert.deepStrictEqual(speakers('Voss, 58, a father of three from Kelby, North Westshire told the meeting: "We need the ferry back."'), ['Voss']);
  });

  it('gives it to the name past a role owned by a capital (`Kelport\'s harbour master said`)', () => {
    assert.deepStrictEqual(speakers('Bram Ostrow, Kelport\'s harbour master said, "Wow, what a night. The crew nailed it."'), ['Bram Ostrow']);
  });

  it('leaves a coordination, a second name and a closed appositive as they were', () => {
    assert.deepStrictEqual(speakers('Bram Ostrow, the harbour master, said, "We nailed it."'), ['Bram Ostrow']);
    assert.deepStrictEqual(speakers('Bram Ostrow, Ilsa Brandt said, "We nailed it."'), ['Ilsa Brandt']);
  });
});
