// Celebrity and social copy quotes a post by its caption (`"...," Kral captioned the photo`). Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a social post\'s caption', () => {
  it('reads a social post\'s caption as its author\'s words', () => {
    assert.deepStrictEqual(speakers('Ivo Peskar was not there. "Best day ever," Ana Kral captioned the photo.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Ivo Peskar was not there. Ana Kral\'s caption read: "Best day ever."'), ['Ana Kral']);
  });
});
