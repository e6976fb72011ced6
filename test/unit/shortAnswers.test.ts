// A one-word answer after a colon is said, not named: `Ana Kral had a one-word answer: "No."`, `responded with a
// single word: "Never."`. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a short answer a colon introduces', () => {
  it('is the words of the one who gives it', () => {
    // Each had been no one's: `word` marked a term, and a colon's quote under four words a label.
    assert.deepStrictEqual(speakers('Ana Kral responded with a single word: "Never."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Asked whether she would resign, Ana Kral had a one-word answer: "No."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Ivo Brandt gave a curt reply: "Never again."'), ['Ivo Brandt']);
  });

  it('leaves a word named as a word alone', () => {
    assert.deepStrictEqual(speakers('Ana Kral used the word "never" twice.'), [null]);
    assert.deepStrictEqual(speakers('Ana Kral avoided the word "Closed" in her speech.'), [null]);
  });
});
