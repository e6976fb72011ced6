// A sentence of nothing but a connective and a quote (`Instead, "..."`, `Adding, "..."`) carries on the voice of the
// quote before it, as a sentence opening with the quote would; a scene-setting word or a subject there does not.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a quote after a lone connective', () => {
  it('goes on in the voice of the sentence before', () => {
    assert.deepStrictEqual(speakers('“The team played hard,” coach Lena Ruiz said. Instead, “we just ran out of time.”'), ['Lena Ruiz', 'Lena Ruiz']);
    assert.deepStrictEqual(speakers('“I tell them to vote,” said pastor Samir Haddad. Then, “I tell them to bring a neighbour along.”'), ['Samir Haddad', 'Samir Haddad']);
  });

  it('gives none after a word that sets a new scene or names a new subject', () => {
    assert.deepStrictEqual(speakers('“The plan is sound,” said Mayor Ivo Grant. Meanwhile, “the council has not voted on it.”'), ['Ivo Grant', null]);
    assert.deepStrictEqual(speakers('“The plan is sound,” said Mayor Ivo Grant. Critics, “it is a waste of money and time.”'), ['Ivo Grant', null]);
  });
});
