// Words framed as said to someone in one translation and as heard by them in another (`I want to say this to the
// board: …` / `I want the board to hear me: …`) are another version of the same words, not an altered quote.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { compareWordings } from '../../src/core/draft/quoteEvidence';
import { indexOf } from '../support/memoryCorpus';

const SOURCES = {
  quay: [
    'Governor Pavel Orlov spoke on the quay at Tarsk on Friday.',
    '',
    '"I want to say this to the harbour board and its friends abroad: the river towns stay with us forever," Orlov said.',
    '',
    '"The ferry to Tarsk will run all winter, whatever the harbour board decides," Orlov added.',
  ].join('\n'),
};

describe('words framed as said or as heard', () => {
  const index = indexOf(SOURCES);
  const findings = (draft: string) => checkDraft(draft, index).findings.map((f) => f.code);

  it('takes `X to hear me` for `to say this to X` as another version', () => {
    // Had been altered-quote: `hear` read as a word added to what was said.
    assert.deepStrictEqual(findings('"I want the harbour board and its friends abroad to hear me: the river towns stay with us forever," Orlov said.'), ['variant-quote']);
    assert.deepStrictEqual(findings('"I want the harbour board and its friends abroad to know this: the river towns stay with us forever," Orlov said.'), ['variant-quote']);
    // Both framings within the words compared, far apart.
    assert.strictEqual(compareWordings('I want the harbour board and its friends abroad to hear me: the towns stay', 'I want to say this to the harbour board and its friends abroad: the towns stay'), 'reworded');
  });

  it('still calls an added word of what was said, or a framing the source does not have, an altered quote', () => {
    assert.deepStrictEqual(findings('"I want the harbour board and its friends abroad to hear me: the river towns and the islands stay with us forever," Orlov said.'), ['altered-quote']);
    assert.deepStrictEqual(findings('"The ferry to Tarsk will run all winter, hear me, whatever the harbour board decides," Orlov said.'), ['altered-quote']);
  });
});
