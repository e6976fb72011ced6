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

  it('leaves the words of an unnamed text quoted to no one', () => {
    // Each had been the subject's: a memo's or a report's wording in the mouth of the one who read it out.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral, quoting an internal port memo, said the cuts had been planned "since the spring."')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral, quoting a report by the harbour board, said the ferry was "unfit to sail."')), [null]);
  });

  it('leaves evidence cited, someone unnamed quoted and an appositive to the subject', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral, quoting an old skipper, said "a ferry is only as good as its engine."')), ['Ana Kral']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral, citing Peskar, said "a ferry is only as good as its engine."')), ['Ana Kral']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral, the chair, said "a ferry is only as good as its engine."')), ['Ana Kral']);
  });
});
