// A relative named by the given name alone beside the relation (`Peskar's wife, Ana, said`) is that relative, not
// another person of the text who shares the given name (`Ana Kral`), whom features otherwise call by it. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a relative called by the given name alone', () => {
  it('is not another person of the text with that given name', () => {
    // Each had been Ana Kral.
    assert.deepStrictEqual(speakers('Ana Kral spoke first. Ivo Peskar\'s wife, Ana, said: "He is a good man."'), ['Ana']);
    assert.deepStrictEqual(speakers('Ana Kral spoke first. Ana, Ivo Peskar\'s wife, said: "He is a good man."'), ['Ana']);
    assert.deepStrictEqual(speakers('Ana Kral spoke first. Ana, his wife of 30 years, said: "He is a good man."'), ['Ana']);
  });

  it('leaves the given name of someone named in full theirs where no relation stands beside it', () => {
    assert.deepStrictEqual(speakers('Ana Kral spoke first. "He is a good man," Ana said.'), ['Ana Kral']);
  });
});
