// `Ana Kral, a marine biologist, ... "...," the biologist said`, `music producer Ivo Peskar ... the producer told`:
// science and entertainment stories go on from a name with the person's trade. Invented names throughout.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a trade noun standing for the person last named', () => {
  it('gives the words to that person', () => {
    // Each was left to the description: a scientist's or a producer's own words shown as nobody's.
    assert.deepStrictEqual(speakers('"The effect was large," said Ana Kral, a marine biologist at Harlow University.\n\nKral added that the team would go on. "We want to know more," the biologist said.'), ['Ana Kral', 'Ana Kral']);
    assert.deepStrictEqual(speakers('Lena Brook married music producer Ivo Peskar in 2016.\n\nPeskar has spoken of the marriage. "She is the strongest person I know," the producer said.'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Tomas Holm studies outbreaks in the north.\n\nHolm was blunt. "The virus is not done with us," the epidemiologist said.'), ['Tomas Holm']);
  });

  it('still leaves a trade noun to no one where the text just brought in someone unnamed', () => {
    assert.deepStrictEqual(speakers('Tomas Holm runs the lab. A biologist who works there disagreed. "It is too early," the biologist said.').map((s) => s === 'Tomas Holm'), [false]);
  });
});
