// Fact checks quote the checkers by their names (`Full Fact`, `Africa Check`, `Logically Facts`): a name that ends in
// `Fact`, `Facts` or `Check` is the checker's, never a person's (issue 7). It had been a person `Check`, given every
// rating the checker wrote.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

describe('a fact checker named in a fact check', () => {
  it('gives the checker its own words as an organisation', () => {
    for (const text of [
      'Northern Fact said the figure was "misleading at best".',
      'Verity Check rated the claim "False."',
      'Harbour Facts, a fact-checking site, called the post "a recycled rumour".',
    ]) {
      assert.strictEqual(analyzeText(text).quotes[0]?.speaker?.kind, 'organisation', text);
    }
  });
});
