// A name the text around a quote makes the body of a chief's office (officeBodies.ts): found as written and whole,
// wherever it stands in the text, and not where a letter or digit runs into it.
import * as assert from 'assert';
import { isBodyOfOffice } from '../../src/core/draft/officeBodies';

describe('a name made the body of an office', () => {
  it('is found whole, before or after the office, at any of its places in the text', () => {
    assert.strictEqual(isBodyOfOffice('Marion Falls Power', 'The head of Marion Falls Power said the dam was safe.'), true);
    assert.strictEqual(isBodyOfOffice('Marion Falls Power', 'Marion Falls Power chief executive Ivo Peskar spoke.'), true);
    assert.strictEqual(isBodyOfOffice('Marion Falls Power', "Marion Falls Power's chairman said so."), true);
    // The first place names no office; the second does.
    assert.strictEqual(isBodyOfOffice('Marion Falls Power', 'Marion Falls Power built the dam. Later Marion Falls Power CEO Ana Ruiz spoke.'), true);
    assert.strictEqual(isBodyOfOffice('Marion Falls Power', 'Marion Falls Power built the dam in 1990.'), false);
  });

  it('is not a longer word that begins or ends with the name', () => {
    assert.strictEqual(isBodyOfOffice('Sierra Lines', 'The head of Sierra Linesmen said so.'), false);
    assert.strictEqual(isBodyOfOffice('Sierra Lines', 'NuevaSierra Lines chief executive said so.'), false);
    assert.strictEqual(isBodyOfOffice('Sierra Lines', 'The head of Sierra Lines2 chief executive.'), false);
    assert.strictEqual(isBodyOfOffice('Sierra Lines', 'The head of Sierra Linesé said so.'), false);
    assert.strictEqual(isBodyOfOffice('Sierra Lines', 'The head of Sierra Lines𝐀 said so.'), false);
    assert.strictEqual(isBodyOfOffice('Sierra Lines', '𝐀Sierra Lines chief executive Dan Ruiz said so.'), false);
    // Punctuation and marks are no letters: the name stands whole beside them.
    assert.strictEqual(isBodyOfOffice('Sierra Lines', '(Sierra Lines chief executive Dan Ruiz) said so.'), true);
    assert.strictEqual(isBodyOfOffice('Sierra Lines', '—Sierra Lines chief executive Dan Ruiz said so.'), true);
  });

  it('is a name of more than one word, matched with its capitals', () => {
    assert.strictEqual(isBodyOfOffice('Kral', 'The head of Kral said so.'), false);
    assert.strictEqual(isBodyOfOffice('Sierra Lines', 'The head of sierra lines said so.'), false);
  });
});
