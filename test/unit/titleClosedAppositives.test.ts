// American copy closes an appositive with the comma inside the marks of a title that ends it (`Ana Kral, the author
// of "Salt Roads," said: "..."`): the name before it still speaks. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('an appositive closed by a title\'s comma', () => {
  it('gives the words after the verb to the name before the appositive, and the title to no one', () => {
    // The words had been no one's: the quoted title stood where the closing comma is looked for.
    assert.deepStrictEqual(speakers('Ivo Peskar, the director of "Harbour Lights," said later: "Even in my dreams this was not true."'), [null, 'Ivo Peskar']);
    assert.deepStrictEqual(speakers('Ana Kral, the author of "The Salt Roads," said: "I wrote it in a winter."'), [null, 'Ana Kral']);
  });

  it('leaves the comma outside the marks read as before', () => {
    assert.deepStrictEqual(speakers('Ivo Peskar, the director of "Harbour Lights", said: "Even in my dreams this was not true."'), [null, 'Ivo Peskar']);
  });
});
