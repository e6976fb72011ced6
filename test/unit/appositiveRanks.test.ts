// Wartime wire sets a spokesman's rank off with his name (`A ministry spokesman, Major General Igor Lomov, said`):
// `Major` before a rank is part of the rank, so the name set off is the speaker's (issue 7). It had been a description.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

describe('a rank opening with `Major` set off with a name', () => {
  it('gives the quote to the named officer', () => {
    const text = 'Troops pulled back overnight. A ministry spokesman, Major General Igor Lomov, said the move was "a planned manoeuvre".';
    assert.strictEqual(analyzeText(text).quotes[0]?.speaker?.name, 'Igor Lomov');
  });
});
