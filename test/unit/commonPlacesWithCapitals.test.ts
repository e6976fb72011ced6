// A place in common nouns after a person (`a banker at a European investment house`, `a guard at the Redfield plant`)
// is where the person works, even with capitals before the place's noun: the person speaks, not the place. A body
// named in capitals alone (`at the Pentagon`) is read as before. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a place with capitals before its common noun, after a person', () => {
  it('gives the words to the person before the place', () => {
    // Had been the place: `European investment house` (an organisation) and `the Redfield plant`.
    assert.deepStrictEqual(speakers('A banker at a European investment house said: "Rates at this level will kill the market."'), ['A banker']);
    assert.deepStrictEqual(speakers('A guard at the Redfield plant said: "We saw nothing."'), ['A guard']);
  });

  it('keeps a body named in capitals, and a place all in common nouns, as before', () => {
    assert.deepStrictEqual(speakers('Officials at the Pentagon said: "No comment."'), ['Pentagon']);
    assert.deepStrictEqual(speakers('A council aide in the room said: "It was tense."'), ['A council aide']);
  });
});
