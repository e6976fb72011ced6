// A sentence that only names whom a description stands for (`Her deputy is Ivo Peskar.`) is about that person: a
// pronoun after it finds the named person, or, where the sex does not fit, the one before. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a description named by `is`', () => {
  it('is the named person, so a pronoun of the other sex goes past it', () => {
    // Each had been `Ana Kral's deputy` (or mentor), whom the sentence had shown to be a man.
    assert.deepStrictEqual(speakers('Ana Kral runs the port. Her deputy is Ivo Peskar.\n\n"We will grow next year," she said.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Ana Kral runs the port. Her mentor was Ivo Peskar.\n\nShe said: "We will grow next year."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Ana Kral ran for the seat. The winner was Ivo Peskar.\n\n"I am humbled by the result," he said.'), ['Ivo Peskar']);
  });

  it('stays a description when the words after `is` are no one’s name alone', () => {
    assert.deepStrictEqual(speakers('Ana Kral runs the port. Her deputy is Ivo Peskar\'s cousin.\n\n"We will grow next year," she said.'), ['Ana Kral\'s deputy']);
  });
});
