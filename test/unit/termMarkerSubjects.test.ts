// A word that marks a quoted term or title (`operation`, `film`, `book`) as the subject of a verb before the quote
// (`the operation had gone "…"`) names no title: the quote is said of it, by the person who said so. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a term marker that a verb follows before the quote', () => {
  it('leaves the quote speech of the sentence\'s speaker', () => {
    // `operation` had made the quote a term: no one's.
    assert.deepStrictEqual(speakers('Ana Kral said the operation had gone "better than any of us dared hope".'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Ivo Peskar said the film ran "far too long for children".'), ['Ivo Peskar']);
  });

  it('still reads a term the marker names', () => {
    assert.deepStrictEqual(speakers('Ana Kral led an operation dubbed "Clean Harbour" last year.'), [null]);
  });
});
