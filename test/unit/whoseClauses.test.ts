// `Peskar, whose union Kral called "a cartel," said "…"`: the name after what `whose` owns is the relative clause's
// subject, and the verb after the clause is the sentence subject's. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const PEOPLE = 'Ana Kral and Ivo Peskar spoke at the port.';

describe('a whose clause with a subject of its own', () => {
  it('gives its quote to its own subject', () => {
    // The first quote had been Peskar's.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Peskar, whose ferry Kral once called "a floating wreck," said "she sails better than ever."')), ['Ana Kral', 'Ivo Peskar']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral, whose pier Peskar called "a death trap," shrugged.')), ['Ivo Peskar']);
  });
});
