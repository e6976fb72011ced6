// `Kral, quoting Peskar, said "…"`: an aside of quoting after the subject hands on the quoted person's words, as an
// opening `Quoting Peskar,` does. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const PEOPLE = 'Ana Kral and Ivo Peskar spoke at the port.';

describe('an aside of quoting after the subject', () => {
  it('gives the words to the one quoted', () => {
    // Each had been the subject's.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral, quoting Peskar, told the crew "a ferry is only as good as its engine."')), ['Ivo Peskar']);
  });

  it('leaves evidence cited, someone unnamed quoted and an appositive to the subject', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral, quoting an old skipper, said "a ferry is only as good as its engine."')), ['Ana Kral']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral, citing Peskar, said "a ferry is only as good as its engine."')), ['Ana Kral']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral, the chair, said "a ferry is only as good as its engine."')), ['Ana Kral']);
  });
});
