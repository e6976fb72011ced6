// `Tom Reid's speech from the steps will be remembered for a long time. "…," he told the crowd.`: a sentence whose
// subject is what a named person says aloud hands the `he` after it to that person. The search had passed the speech
// by (no he) and reached the man quoted the paragraph before. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe("a pronoun after a sentence about someone's speech", () => {
  it('is the one who gave the speech, not the last man quoted', () => {
    const text = 'Ivo Brand scored the late goal. "I just hit it," he said.\n\nTom Reid\'s speech from the steps of the stand will be remembered in the town for a long time. "We are not the whipping boys any more," he told the crowd.';
    assert.deepStrictEqual(speakers(text), ['Ivo Brand', 'Tom Reid']);
  });

  it('still skips an owned thing that says nothing', () => {
    const text = 'Ivo Brand scored the late goal. "I just hit it," he said.\n\nTom Reid\'s car was found in the river on Monday. "It is a disgrace," he said.';
    assert.deepStrictEqual(speakers(text), ['Ivo Brand', 'Ivo Brand']);
  });
});
