// Whom a pronoun may mean: never a group that opens a sentence (`Prosecutors said`), never someone its sex rules out.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('whom a pronoun may mean', () => {
  it('never gives a pronoun to the plural of a noun for people that opens a sentence (`Prosecutors said`)', () => {
    assert.deepStrictEqual(speakers('Prosecutors said the scheme ran for a decade. "I had to sell my house," she said.'), [null]);
    assert.deepStrictEqual(speakers('Investigators said the fire was set. "We are still looking," he said.'), [null]);
    assert.deepStrictEqual(speakers('Deputies said the car was stolen. "It happens every week," he said.'), [null]);
  });

  it('still gives it to a surname in the plural form that the text names in full', () => {
    assert.deepStrictEqual(speakers('Ivo Masters runs the shelter. Masters said the roof leaks. "We need help," he said.'), ['Ivo Masters']);
    assert.deepStrictEqual(speakers('Ana Sanders chairs the board. Sanders said costs rose. "We will cut," she said.'), ['Ana Sanders']);
  });
});
