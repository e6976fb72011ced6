// `"Thank you," Ana Kral mouthed to the crowd.`: a name and a bare verb after a quote name its speaker whatever the
// verb; whom the words were aimed at (`to the crowd`, `at the referee`) leaves that shape bare, a time does not.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a bare attribution with an addressee', () => {
  it('names the speaker past `to` or `at` and whom the words were for', () => {
    assert.deepStrictEqual(speakers('"Thank you," Ana Kral mouthed to the crowd.'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('"Not again," Ivo Peskar groaned at the screen.'), ['Ivo Peskar']);
  });

  it('reads no speaker from a verb with a time after `at`', () => {
    assert.deepStrictEqual(speakers('"We did it," Kral left at noon.'), [null]);
  });
});
