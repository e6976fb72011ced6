// A speech verb set off with its speaker inside a sentence's subject (`The problem, said Ana Kral, is that "…"`): the
// words are that speaker's, not the subject's (a thing: `The problem`). Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a speech verb set off before its speaker', () => {
  it('gives the words to the one named after the verb', () => {
    assert.deepStrictEqual(speakers('The problem, said Ana Kral, is that "nobody reads the small print at all."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('The paradox of the plan, says Carl Anthony, a historian at the city library, is that it was "one of the most ambitious schemes of the decade."'), ['Carl Anthony']);
    assert.deepStrictEqual(speakers('The harbour, said the mayor, was "never safer than today."'), ['the mayor']);
  });

  it('never gives them to whom the verb addresses', () => {
    assert.ok(!speakers('Ivo Peskar spoke first.\n\nAna Kral quieted the room, telling her colleagues, "We owe the fishermen a fair hearing."').some((s) => s !== null && /colleagues/.test(s)));
  });
});
