// `"We're not going anywhere." Those were the words of Ana Kral, as she watched ...`: a quote alone in its sentence,
// then a sentence saying whose words they were. Invented names throughout.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a quote followed by a sentence naming whose words it was', () => {
  it('gives the quote to the person the next sentence names as its owner', () => {
    // Each had no speaker: no rule read past the quote's own sentence.
    assert.deepStrictEqual(speakers('"We\'re not going anywhere." Those were the words of the port minister, Ivo Peskar, as he watched the first ship leave.'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('"Come back. It is safe." That was the blunt message from Ana Kral to shipowners.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('"Nobody votes for a closed port." So said Tom Reyes, the mayor.'), ['Tom Reyes']);
  });

  it('reads nothing from a next sentence that is only about someone, or from another paragraph', () => {
    assert.deepStrictEqual(speakers('"We\'re not going anywhere." That was the day Ivo Peskar resigned.'), [null]);
    assert.deepStrictEqual(speakers('"We\'re not going anywhere."\n\nThose were the words of Ivo Peskar.'), [null]);
    // A quote with its own attribution keeps it.
    assert.deepStrictEqual(speakers('"We\'re not going anywhere," Ana Kral said. Those were the words of Ivo Peskar too.'), ['Ana Kral']);
  });
});
