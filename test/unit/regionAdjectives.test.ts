// A capitalised word of a region or a people (`Western`, `Lotrian`) before a noun-like verb's -s form describes the
// noun; it is not a person who `states` or `claims`. Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function speakerOf(text: string, quote: string): string | null {
  return analyzeText(text).quotes.find((q) => q.text.replace(/[,.]$/, '') === quote)?.speaker?.name ?? null;
}

describe('a word of a region or a people before a noun-like verb', () => {
  it('reads `Western states` as what the subject accuses, not as someone who states', () => {
    assert.strictEqual(speakerOf('Varnia\'s ambassador, Vassily Nebo, said the districts had voted "freely" and accused Western states of "hypocrisy."', 'hypocrisy'), 'Vassily Nebo');
    assert.strictEqual(speakerOf('Ana Kral rejected Lotrian claims of "genocide" on Monday.', 'genocide'), 'Ana Kral');
    // With `the` before it, a nationality is a person whose verb it is.
    assert.strictEqual(speakerOf('Dino Zoff went down in the box. The Italian claims he was "fouled twice."', 'fouled twice'), 'Dino Zoff');
  });
});
