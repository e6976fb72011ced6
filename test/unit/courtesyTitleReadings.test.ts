// A draft's `Mr` before a name the reading does not take as one (`Mr al-Hadadi`: its `al-` in lower case) must not
// stand for whoever a source called `Mr` (Lars Holm): no warning rests on a speaker found by a courtesy title alone.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('a speaker found by a courtesy title alone', () => {
  const index = indexOf({
    port: P('Lars Holm, the port director, spoke on Monday.', '"The cranes will run through the night until the backlog is cleared," Mr Holm said.'),
    visit: P('Foreign Minister Samir al-Hadadi visited Oslo on Tuesday.', '"Our two countries have more to gain from trade than from quarrels," al-Hadadi said.'),
  });
  const findings = (draft: string) => checkDraft(draft, index).findings.filter((f) => f.code === 'misattributed-quote').map((f) => `${f.claimedSpeaker} / ${f.sourceSpeaker}`);

  it('gives no warning for a right attribution whose name is spelt a little otherwise after `Mr`', () => {
    assert.deepStrictEqual(findings('Mr al-Haddadi said: "Our two countries have more to gain from trade than from quarrels."'), []);
  });

  it('still warns where the draft names the person the title is given to', () => {
    assert.deepStrictEqual(findings('Mr Holm said: "Our two countries have more to gain from trade than from quarrels."'), ['Lars Holm / Samir al-Hadadi']);
  });
});
