// A news agency relays others' words, but in its own commentary or editorial it speaks for itself: `TASS said in a
// commentary that the plan was "..."` is TASS's, not no one's.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('an outlet speaking in its own commentary', () => {
  it('gives the words of a commentary to the agency, past an appositive', () => {
    const text = 'Ana Kral unveiled the harbour plan on Monday. TASS, the state news agency, said in a commentary that the plan was "a provocation" that showed "no respect for neighbours."';
    assert.deepStrictEqual(speakers(text), ['TASS', 'TASS']);
  });

  it('reads an editorial as the agency\'s own too', () => {
    const text = 'Ana Kral unveiled the harbour plan on Monday. Xinhua said in a sharply-worded editorial that the plan was "reckless."';
    assert.deepStrictEqual(speakers(text), ['Xinhua']);
  });

  it('still gives no speaker to words an agency only passes on', () => {
    const text = 'Ana Kral unveiled the harbour plan on Monday. TASS said the plan was "a provocation."';
    assert.deepStrictEqual(speakers(text), [null]);
    // Told to an agency in an interview: the one who told it speaks.
    assert.deepStrictEqual(speakers('Ivo Peskar told TASS in an interview that the plan was "a good start."'), ['Ivo Peskar']);
  });
});
