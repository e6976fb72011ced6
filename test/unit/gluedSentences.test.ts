// Text copied from a web page or a feed loses the space after a full stop (`…, Kral said.Brandt disagreed.`); the
// sentences are still two, so the next one's name is no part of the attribution. Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { speakers } from '../support/quoteSpeakers';

describe('a full stop with its space lost', () => {
  it('still ends the sentence', () => {
    // It had been a description `Ana Kral said.Ivo Brandt`, twice.
    assert.deepStrictEqual(speakers('The quay is "open to all," Ana Kral said.Ivo Brandt disagreed. "It is closed," he said.'), ['Ana Kral', 'Ivo Brandt']);
    assert.strictEqual(analyzeText('Ana Kral spoke first.Ivo Brandt spoke last.').sentences.length, 2);
  });

  it('leaves web addresses, initials and abbreviations whole', () => {
    assert.strictEqual(analyzeText('Shares of Amazon.Com rose on Monday.').sentences.length, 1);
    assert.strictEqual(analyzeText('Ivo Brandt, of Harbor.Org, spoke.').sentences.length, 1);
    assert.strictEqual(analyzeText('Mrs.Kral spoke first.').sentences.length, 1);
    assert.strictEqual(analyzeText('The U.S.Navy said so.').sentences.length, 1);
  });
});
