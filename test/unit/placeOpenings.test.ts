// A sentence that opens with where its subject stands (`Beside her, a farmer said`, `Along the quay, Ivo Berg told`):
// the phrase up to its comma is no subject, and the person after it is the one a later pronoun means. Before,
// prepositions of place missing from the openers left the sentence without a subject, and `she said` went to the
// woman of the paragraph before.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const QUEUE = (opening: string) => [
  'Ana Kral, a nurse, waited at the gate with her two sons. "We have had no water for two days," she said.',
  `${opening} a retired teacher, Mira Holt, said she had walked from the coast.`,
  '"The road was gone," she said.',
].join('\n\n');

describe('a sentence opening with a place before its subject', () => {
  it('gives a later pronoun to the subject after the opening, not to the person before', () => {
    assert.deepStrictEqual(speakers(QUEUE('Beside her,')), ['Ana Kral', 'Mira Holt']);
    assert.deepStrictEqual(speakers(QUEUE('Alongside them,')), ['Ana Kral', 'Mira Holt']);
    assert.deepStrictEqual(speakers(QUEUE('Between the tents,')), ['Ana Kral', 'Mira Holt']);
  });

  it('reads as before with an opener already known', () => {
    assert.deepStrictEqual(speakers(QUEUE('Near the gate,')), ['Ana Kral', 'Mira Holt']);
  });

  it('leaves an unnamed woman after the opening as a description, never the woman before', () => {
    const text = 'Ana Kral waited at the gate. "We have had no water," she said.\n\nBeside her, a woman of 60 said she had buried her grandson.\n\n"There was nowhere else," she said.';
    assert.notStrictEqual(speakers(text)[1], 'Ana Kral');
  });
});
