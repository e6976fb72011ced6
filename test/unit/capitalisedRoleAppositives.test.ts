// An appositive that opens with capitals saying whose or which role (`Ana Kral, Harbour Trust chief executive, said`,
// `Ana Kral, Labour MP for Kelport, said`) is set off after the name like any other: the name speaks.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('an appositive of capitals and a role after a name', () => {
  it('passes over it to the verb, so the name before it speaks', () => {
    assert.deepStrictEqual(speakers('"We will open on Monday," Ana Kral, Harbour Trust chief executive, said.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('"We will open on Monday," Ana Kral, Labour MP for Kelport, said.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('"We will open on Monday," Ana Kral, Kelport councillor, said.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('"We will open on Monday," Ana Kral, MAVEN project manager, said.'), ['Ana Kral']);
  });

  it('still reads a list of names as a list, not as a name and its role', () => {
    assert.deepStrictEqual(speakers('Ana Kral, Ivo Berg said, "We will open."'), ['Ivo Berg']);
  });
});
