// A description opening the sentence that names a body or a place in capitals, then the person's name set off by
// commas (`The head of the Kelport port authority, Lena Varga, said`, `A marine biologist at Kelport University, Dr.
// Ines Holm, said`): the sentence is the named person's, and so are a participle's words and a later `the biologist`.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a description naming a body or a place before a name set off', () => {
  it('gives the sentence to the name after a body with a two-word kind (`port authority`)', () => {
    // Had been the description `The head`.
    assert.deepStrictEqual(speakers('The head of the Kelport port authority, Lena Varga, defended the plan on Tuesday, saying the harbour would "lose the big ships within five years" without it.'), ['Lena Varga']);
    assert.deepStrictEqual(speakers('The chair of the Dunmore water board, Ivo Hale, said the reservoir was "lower than it has been in forty years."'), ['Ivo Hale']);
  });

  it('gives an `a`/`an` description\'s sentence, and the bare description later, to the name set off after it', () => {
    // Had been the description `the biologist`.
    assert.deepStrictEqual(speakers('Fishermen oppose it. A marine biologist at Kelport University, Dr. Ines Holm, said the truth lay between the two. "Sediment travels," the biologist said.'), ['Ines Holm']);
  });

  it('leaves a description with no name set off after it a description', () => {
    assert.deepStrictEqual(speakers('A marine biologist at Kelport University said the truth lay between the two. "Sediment travels," the biologist said.'), ['the biologist']);
  });
});
