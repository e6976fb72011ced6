// A newspaper's name (`The Gazette`, `The Chronicle`, `The Sentinel`) is an organisation, as `The Times` was: shown
// as a person it took the place of a speaker in drafts and hovers. Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

const kinds = (text: string) => analyzeText(text).quotes.map((q) => (q.speaker ? [q.speaker.name, q.speaker.kind] : null));

describe('a newspaper named by its title', () => {
  it('is an organisation, whatever the word of its title', () => {
    // Each had been a person.
    assert.deepStrictEqual(kinds('The Gazette said in an editorial: "The plan must go."'), [['Gazette', 'organisation']]);
    assert.deepStrictEqual(kinds('The Harbour Chronicle asked: "Why now, and why this pier?"'), [['Harbour Chronicle', 'organisation']]);
    assert.deepStrictEqual(kinds('The Sentinel wrote that the plan was "a gift to the developers."'), [['Sentinel', 'organisation']]);
  });
});
