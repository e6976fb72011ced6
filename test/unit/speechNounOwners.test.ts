// A noun of saying owned by a person named after `of` (`the contention of Governor Hal Brooks that ...`), or the two
// words `catch phrase` after a possessive name, stands for that person's words.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { speakers } from '../support/quoteSpeakers';

describe('the owner of a noun of saying', () => {
  it('is the person named after `of`, and the possessive before `catch phrase`', () => {
    assert.deepStrictEqual(speakers('The memo supports the contention of former governor Hal Brooks that the files were “locked away for no good reason at all.”'), ['Hal Brooks']);
    assert.deepStrictEqual(speakers('Coach Dan Ruiz’s catch phrase all season was that the team “plays hard for four quarters or not at all.”'), ['Dan Ruiz']);
  });

  it('is no person where `of` names none (a description of the sentence may still be read)', () => {
    for (const text of ['The vote ignored the argument of critics that the park was “a waste of good money and land.”', 'The board dismissed the claim of fraud in Dover that the count was “rigged from the start by the clerks.”']) {
      assert.notStrictEqual(analyzeText(text).quotes[0].speaker?.kind, 'person', text);
    }
  });
});
