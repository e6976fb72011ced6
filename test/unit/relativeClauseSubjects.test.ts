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

  it('reads a clause of time (`when he`) after the named clause as it reads a relative clause', () => {
    // Each had been Jonas Pell's (the sentence's subject), or no one's where Pell is a woman.
    assert.deepStrictEqual(speakers('Mayor Jonas Pell dismissed an interview Daniel Okafor gave last week when he called the plan "a disgrace".'), ['Daniel Okafor']);
    assert.deepStrictEqual(speakers('Mayor Ana Pell criticised a speech Tom Hale gave on Friday, when he said the port was "finished for good".'), ['Tom Hale']);
    assert.deepStrictEqual(speakers('Rhys Kendal cited a speech the minister\'s deputy, Owen Frost, made in April, when he promised "no waits over a year by Christmas."'), ['Owen Frost']);
  });

  it('leaves `when he` to the sentence\'s subject where the name is no clause\'s subject, or its object may be meant', () => {
    assert.deepStrictEqual(speakers('Mayor Jonas Pell attacked Daniel Okafor last week when he called the plan "a disgrace".'), ['Jonas Pell']);
    assert.deepStrictEqual(speakers('Mayor Jonas Pell was furious when he called the plan "a disgrace".'), ['Jonas Pell']);
    assert.deepStrictEqual(speakers('Jonas Pell recalled the night Tom Hale phoned him, when he said "it is over for us."'), ['Jonas Pell']);
  });
});
