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

  it('never gives a profession the prosecutor or minister last named does not practise', () => {
    // Had been the prosecutor's: the expert he called is the one who speaks.
    assert.notStrictEqual(speakers('Prosecutor Tom Berg then called a ballistics expert to the stand.\n\n"The shots came through the door," the expert said.')[0], 'Tom Berg');
    assert.notStrictEqual(speakers('Health Minister Ana Kral opened the inquiry on Monday.\n\n"The samples were contaminated," the scientist said.')[0], 'Ana Kral');
  });

  it('still gives the profession to the person named with it', () => {
    assert.deepStrictEqual(speakers('"The shots came through the door," said Ivo Peskar, a ballistics expert with the police.\n\nPeskar was calm. "There is no doubt," the expert said.'), ['Ivo Peskar', 'Ivo Peskar']);
  });
});
