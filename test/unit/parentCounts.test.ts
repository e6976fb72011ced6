// `the mother of two`, `the father-of-three`: a parent described by a count of children stands for the person last
// named, as `the 45-year-old` does; the head is the parent noun, not the count.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a parent described by a count of children', () => {
  it('stands for the person last named', () => {
    assert.deepStrictEqual(speakers('Ana Kral met the crews on Monday. "You have done this town proud," the mother of two said.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Ivo Peskar met the crews on Monday. "You have done this town proud," the 41-year-old father-of-three told them.'), ['Ivo Peskar']);
  });

  it('never for a person of the other sex, nor after `a`', () => {
    assert.deepStrictEqual(speakers('Ivo Peskar met the crews on Monday. "You have done this town proud," the mother of two said.'), ['the mother of two']);
    assert.deepStrictEqual(speakers('Ana Kral met the crews on Monday. "You have done this town proud," a mother of two said.'), ['a mother of two']);
  });
});
