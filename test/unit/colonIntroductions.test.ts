// A paragraph of quotation that a sentence before introduces with a colon speaks for the speaker that sentence
// gives: a statement the subject issues (`released the following statement:`), an opening speech verb (`Stated Kral:`).
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function speakers(text: string): Array<string | null> {
  return analyzeText(text).quotes.map((q) => q.speaker?.name ?? null);
}

describe('quotations introduced with a colon', () => {
  it('gives a statement to the named subject that issued it', () => {
    const text = 'When the flood hit, Mayor Dana Reyes released the following statement:\n\n"Our thoughts are with every family in the valley. We will rebuild every road."';
    assert.deepStrictEqual(speakers(text), ['Dana Reyes']);
    const issued = 'Ivo Kral, the harbour board chairman, on Friday issued a short statement:\n\n"The pier will reopen when the engineers say it is safe, and not a day before."';
    assert.deepStrictEqual(speakers(issued), ['Ivo Kral']);
  });

  it('gives it to the speaker after an opening speech verb', () => {
    assert.deepStrictEqual(speakers('Stated Ivo Kral:\n\n"I think the stakes are so high that they would do anything to stay in power."'), ['Ivo Kral']);
  });

  it('leaves the quotation unattributed when no one named introduces it', () => {
    assert.deepStrictEqual(speakers('The result was the following statement:\n\n"The pier will reopen when the engineers say it is safe."'), [null]);
  });
});
