// A headline's dash before words in lower case that name no person (`"whatever it takes" — transcript excerpts`) says
// what the text below is; it signs nothing. A dash before a person, named or described, still signs. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a dash before words that name no person', () => {
  it('gives the words no speaker from the dash', () => {
    // Had been `transcript excerpts`, a description.
    assert.deepStrictEqual(speakers('Bank will do "whatever it takes" — transcript excerpts\n\nThe text follows.'), [null]);
  });

  it('still reads a dash before a person as a signature', () => {
    assert.deepStrictEqual(speakers('"We will not back down" — a union spokesman\n\nThe strike goes on.'), ['a union spokesman']);
    assert.deepStrictEqual(speakers('"It is over" — Ana Kral\n\nThe strike goes on.'), ['Ana Kral']);
  });
});
