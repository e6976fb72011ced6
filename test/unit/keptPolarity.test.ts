// Saying no with a verb instead of `not` (`refuses to` / `does not want to`, `will not` / `refuses to`): another
// translation of the same words, never a negation added or dropped. A `not` that flips the sentence stays a distortion.
import * as assert from 'assert';
import { checkDraft, type CorpusIndex } from '../../src/core';
import { describeMeaningChange, diffQuote } from '../../src/core/draft/quoteDiff';
import { indexOf } from '../support/memoryCorpus';

const SOURCES = {
  ferry: [
    'Ferry captain Ilse Varga spoke at the quay on Sunday, in Hungarian.',
    '',
    '"I refuse to sail another winter on a boat the company will not repair," Varga said.',
    '',
    '"We will not carry passengers until the new engine arrives from the yard," Varga added.',
  ].join('\n'),
  council: [
    'Harbour councillor Piet Aalders spoke after the vote.',
    '',
    '"The council cannot pay for a second ferry before the spring elections," Aalders said.',
  ].join('\n'),
};

function findings(draft: string, index: CorpusIndex): string[] {
  return checkDraft(draft, index).findings.map((f) => f.code);
}

describe('a negation said with a verb', () => {
  const index = indexOf(SOURCES);

  it('takes `does not want to` for `refuses to`, and `refuses to` for `will not`, as another version, not a distortion', () => {
    assert.deepStrictEqual(findings('"I do not want to sail another winter on a boat the company will not repair," Varga said.', index), ['variant-quote']);
    assert.deepStrictEqual(findings('"We refuse to carry passengers until the new engine arrives from the yard," Varga said.', index), ['variant-quote']);
    assert.deepStrictEqual(findings('"The council is unable to pay for a second ferry before the spring elections," Aalders said.', index), ['variant-quote']);
  });

  it('still calls a negation that flips the sentence a distortion', () => {
    assert.deepStrictEqual(findings('"We will carry passengers until the new engine arrives from the yard," Varga said.', index), ['distorted-quote']);
    assert.deepStrictEqual(findings('"I do not refuse to sail another winter on a boat the company will not repair," Varga said.', index), ['distorted-quote']);
  });

  it('keeps the `not` of a wording that says no twice against one that says it once', () => {
    assert.deepStrictEqual(diffQuote('I did not refuse the offer', 'I refused the offer').meaning.map((m) => m.kind), ['negation']);
    // A refusal dropped for a wish turns the sentence round as dropping a `not` does.
    assert.deepStrictEqual(diffQuote('I want to sail another winter', 'I refuse to sail another winter').meaning.map(describeMeaningChange), ['a negation (drops “refuse”)']);
    assert.deepStrictEqual(diffQuote('The council is not able to pay for a ferry', 'The council cannot pay for a ferry').meaning, []);
    assert.deepStrictEqual(diffQuote('I refuse to sail', 'I do not want to sail').meaning, []);
  });
});
