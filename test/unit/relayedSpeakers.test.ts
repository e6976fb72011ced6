// An attribution after a quote whose verb takes a clause of only a speaker and a verb of speech (`"…," Ana Kral said
// Ivo Peskar told her.`) hands the words on to that speaker. Invented sentences; they had been the subject's.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('words an attribution after the quote hands on to another speaker', () => {
  it('gives the quote to the speaker of the clause the attribution verb takes', () => {
    assert.deepStrictEqual(speakers('"The will is valid in every way," Ana Kral said Ivo Peskar told her.'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('"The will is valid in every way," Ana Kral recalled Ivo Peskar saying.'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('"The will is valid in every way," Ana Kral said that Ivo Peskar told her once.'), ['Ivo Peskar']);
  });

  it('does so past a hedge before the attribution (`or so Kral claims Peskar told her`)', () => {
    const people = 'Ana Kral and Ivo Peskar met at the archive.\n\n';
    assert.deepStrictEqual(speakers(people + '"The will is valid in every way," or so Kral claims Peskar told her.').slice(-1), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers(people + '"The will is valid in every way" \u2014 or so Kral says Peskar told her.').slice(-1), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers(people + '"The will is valid in every way," or so Kral claims.').slice(-1), ['Ana Kral']);
  });

  it('leaves the subject a clause that goes on, a listener or a time', () => {
    assert.deepStrictEqual(speakers('"The will is valid in every way," Ana Kral said Ivo Peskar told her to leave.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('"The will is valid in every way," Ana Kral told Ivo Peskar.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('"The will is valid in every way," Ana Kral said on Monday.'), ['Ana Kral']);
  });
});
