// `an interview Okafor gave to the Gazette in which he called the plan "…"`: the `he` of a relative clause after a
// clause with a named subject is that name's, not the sentence's subject's (relativeClauseSubjects.ts).
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a pronoun inside a relative clause after a named clause subject', () => {
  it('gives the words to the clause\'s named subject', () => {
    // Each had been Jonas Pell's.
    assert.deepStrictEqual(speakers('Mayor Jonas Pell dismissed an interview Daniel Okafor gave to the Gazette in which he called the plan "a disgrace".'), ['Daniel Okafor']);
    assert.deepStrictEqual(speakers('Mayor Jonas Pell dismissed an interview Daniel Okafor gave to the Gazette last week, in which he called the plan "a disgrace".'), ['Daniel Okafor']);
  });

  it('leaves the sentence\'s subject the speaker when it is the clause\'s, or the named one is of the other sex', () => {
    assert.deepStrictEqual(speakers('Mayor Jonas Pell gave an interview to the Gazette in which he called the plan "a disgrace".'), ['Jonas Pell']);
    assert.deepStrictEqual(speakers('Mayor Jonas Pell dismissed an interview Ana Okafor gave to the Gazette in which he called the plan "a disgrace".'), ['Jonas Pell']);
  });
});
