// A noun of saying owned by a person named after `of` or `by` (`the contention of Governor Hal Brooks that ...`,
// `claims by councillor Ivo Marsh that ...`), or the two words `catch phrase` after a possessive name, stands for that
// person's words, not for the words of whoever rejects or reports the saying.
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

  it('is the person named after `by`, whoever rejects or denies the saying', () => {
    assert.deepStrictEqual(speakers('The mayor rejected claims by councillor Ivo Marsh that the harbour plan was “a waste of money and time.”'), ['Ivo Marsh']);
    assert.deepStrictEqual(speakers('The mayor denied claims by councillor Ivo Marsh that the harbour plan was “a waste of money and time.”'), ['Ivo Marsh']);
    assert.deepStrictEqual(speakers('The board dismissed allegations by former clerk Ana Kral that the count was “rigged from the start.”'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('The mayor denied the allegation of Ivo Marsh that the plan was “a waste of money and time.”'), ['Ivo Marsh']);
  });

  it('is no owner of words the saying itself is the subject of', () => {
    const text = 'The trust said in a release that a declaration by the Harbour Board to the court “suggests the files were found in May.”';
    assert.notDeepStrictEqual(speakers(text), ['Harbour Board']);
  });

  it('reads the owner through a `that` clause of one verb group, never past a verb that speaks of the saying', () => {
    assert.deepStrictEqual(speakers('The council dismissed allegations by former clerk Ana Kral that the vote had been “rigged from the start.”'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('But Kral’s boldest claim is that the Harbour Board on Monday was a “rubber stamp” for the mayor.'), ['Kral']);
    for (const text of ['The council said claims by former clerk Ana Kral that the vote was rigged are “baseless.”', 'The council believes Ana Kral’s claim that the vote was rigged is “baseless and silly.”']) {
      assert.notDeepStrictEqual(speakers(text), ['Ana Kral'], text);
    }
  });

  it('gives no person where `by` names none', () => {
    const text = 'The mayor denied allegations by the police that she had been “driving far too fast that night.”';
    assert.notStrictEqual(analyzeText(text).quotes[0].speaker?.kind, 'person');
  });
});
