// A surname that opens with a lower-case particle (`von der`, `de`, `van`) written after a title (`Ms von der Berk`,
// `Mr de Wit`) names a person, as `Ilse von der Berk` does: never a description, so a swap onto it is caught.
import * as assert from 'assert';
import { analyzeText, checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const SOURCES = {
  council: P(
    'BRUSSELS (AP) — Commission President Ilse von der Berk and Finance Minister Joren de Wit met on Monday.',
    '"We will keep the support flowing for as long as the harbour towns need it," Ilse von der Berk said.',
    '"The budget cannot carry another levy without a vote in parliament," Joren de Wit told reporters.',
  ),
};
const BERK = 'We will keep the support flowing for as long as the harbour towns need it';
const WIT = 'The budget cannot carry another levy without a vote in parliament';

function misattributed(draft: string): string[] {
  return checkDraft(draft, indexOf(SOURCES))
    .findings.filter((f) => f.code === 'misattributed-quote')
    .map((f) => `${f.claimedSpeaker} / ${f.sourceSpeaker}`);
}

describe('titled surnames that open with a particle', () => {
  it('reads `Ms von der Berk` and `Mr de Wit` as people, not descriptions', () => {
    const speakerOf = (text: string) => analyzeText(text).quotes[0]?.speaker;
    assert.strictEqual(speakerOf(`"${BERK}," Ms von der Berk said.`)?.kind, 'person');
    assert.strictEqual(speakerOf(`Mr de Wit said: "${WIT}."`)?.kind, 'person');
  });

  it('catches another’s words given to a titled particle surname', () => {
    // The claimed speaker is shown as the draft names them or as the sources do; either way the finding is there.
    assert.match(misattributed(`"${WIT}," Ms von der Berk said.`).join(), /^(?:Ilse )?von der Berk \/ Joren de Wit$/);
    assert.match(misattributed(`Mr de Wit said: "${BERK}."`).join(), /^(?:Joren )?de Wit \/ Ilse von der Berk$/);
  });

  it('gives no warning when the titled particle surname is the speaker’s', () => {
    assert.deepStrictEqual(misattributed(`"${BERK}," Ms von der Berk said.`), []);
    assert.deepStrictEqual(misattributed(`Mr de Wit said: "${WIT}."`), []);
  });

  it('takes no lower-case words after a title for a name unless a capital ends them', () => {
    assert.notStrictEqual(analyzeText(`"${WIT}," the mayor de facto said.`).quotes[0]?.speaker?.kind, 'person');
  });
});
