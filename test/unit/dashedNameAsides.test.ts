// A name set off after an opening description and closed by an aside between dashes (`Her neighbour, Ivo Kral -
// her cousin, who lives next door - had seen`) is the sentence's subject, as with a comma: a later `he` means him.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a name set off after a description, then an aside between dashes', () => {
  it('reads the name as the subject a later pronoun means (hyphens and dashes)', () => {
    // Had gone to "Marta Olsen's neighbour", a description, though the text names him.
    const hyphens = 'Marta Olsen, 58, was asleep.\n\nHer neighbour, Ivo Kral - her cousin, who lives two doors down - had seen the smoke. "I thought it was fog," he said.';
    assert.deepStrictEqual(speakers(hyphens), ['Ivo Kral']);
    const dashes = 'Marta Olsen, 58, was asleep.\n\nHer neighbour, Ivo Kral \u2014 her cousin \u2014 had seen the smoke. "I thought it was fog," he said.';
    assert.deepStrictEqual(speakers(dashes), ['Ivo Kral']);
  });

  it('needs the second dash: a dash that opens a clause of its own closes no name', () => {
    const open = 'Marta Olsen, 58, was asleep.\n\nHer neighbour, Ivo Kral - and the smoke was everywhere. "I thought it was fog," he said.';
    assert.notDeepStrictEqual(speakers(open), ['Ivo Kral']);
  });
});
