// `the Japanese company`, `the Danish bank`: a nationality before a firm's noun in lower case describes a firm the
// text named, never a body of that name; a state's body (`the Russian army`) is still that body. Invented text.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

const speakerKinds = (text: string) => analyzeText(text).quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.kind ?? null]);

describe('a nationality before a firm\'s noun', () => {
  it('is a description of the firm, not a body called `German company`', () => {
    // It had been an organisation `German company`, to whom a draft could be held.
    assert.deepStrictEqual(speakerKinds('Brenner Motors cut 2,000 jobs on Monday. "We had no choice," the German company said.'), [['the German company', 'description']]);
    assert.deepStrictEqual(speakerKinds('Kessel Finans froze the accounts. "We apologise for the delay," the Danish bank said.'), [['the Danish bank', 'description']]);
  });

  it('leaves a state\'s body a body', () => {
    assert.deepStrictEqual(speakerKinds('"The troops have withdrawn," the Varnian army said.'), [['Varnian army', 'organisation']]);
  });
});
