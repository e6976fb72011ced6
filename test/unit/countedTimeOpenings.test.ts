// An amount of time that opens a sentence (`Six hours later,`, `Two days after the vote,`) is read over to the subject
// after its comma, so that a `he` after that sentence is the subject's, not the speaker's before. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const BEFORE = '"The ferry will not sail," Ivo Marsh said.';

describe('an amount of time opening a sentence', () => {
  for (const opening of ['Six hours later', 'Two days after the vote', 'About an hour after his first statement']) {
    it(`reads over "${opening}," to the subject`, () => {
      // The `he` had been Marsh's, the speaker before.
      assert.deepStrictEqual(speakers(P(BEFORE, `${opening}, Tomas Berg went back on the radio. "The ferry sails at noon," he said.`)), ['Ivo Marsh', 'Tomas Berg']);
    });
  }

  it('leaves the speaker before a `he` after a sentence with no subject of its own', () => {
    assert.deepStrictEqual(speakers(P(BEFORE, 'Six hours later, the ferry sailed. "It was the right call," he said.')), ['Ivo Marsh', 'Ivo Marsh']);
  });
});
