// A report hedged by a passive and `to` (`Kral is reported to have said "…"`, `was heard to say`): the words are the
// passive subject's, as wire copy means them. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a hedged report of someone’s words', () => {
  it('gives the words to the subject of `is reported / said / understood / believed to have`', () => {
    assert.deepStrictEqual(speakers('Ana Kral is reported to have said "we will never give in to them."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('President Ana Kral also is reported to have called the bankers "free riders who rely on aid."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Ivo Peskar is understood to have told ministers "we will never give in to them."'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Ivo Peskar is believed to have told aides that the plan was "a disgrace to the port."'), ['Ivo Peskar']);
  });

  it('reads `was heard to say` the same way', () => {
    assert.deepStrictEqual(speakers('Ana Kral was heard to say "we will never give in to them."'), ['Ana Kral']);
  });

  it('gives no person the words said of a thing', () => {
    assert.deepStrictEqual(speakers('The plan is said to have been called "a disgrace to the port."').filter((s) => s !== null && /Kral|Peskar/.test(s)), []);
  });
});
