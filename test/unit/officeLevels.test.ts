// `state Rep. Ana Kral`, `Oregon state delegate Mary Susan`, `his Ohio state director, Tom Marsh,`: a lower-case
// `state` (`city`, `county`) between a place and a role, or before a capitalised title, is part of the person's title.
// Read as the verb `state`, it had ended the phrase: no subject, no speaker after `said`, or the place itself given
// the quote. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a level of government in a title', () => {
  it('reads the person after `state Rep.` as the speaker', () => {
    assert.deepStrictEqual(speakers('"It was fine," said state Rep. Ruth Norwood, a Democrat.'), ['Ruth Norwood']);
    const text = 'Vera Lang said she would win the state. She has the support of most lawmakers.\n\nBut state Rep. Ruth Norwood, a member of the Party Council, recalled what happened in 2008 to point out that Lang\'s lead could erode.\n\n"The vote is not a monolith," she said.';
    assert.deepStrictEqual(speakers(text), ['Ruth Norwood']);
  });

  it('never gives the words to the place before `state`', () => {
    assert.deepStrictEqual(speakers('Oregon state delegate Mary Susan, clad in a red cape with blinking lights, said the meeting could be a "failure" for the party.'), ['Mary Susan']);
    assert.deepStrictEqual(speakers('In early May, Reddick\'s Ohio state director, Tom Marsh, reached out to the firm, writing in an email: "We want this done fast."'), ['Tom Marsh']);
  });
});
