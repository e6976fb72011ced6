// `Mr Park`, `Ms Hall`: a courtesy title before one name makes it a person's, even where the name is a body's word
// (`Central Park`, `City Hall`), so a quote given to them is checked as a person's, and another's words caught.
import * as assert from 'assert';
import { analyzeText, checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const SOURCES = {
  budget: P(
    'OSLAND (AP) — Finance Minister Lena Park and opposition leader Oren Vask clashed over the chip subsidy on Tuesday.',
    '"We cannot afford to fall behind in the race for the chips that power our harbours," Park said.',
    '"Every krone we borrow today is a krone our children must repay with interest," Vask told reporters.',
  ),
};
const PARK = 'We cannot afford to fall behind in the race for the chips that power our harbours';
const VASK = 'Every krone we borrow today is a krone our children must repay with interest';

function misattributed(draft: string): string[] {
  return checkDraft(draft, indexOf(SOURCES))
    .findings.filter((f) => f.code === 'misattributed-quote')
    .map((f) => f.sourceSpeaker ?? '');
}

describe('courtesy titles before a body’s word', () => {
  it('reads `Mr Park` and `Ms Hall` as people, and `the Park` still as no one’s name', () => {
    const kindOf = (text: string) => analyzeText(text).quotes[0]?.speaker?.kind;
    assert.strictEqual(kindOf(`"${PARK}," Mr Park said.`), 'person');
    assert.strictEqual(kindOf(`Ms Hall said: "${PARK}."`), 'person');
    assert.notStrictEqual(kindOf(`"${PARK}," the Park said.`), 'person');
  });

  it('catches another’s words given to `Ms Park`', () => {
    assert.deepStrictEqual(misattributed(`"${VASK}," Ms Park said.`), ['Oren Vask']);
  });

  it('gives no warning when `Ms Park` is the speaker', () => {
    assert.deepStrictEqual(misattributed(`"${PARK}," Ms Park said.`), []);
  });
});
