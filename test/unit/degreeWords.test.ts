// `Ana Kral very nearly quit`, `Kral almost laughed`: a word of degree between a subject and its adverb or
// verb, which had been read as part of the name (`Kral almost`), so the subject was no one and a pronoun after it
// went to someone named before. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a word of degree after the subject', () => {
  it('ends the subject at `very`, `almost`, `quite`, `rather` before an adverb or a verb', () => {
    const text = 'Ivo Peskar praised the harbour deal. Ana Kral almost laughed. "I have heard that promise every winter," she said.';
    assert.deepStrictEqual(speakers(text), ['Ana Kral']);
    const novel = 'Ivo Peskar runs the festival. Ana Kral very nearly did not publish her novel. "I put the manuscript in the fire," she said.';
    assert.deepStrictEqual(speakers(novel), ['Ana Kral']);
  });
});
