// `The plan is late, said Ana Kral, a port official.` ¶ `"...," she said.`: who closes a sentence of reported words
// with an attribution is someone a later pronoun may mean, as much as that sentence's subject.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a pronoun after reported words and their attribution', () => {
  it('goes back to the speaker an inverted attribution names at the end of the sentence', () => {
    const text = 'The budget is hard to read, said Ivo Green, a port official under two mayors.\n\n"It has got to be something the guy in Omaha can understand," he said.';
    assert.deepStrictEqual(speakers(text), ['Ivo Green']);
  });

  it('goes back to the speaker of reported words, not to the person they are about', () => {
    const text = 'Tom Varga met Ana Kral at the pier. Varga electrified the crowds with speeches, Kral said.\n\n"He was very articulate and smart," she said.';
    assert.deepStrictEqual(speakers(text), ['Ana Kral']);
    const same = 'Tom Varga met Ivo Kral at the pier. Varga electrified the crowds with speeches, Kral said.\n\n"He was very articulate and smart," he said.';
    assert.deepStrictEqual(speakers(same), ['Ivo Kral']);
  });
});
