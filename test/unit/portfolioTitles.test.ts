// British and EU ministerial titles run through a portfolio joined by `for` and `and` before the name:
// `Secretary of State for Health Ana Kral said`. Invented names.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a title whose portfolio is joined by `for` or `and`', () => {
  it('ends at the name, which speaks', () => {
    // Each had been a description of the whole phrase, or a person `Social Care Ana Kral`.
    assert.deepStrictEqual(speakers('Secretary of State for Health Ana Kral said the wards were "full to the doors."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Minister of State for Trade Policy Ivo Brandt said it was "a good deal for farmers."'), ['Ivo Brandt']);
    assert.deepStrictEqual(speakers('Secretary of State for Health and Social Care Ana Kral said the wards were "full to the doors."'), ['Ana Kral']);
  });

  it('names no one when the portfolio runs to the verb, and still joins two people after a title', () => {
    assert.deepStrictEqual(speakers('Secretary of State for Health Care said the wards were "full to the doors."'), ['Secretary of State for Health Care']);
    assert.deepStrictEqual(speakers('Secretary of State Ana Kral and Ivo Brandt said the talks were "useful for both sides."'), ['Ana Kral and Ivo Brandt']);
  });
});
