// `Her husband, actor Ivo Peskar, also posted.`: a description opening the sentence, then a name with a noun for a
// person before it (`actor`, `singer`), set off in commas: the sentence is about the named person, whom a later `he`
// means. Invented names throughout.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a name restated with a noun for a person after an opening description', () => {
  it('makes the named person the antecedent of the next pronoun', () => {
    // Had gone to `Lena Brook's husband`, a description, though the sentence names him.
    assert.deepStrictEqual(speakers('Singer Lena Brook shared a photo on Sunday.\n\nHer husband, actor Ivo Peskar, also posted a photo. "Best day ever," he wrote.'), ['Ivo Peskar']);
  });

  it('still reads a place set off after a description as no one', () => {
    assert.deepStrictEqual(speakers('Ivo Peskar spoke first.\n\nHer hometown, coastal Port Aldis, also voted. "We won," he said.'), ['Ivo Peskar']);
  });
});
