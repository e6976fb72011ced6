// `A trader, Ivo Kral, who buys cloth from forty families and sells it to shops in the capital, says ...`: a relative
// clause set off after a name runs to its comma however many objects it joins, and the name stays the sentence's
// subject, whom a later `he says` means as its antecedent (cut at twelve tokens, the name was no subject, and the
// quote went to the speaker before or, at best, to a guess). Invented text.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const BEFORE = 'Tomas Brennick sold two looms last year. "A loom is family," he says.';

function last(text: string): [string | null, string] {
  const quotes = analyzeText(text).quotes;
  const q = quotes[quotes.length - 1];
  return [q.speaker?.name ?? null, q.method];
}

describe('a long relative clause set off after a name', () => {
  it('keeps the name the subject a later he means', () => {
    assert.deepStrictEqual(last(P(BEFORE, 'Across the lane, a trader, Ivo Kral, who buys cloth from forty weaving families and sells it to shops in the capital, says cheap copies have undercut the market. "The customer cannot tell," he says.')),
      ['Ivo Kral', 'after']);
  });

  it('reads a short one as before', () => {
    assert.deepStrictEqual(last(P(BEFORE, 'Across the lane, a trader, Ivo Kral, who buys cloth, says cheap copies have undercut the market. "The customer cannot tell," he says.')),
      ['Ivo Kral', 'after']);
  });
});
