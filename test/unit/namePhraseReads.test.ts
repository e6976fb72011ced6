// A phrase's reading is kept per sentence's tokens (namePhrases.ts): asked again, the same phrase of the same
// sentence reads the same, and the same positions of another sentence read that sentence's own words.
import * as assert from 'assert';
import { readNamePhrase } from '../../src/core/attribution/namePhrases';
import { tokenizeSentence } from '../../src/core/text/sentenceTokens';

const tokensOf = (text: string) => tokenizeSentence(text, { start: 0, end: text.length }, [], 0);
const nameOf = (tokens: ReturnType<typeof tokensOf>, from: number, to: number) => readNamePhrase(tokens, { from, to }).name.map((t) => t.text).join(' ');

describe('a name phrase read again', () => {
  it('reads the same phrase of one sentence alike, and another sentence at the same positions as its own', () => {
    const harbour = tokensOf('Harbour Commissioner Ana Kral said the pier would close.');
    const mill = tokensOf('the mill foreman Ivo Brandt said the shift would end.');
    assert.strictEqual(nameOf(harbour, 0, 4), 'Ana Kral');
    assert.strictEqual(nameOf(mill, 0, 5), 'Ivo Brandt');
    assert.strictEqual(nameOf(harbour, 0, 4), 'Ana Kral');
    assert.strictEqual(readNamePhrase(harbour, { from: 0, to: 4 }).title.map((t) => t.text).join(' '), 'Harbour Commissioner');
    // The same span of the other sentence: its own words (`the mill foreman Ivo`), not the first sentence's name.
    assert.notStrictEqual(nameOf(mill, 0, 4), 'Ana Kral');
    assert.strictEqual(nameOf(mill, 3, 5), 'Ivo Brandt');
    assert.strictEqual(nameOf(harbour, 2, 4), 'Ana Kral');
  });
});
