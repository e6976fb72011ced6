// Health and agency copy names bodies by acronyms in capitals; one of them is spelled like a clause word (`WHO`),
// which the rules read as `who` unless the tokens say it is an acronym. Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { speakers } from '../support/quoteSpeakers';

describe('acronyms spelled like clause words', () => {
  it('gives a quote to the person named after an acronym owner like `WHO\'s`, not to the one quoted before', () => {
    const text = '"Cases are falling," Ivo Peskar said. "This is not over," said WHO’s Ana Kral.';
    assert.deepStrictEqual(speakers(text), ['Ivo Peskar', 'Ana Kral']);
  });

  it('leaves a quote of `a WHO spokesperson` unnamed when the text names another spokesperson', () => {
    const text = 'Hospital spokesperson Ana Kral said the ward was open. "Stay at home if you are sick," a WHO spokesperson told reporters.';
    const quote = analyzeText(text).quotes[0];
    assert.notStrictEqual(quote.speaker?.kind, 'person');
  });

  it('still reads a lower-case `who` as the clause word it is', () => {
    assert.deepStrictEqual(speakers('Ana Kral, who chairs the board, said: "We are done."'), ['Ana Kral']);
  });
});
