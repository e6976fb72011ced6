// `Dorn watched Kral call the pier "…"`: the object of a verb of perception speaks the bare verb of saying after it;
// the one who watched or heard only reports it. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const PEOPLE = 'Ana Kral, Ivo Peskar and Mira Dorn spoke at the port.';

describe('a bare verb of saying after a perceived object', () => {
  it('is the object\'s', () => {
    // Each had been the sentence subject's (Dorn; the crowd, a description).
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Dorn watched Kral call the old ferry "a floating wreck."')), ['Ana Kral']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'The crowd heard Peskar call the pier "a death trap for children."')), ['Ivo Peskar']);
  });

  it('not past another verb of the subject', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Dorn saw Peskar leave and shouted "good riddance to him."')), ['Mira Dorn']);
  });
});
