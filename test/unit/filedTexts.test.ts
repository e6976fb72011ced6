// `according to a court document filed by X`: a text someone filed, issued or wrote speaks for that person, as
// `according to a statement from X` does.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a text filed or issued by someone', () => {
  it('gives the quote to the agent after `filed by`, past a lower-case title', () => {
    assert.deepStrictEqual(speakers('"The port never held a valid licence," according to a court document filed by state attorney Ivo Peskar.'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('"The port never held a valid licence," according to a memo issued by Ana Kral.'), ['Ana Kral']);
  });

  it('leaves a text with no agent a description', () => {
    assert.deepStrictEqual(speakers('"The evidence cannot prove every element," according to a court document filed Monday.'), ['a court document filed']);
  });
});
