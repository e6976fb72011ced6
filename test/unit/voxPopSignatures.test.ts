// Local papers print what voters told them as quotes signed after a dash: name, age, then what they do. Invented.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a vox pop signed with an age and a role', () => {
  it('gives each quote to the person who signs it', () => {
    const text = '"Rent is the whole story for me." — Ana Kral, 52, restaurant manager\n\n"I want someone who keeps the buses running." — Ivo Peskar, 29, nursing student';
    assert.deepStrictEqual(speakers(text), ['Ana Kral', 'Ivo Peskar']);
  });

  it('leaves a sentence that goes on after the age to the rules for prose', () => {
    assert.deepStrictEqual(speakers('"Rent is too high." — Ana Kral, 52, voted early, and Ivo Peskar waited.'), [null]);
  });

  it('never carries the voice of the quote before to one another name signs, even where the signature is not read', () => {
    const text = '"Rent is the whole story." — Ana Kral, 52, nurse\n\n"Honestly, the buses. They never come." — Ivo Peskar, 67, retired';
    assert.notStrictEqual(speakers(text)[1], 'Ana Kral');
  });
});
