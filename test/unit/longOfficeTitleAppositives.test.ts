// `The NSW Rural Fire Service Commissioner, Shane Fitzsimmons, warned`: a capitalised role after the full name of the
// service it heads, with `the` before them all, is a role, and the name set off after it is the speaker (issue 7).
// Five capitals before the role had been too many, and the description spoke instead.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

describe('a name set off after a role with a long service name', () => {
  it('gives a partial quote to the name', () => {
    const text = 'The WA Coastal Flood Rescue Service Commissioner, Dana Whitlock, warned that Sunday would be "worse than anything this year".';
    assert.strictEqual(analyzeText(text).quotes[0]?.speaker?.name, 'Dana Whitlock');
  });
});
