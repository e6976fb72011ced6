// The word-level difference between a draft's quotation and the source's wording, and which differences change
// what was said.
import * as assert from 'assert';
import { describeMeaningChange, diffQuote, formatDiff } from '../../src/core/draft/quoteDiff';

describe('what differs between a quotation and its source', () => {
  it('marks the words dropped and the words added, in reading order', () => {
    const d = diffQuote('We will protect our beautiful land', 'We will use all available means to protect our land');
    assert.strictEqual(formatDiff(d.parts), 'We will [-use all available means to-] protect our {+beautiful+} land');
    assert.strictEqual(d.typographic, false);
  });

  it('counts a change of punctuation, case or quote style as no difference', () => {
    const d = diffQuote('we WILL win, “whatever it takes”', 'We will win. "Whatever it takes!"');
    assert.strictEqual(d.typographic, true);
    assert.deepStrictEqual(d.meaning, []);
  });

  it('flags a negation dropped or added', () => {
    const dropped = diffQuote('We will raise taxes', 'We will not raise taxes');
    assert.deepStrictEqual(dropped.meaning.map(describeMeaningChange), ['a negation (drops “not”)']);
    const added = diffQuote("We don't accept the results", 'We accept the results');
    assert.deepStrictEqual(added.meaning.map((m) => m.kind), ['negation']);
  });

  it('flags a number, a name, a date or a hedge that changed', () => {
    assert.deepStrictEqual(diffQuote('Forty people were hurt', 'Fourteen people were hurt').meaning.map(describeMeaningChange), ['a number (“Forty” for “Fourteen”)']);
    assert.deepStrictEqual(diffQuote('the talks with Ortiz failed', 'the talks with Reyes failed').meaning.map((m) => m.kind), ['name']);
    assert.deepStrictEqual(diffQuote('We vote on Friday', 'We vote on Monday').meaning.map((m) => m.kind), ['date']);
    assert.deepStrictEqual(diffQuote('The plan will fail', 'The plan might fail').meaning.map(describeMeaningChange), ['a hedge (drops “might”)']);
  });

  it('does not call a word moved within the quote a change of meaning', () => {
    const d = diffQuote('never again, we said, never', 'we said never again, never');
    assert.deepStrictEqual(d.meaning, []);
  });

  it('ignores the capital that begins a sentence when it looks for names', () => {
    assert.deepStrictEqual(diffQuote('Today we win', 'Now we win').meaning.map((m) => m.kind), ['date']);
    assert.deepStrictEqual(diffQuote('Then we win', 'Now we win').meaning, []);
  });

  it('gives up on wordings too far apart to be one quote altered, rather than taking long', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(' ');
    const d = diffQuote(a, b);
    assert.strictEqual(d.parts.length, 2);
    assert.deepStrictEqual(d.meaning, []);
  });
});
