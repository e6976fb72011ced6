// Quotation marks as other presses and other years print them: a typewriter's ``backticks'' and doubled apostrophes,
// double primes pasted from layout programs, French guillemets set off with spaces.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { speakers } from '../support/quoteSpeakers';

function quotes(text: string): string[] {
  return analyzeText(text).quotes.map((q) => q.text);
}

describe('quotation marks of other presses', () => {
  it('reads ``backticks and apostrophes\'\' as a quotation, its words without the marks', () => {
    const text = "``It's not what we wanted, but it's a roof over our heads,'' said Tomas Berg, a crane driver.";
    assert.deepStrictEqual(quotes(text), ["It's not what we wanted, but it's a roof over our heads,"]);
    assert.deepStrictEqual(speakers(text), ['Tomas Berg']);
  });

  it('reads a quotation opened and closed by two apostrophes, and a short one inside a sentence', () => {
    const text = "''I voted no and I'd vote no again,'' said Ana Kral, 51. Ivo Peskar said the union would ''keep a close eye'' on it.";
    assert.deepStrictEqual(quotes(text), ["I voted no and I'd vote no again,", 'keep a close eye']);
    assert.deepStrictEqual(speakers(text), ['Ana Kral', 'Ivo Peskar']);
  });

  it('reads double primes as quotation marks', () => {
    const text = 'The opposition leader, Ana Kral, said the minister had \u2033run out of excuses\u2033 on Monday.';
    assert.deepStrictEqual(quotes(text), ['run out of excuses']);
    assert.deepStrictEqual(speakers(text), ['Ana Kral']);
  });

  it('leaves a word in single apostrophes and a run of three backticks as they were', () => {
    assert.deepStrictEqual(quotes("The ```code``` block and the students' books."), []);
  });

  it('keeps the spaces French copy sets inside guillemets out of the words', () => {
    assert.deepStrictEqual(quotes('\u00AB Nobody will be left behind \u00BB, said the director, Ana Kral.'), ['Nobody will be left behind']);
  });

  it('gives a pronoun after `the health spokesman, <a woman\'s name>,` to her, not to a woman named before', () => {
    const text = 'Fiona Bairstow spoke first. "The list is growing," she said.\n\nThe opposition health spokesman, Gwen Morgan, said the minister had failed. "He said the same thing last winter," she said.';
    assert.deepStrictEqual(speakers(text), ['Fiona Bairstow', 'Gwen Morgan']);
    // A given name no list sexes (`Nerys`): the office in -man says nothing either.
    assert.deepStrictEqual(speakers(text.replace(/Gwen/g, 'Nerys')), ['Fiona Bairstow', 'Nerys Morgan']);
  });
});
