// A word that marks a quoted title (`song`, `book`, `painting`) capitalised after a capital is a surname (`Dr. Paul
// Song`), not a noun naming the quote after it: the quote is still words said.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a title noun that is a surname', () => {
  it('does not make the quote after `Paul Song` a title', () => {
    assert.deepStrictEqual(speakers('Kral said that the comment by Dr. Paul Song "was careless and unkind."'), ['Kral']);
  });

  it('still reads a lower-case title noun as naming the quote', () => {
    assert.deepStrictEqual(speakers('Kral played the song "Harbour Lights" at the rally.'), [null]);
  });
});
