// Kenyan and Australian copy calls the Chief Justice `the CJ`: an office by its initials, held by the Chief Justice
// the text names (issue 7). It had been read as a body called `CJ`, a wrong speaker for her words.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

describe('`the CJ` for the Chief Justice', () => {
  it('gives the words to the Chief Justice the text named', () => {
    const text = 'Chief Justice Wanjiru Odhiambo read the ruling for the bench. "We found no evidence of tampering," she said.\n\nThe CJ dismissed one affidavit as "pure fiction".';
    const quote = analyzeText(text).quotes.find((q) => q.text.includes('pure fiction'));
    assert.strictEqual(quote?.speaker?.name, 'Wanjiru Odhiambo');
  });

  it('names no body `CJ` when no Chief Justice is named', () => {
    const text = 'The bench sat late into the evening.\n\nThe CJ dismissed one affidavit as "pure fiction".';
    const quote = analyzeText(text).quotes.find((q) => q.text.includes('pure fiction'));
    assert.notStrictEqual(quote?.speaker?.kind, 'organisation');
  });
});
