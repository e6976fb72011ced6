// A sentence adverb opening a sentence (`However,`, `Moreover,`) stands before the subject as `But` or `Still,` does:
// the subject is read past it, so a verb joined to the subject's (`met ... and declared`) speaks for that subject.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a sentence adverb before the subject', () => {
  it('reads the subject past `However,` for a speech verb joined to its verb', () => {
    assert.deepStrictEqual(speakers('However, Kral met with Peskar in May and declared that she found him "very charming."'), ['Kral']);
  });

  it('reads it past `Moreover,` and an opening phrase for a partial quote', () => {
    assert.deepStrictEqual(speakers('Moreover, as part of the hearing, Kral cited a harbour report that "less than half of the boats" were checked.'), ['Kral']);
  });
});
