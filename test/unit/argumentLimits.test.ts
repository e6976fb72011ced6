// Hostile input as large arrays: each of these once ended in `Maximum call stack size exceeded`, an array passed as one
// call's arguments (`push(...found)`, `Math.max(...years)`), and a call takes at most some 100,000 (120,000 here).
import * as assert from 'assert';
import { buildCorpusIndex, checkDraft, type CorpusIndex } from '../../src/core';
import { article, bundledIndex } from '../support/memoryCorpus';

describe('inputs larger than a call takes arguments', function () {
  this.timeout(120_000);
  let index: CorpusIndex;

  before(async () => {
    index = await bundledIndex();
  });

  it('checks a draft of 140,000 quotations in one paragraph without overflowing the call stack', () => {
    const text = Array.from({ length: 140_000 }, (_, i) => `"w${i}"`).join(' ');
    assert.strictEqual(checkDraft(text, index).quotes.length, 140_000);
  });

  it('indexes a source of 36,000 quotations (144,000 numbers in the quote index) without overflowing the call stack', () => {
    const text = Array.from({ length: 36_000 }, (_, i) => `Ana Kral said "harbour wall ${i} needs work".`).join(' ');
    const built = buildCorpusIndex([article('many', text)]);
    assert.strictEqual(built.articles[0].quotes.length, 36_000);
    assert.strictEqual(built.locate('harbour wall 35999 needs work').exact.length, 1, 'the last quote is found');
  });

  it('reads the date of a source that names 600,000 years after it', () => {
    const text = `2021-05-04 ${Array.from({ length: 600_000 }, (_, i) => (i === 450_000 ? '2024' : '2022')).join(' ')}`;
    const meta = article('years', text);
    assert.strictEqual(meta.date, null, 'a date followed by a later year is not trusted');
    assert.ok(meta.doubts.some((d) => d.includes('2024')), meta.doubts.join('; '));
  });
});
