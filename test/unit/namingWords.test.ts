// `Zelenka has a word for it: "theft."`: a subject who has a word (a name, a term) for something, then a colon,
// quotes that subject's word. Invented names throughout.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a subject who has a word for something, before a colon', () => {
  it('gives the word to the subject', () => {
    // Each had been no one's: no verb of saying stands before the colon.
    assert.deepStrictEqual(speakers('Opposition leader Marta Zelenka called the rise a scandal. Zelenka has a word for it: "theft."'), ['Marta Zelenka']);
    assert.deepStrictEqual(speakers('Ivo Kral had his own name for the new fare system: "a tax on the poor."'), ['Ivo Kral']);
  });

  it('leaves a colon after other having to no one', () => {
    assert.deepStrictEqual(speakers('Ivo Kral has a plan for the city: "Green Streets" is its name.'), [null]);
  });
});
