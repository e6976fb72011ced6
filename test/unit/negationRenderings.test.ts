// Two translations of one speech say no in their own ways: `not this year and not in a hundred years` in one,
// `neither this year nor in a hundred years` in the other. A draft mixing them keeps the speaker's meaning and is no
// distorted quote; dropping the negation still is.
import * as assert from 'assert';
import { checkDraft } from '../../src/core';
import { indexOf } from '../support/memoryCorpus';

const SOURCES = indexOf({
  rally: 'Speaking through an interpreter, President Ivo Peskar told the rally in Ostrava: "We will not let a single field of ours be sold to anyone, not this year and not in a hundred years," Peskar said.',
});

function codes(draft: string): string[] {
  return checkDraft(draft, SOURCES).findings.map((f) => f.code);
}

describe('a negation rendered `neither … nor` for `not … not`', () => {
  it('raises no distorted-quote warning', () => {
    const found = codes('"We will not let a single field of ours be sold to anyone, neither this year nor in a hundred years," Peskar said.');
    assert.ok(!found.includes('distorted-quote') && !found.includes('altered-quote'), found.join(', '));
  });

  it('still warns when the rendering drops a negation or has `nor` alone', () => {
    assert.ok(codes('"We will not let a single field of ours be sold to anyone, this year and in a hundred years," Peskar said.').includes('distorted-quote'));
    // `neither` alone (no `nor`) is not the pair.
    assert.ok(codes('"We will not let a single field of ours be sold to anyone, neither this year and not in a hundred years," Peskar said.').includes('distorted-quote'));
  });
});
