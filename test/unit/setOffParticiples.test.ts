// A participle clause set off after an opening phrase (`On the second night, camped by the river, Olek talks about
// Marta.`) is passed over to the subject, so the `he says` that follows is the subject's, not the last speaker's.
// Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('a participle clause set off after an opening phrase', () => {
  it('reads the subject after it', () => {
    const text = P(
      'Olek Varga is eighty. "I still ride every day," he said.',
      'His son, Tomasz Varga, drove down from the city. "I never learned to ride," he says.',
      'On the second night, camped by the river, Olek talks about Marta. He met her at a dance in 1950. "I stepped on her feet twice," he says.',
    );
    assert.deepStrictEqual(speakers(text), ['Olek Varga', 'Tomasz Varga', 'Olek Varga']);
  });

  it('leaves a participle that opens the sentence to the rules that read it', () => {
    assert.deepStrictEqual(speakers('Asked about the ferry, Olek Varga said: "It runs on Sundays."'), ['Olek Varga']);
  });
});
