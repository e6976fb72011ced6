// `In Varnia, where the party won 18 seats, Governor Ana Kral said she would ...`: a `where` clause set off after an
// opening place is part of the opening, and the named person after it is the subject a later `she` means (issue 7).
// Its `the party` had been read as the subject, and the `she` went to a woman named paragraphs before.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

describe('a `where` clause after an opening place', () => {
  it('leaves the subject after it for a later pronoun', () => {
    const text = 'Ms. Odile Ferrand held her seat in the capital.\n\nIn Varnia, where the party won 18 of 40 seats, Governor Rekha Sandhu said she would study the results. "Every loser is not a loser," she wrote on Twitter.';
    const quote = analyzeText(text).quotes.find((q) => q.text.includes('Every loser'));
    assert.strictEqual(quote?.speaker?.name, 'Rekha Sandhu');
  });
});
