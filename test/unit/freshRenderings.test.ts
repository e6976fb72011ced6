// A translation orders a sentence anew and drops or adds a word of little weight on the way: another version of the
// words, not an altered quote. A writer's trim that keeps the order, or more than one word gone, stays altered.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const SOURCES = {
  island: [
    'Marta Vidal, who heads the island council, answered the ministry on Saturday.',
    '',
    '"We don\'t pay attention to those whose day to leave the island has come. The ferry is running, the harbour is united — only moving ahead," Vidal wrote.',
  ].join('\n'),
};

describe('a wording ordered anew', () => {
  const index = indexOf(SOURCES);
  const findings = (draft: string) => checkDraft(draft, index).findings.map((f) => f.code);

  it('takes a word a reordered rendering drops for another version', () => {
    // Had been altered-quote: `moving` read as a word the writer cut.
    assert.deepStrictEqual(findings('"We pay no attention to those whose day has come to leave the island. The ferry is running, the harbour is united, only ahead," Vidal wrote.'), ['variant-quote']);
  });

  it('still calls a word cut from the source’s order, a word added, or two words changed, an altered quote', () => {
    assert.deepStrictEqual(findings('"We pay no attention to those whose day has come to leave the island. The ferry is running, the harbour is united, only moving ahead together," Vidal wrote.'), ['altered-quote']);
    assert.deepStrictEqual(findings('"We don\'t pay attention to those whose day to leave the island has come. The ferry is running, the harbour is united — only ahead," Vidal wrote.'), ['altered-quote']);
    assert.deepStrictEqual(findings('"We pay no attention to those whose day has come to leave the island. The ferry is running, the harbour is truly united, only ahead," Vidal wrote.'), ['altered-quote']);
  });
});
