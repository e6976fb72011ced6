// A label that names its speaker by a title and a lone name (`Premier Zhao:`, `Mr Zhao: '…'`, `Vice Premier Zhao —
// "…"`) or that a live blog stamps with a clock time (`**14:05** Mara Quill: "…"`) is read, so another person's words
// given to it are caught; a lone name with no title still rests nothing (a lone capital may be a misread word).
import * as assert from 'assert';
import { analyzeText, checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const SOURCES = {
  harbour: P(
    'OSLAND (AP) — Vice Premier Zhao Lintao met visiting Trade Secretary Mara Quill on Friday to discuss the harbour levy.',
    '"The door to dialogue must stay open even when the winds are strong," Zhao said at the guest house.',
    'Quill said she had raised the case of detained engineers. "We spoke plainly about the cases that trouble our families," she told reporters.',
  ),
};
const ZHAO = 'The door to dialogue must stay open even when the winds are strong';
const QUILL = 'We spoke plainly about the cases that trouble our families';

function misattributed(draft: string): string[] {
  return checkDraft(draft, indexOf(SOURCES))
    .findings.filter((f) => f.code === 'misattributed-quote')
    .map((f) => `${f.claimedSpeaker} / ${f.sourceSpeaker}`);
}

describe('labels with a titled lone name or a clock time', () => {
  it('catches another’s words under a label of a title and a lone name', () => {
    assert.deepStrictEqual(misattributed(`Premier Zhao: "${QUILL}."`), ['Zhao / Mara Quill']);
    assert.deepStrictEqual(misattributed(`Mr Zhao: '${QUILL}.'`), ['Zhao / Mara Quill']);
    assert.deepStrictEqual(misattributed(`Vice Premier Zhao — "${QUILL}."`), ['Zhao / Mara Quill']);
  });

  it('catches another’s words under a live blog’s label stamped with a clock time', () => {
    assert.deepStrictEqual(misattributed(`**14:05** Mara Quill: "${ZHAO}."`), ['Mara Quill / Zhao Lintao']);
    assert.deepStrictEqual(misattributed(`09:30 Ms Quill: "${ZHAO}."`), ['Mara Quill / Zhao Lintao']);
  });

  it('gives no warning when the titled label is the speaker’s', () => {
    assert.deepStrictEqual(misattributed(`Premier Zhao: "${ZHAO}."`), []);
    assert.deepStrictEqual(misattributed(`Mr Zhao: '${ZHAO}.'`), []);
    assert.deepStrictEqual(misattributed(`**14:05** Ms Quill: "${QUILL}."`), []);
  });

  it('rests nothing on a label of a lone name without a title', () => {
    assert.deepStrictEqual(misattributed(`Zhao — "${QUILL}."`), []);
    assert.deepStrictEqual(misattributed(`**14:05** Zhao: "${QUILL}."`), []);
  });

  it('reads a source’s titled label, and never a clock time or a capital with an article as the speaker', () => {
    const speakerOf = (text: string) => analyzeText(text).quotes[0]?.speaker?.name ?? null;
    assert.strictEqual(speakerOf('The talks ran late.\n\nMayor Renn: "We will reopen the bridge by spring."'), 'Renn');
    assert.strictEqual(speakerOf('The talks ran late.\n\n**14:05** Dana Lee: "We will reopen the bridge by spring."'), 'Dana Lee');
    assert.strictEqual(speakerOf('The talks ran late.\n\n14:05: "We will reopen the bridge by spring."'), null);
    assert.strictEqual(speakerOf('The talks ran late.\n\nThe Bridge: "We will reopen it by spring."'), null);
  });
});
