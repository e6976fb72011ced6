// A possessive inside what a named person is `of` (`Dave Folta of Kelport's Rowing Club`) owns the body, not the person.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a name and what it is `of`, a possessive inside', () => {
  it('gives the quote to the person, not to the body the possessive owns (`Dave Folta of Kelport\'s Rowing Club`)', () => {
    assert.deepStrictEqual(speakers('Dave Folta of Kelport\'s Valdon Rowing Club announced from the riverbank, "Congratulations! The crew has won."'), ['Dave Folta']);
    assert.deepStrictEqual(speakers('"The crew has won," said Dave Folta of Kelport\'s Valdon Rowing Club.'), ['Dave Folta']);
  });

  it('still reads an owner before a name as no part of it (`The Ministry of Defence\'s Ivo Kral`, `Fox\'s Chris Wallace`)', () => {
    assert.deepStrictEqual(speakers('The Ministry of Defence\'s Ivo Kral said, "The crew has won."'), ['Ivo Kral']);
    assert.deepStrictEqual(speakers('Fox\'s Chris Wallace said, "The crew has won."'), ['Chris Wallace']);
  });
});
