// A check asks whether a draft's speaker and a source's are one person once for each pair of them and the draft's
// words for the speaker (samePersonMemo.ts): the same speaker named otherwise in another paragraph is asked again.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const MERROW = 'We spoke plainly about the cases that trouble our families';
const SOURCES = {
  summit: [
    'HANOI (AP) — Vice Premier Han Weiguo met visiting Trade Secretary Ada Merrow on Friday to discuss tariffs.',
    '"The door to dialogue must stay open even when the winds are strong," Han said at the guest house.',
    `Merrow said she had raised the case of detained engineers. "${MERROW}," she told reporters.`,
  ].join('\n\n'),
};

function misattributed(draft: string): string[] {
  return checkDraft(draft, indexOf(SOURCES))
    .findings.filter((f) => f.code === 'misattributed-quote')
    .map((f) => `${f.claimedSpeaker} / ${f.sourceSpeaker}`);
}

describe('one person or two, asked again for each way a draft names its speaker', () => {
  const untitled = `"${MERROW}," Han said.`;
  const titled = `Mr Han said: "${MERROW}."`;

  it('warns of the lone name with a title, not without one, whichever the draft gives first', () => {
    // Without a title a lone capital may be a misread word (loneNames.ts): nothing rests on it.
    assert.deepStrictEqual(misattributed(untitled), []);
    assert.deepStrictEqual(misattributed(titled), ['Han / Ada Merrow']);
    assert.deepStrictEqual(misattributed(`${untitled}\n\n${titled}`), ['Han / Ada Merrow']);
    assert.deepStrictEqual(misattributed(`${titled}\n\n${untitled}`), ['Han / Ada Merrow']);
  });
});
