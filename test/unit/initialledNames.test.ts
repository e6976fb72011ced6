// A name written with initials (`JK Rowling`, `J K Rowling`, `J.K. Rowling`) is a name in full: it tells its speaker
// apart from the sources' other people, and meets the same name with its initials written otherwise.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('names written with initials', () => {
  const index = indexOf({
    fair: P(
      'EDINBURGH — The novelist P.D. Arkwright opened the book fair on Saturday.',
      '"Every reader who came here in the rain deserves a medal," Arkwright said.',
      'The fair\'s director, Morag Dunlop, said: "We have sold more tickets this year than in any year before."',
    ),
  });
  const findings = (draft: string) => checkDraft(draft, index).findings.filter((f) => f.code === 'misattributed-quote').map((f) => `${f.claimedSpeaker} / ${f.sourceSpeaker}`);

  it('warns when the words of another are given to a name written with initials', () => {
    assert.deepStrictEqual(findings('"We have sold more tickets this year than in any year before," said PD Arkwright.'), ['PD Arkwright / Morag Dunlop']);
    assert.deepStrictEqual(findings('P D Arkwright said: "We have sold more tickets this year than in any year before."'), ['P D Arkwright / Morag Dunlop']);
  });

  it('gives no warning where the initials are written otherwise than the source writes them', () => {
    assert.deepStrictEqual(findings('"Every reader who came here in the rain deserves a medal," said PD Arkwright.'), []);
    assert.deepStrictEqual(findings('P D Arkwright said: "Every reader who came here in the rain deserves a medal."'), []);
  });
});
