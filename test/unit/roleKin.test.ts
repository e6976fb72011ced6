// A description in another word for the same trade (`Russell's attorney Ana Kral ... the lawyer said`) stands for
// the person last named with that trade, as the same word does. Invented text.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function speakers(text: string): Array<string | null> {
  return analyzeText(text).quotes.map((q) => q.speaker?.name ?? null);
}

describe('a role described in another word for the same trade', () => {
  it('reads the lawyer as the attorney named before, and the attorney as the lawyer', () => {
    assert.deepStrictEqual(speakers('The family’s attorney Ivo Kral gave a statement to the harbour police.\n\n“Nobody was taken from the quay on Thursday,” the lawyer said.'), ['Ivo Kral']);
    assert.deepStrictEqual(speakers('Ivo Kral, a lawyer for the family, spoke on Monday.\n\n“Nobody was taken from the quay on Thursday,” the attorney said.'), ['Ivo Kral']);
  });

  it('never gives the trade to someone named before without it', () => {
    assert.deepStrictEqual(speakers('The harbour master Ivo Kral gave a statement to the police.\n\n“Nobody was taken from the quay on Thursday,” the lawyer said.'), ['the lawyer']);
  });
});
