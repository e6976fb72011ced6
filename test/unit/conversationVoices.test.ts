// Source-side readings met in profiles, Q&A interviews, podcasts and statements over several paragraphs (the voices
// round's invented batteries): each test's sentences are invented, and each failed before its rule.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const quotes = (text: string) => analyzeText(text).quotes.map((q) => ({ text: q.text, speaker: q.speaker?.name ?? null, kind: q.speaker?.kind ?? null }));
const speakerOf = (text: string, start: string) => quotes(text).find((q) => q.text.startsWith(start))?.speaker ?? null;

describe('conversation and profile voices', () => {
  it('gives `she said` to a woman whose sentence before has a verb in -ers and an object pronoun (`remembers it`)', () => {
    const text = P(
      'Ilse Marchetti runs the bakery, and Rosalind Achebe runs the flower stall across the lane.',
      '"The pipe burst on a Sunday and I sat in the water," Ilse said.',
      'Rosalind remembers it differently. "I brought a bucket and a radio," she said.',
    );
    assert.strictEqual(speakerOf(text, 'I brought a bucket'), 'Rosalind Achebe');
  });

});
