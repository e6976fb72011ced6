// A text the subject receives, shows, reads out from or translates, quoted after a colon, is not the subject's own
// words: no speaker rather than the wrong one. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a text the subject receives or shows', () => {
  it('does not give the subject the words of a text someone else wrote', () => {
    const cases = [
      'Last spring Ivo Kral received a letter, unsigned, left at the depot: "Your van burns easily."',
      'Ana Kral showed a text message on her phone from her sister, sent at dawn: "Did you eat today?"',
      'Her son, Ivo Kral, reads from a notice the council sent in 2019: "Failure to pay will lead to eviction."',
      'Ivo Kral opened his grandfather\'s notebook and translated one line for me: "Never rush the bread."',
    ];
    for (const text of cases) assert.deepStrictEqual(speakers(text), [null], text);
  });

  it('still gives the subject words introduced by a colon that are their own', () => {
    assert.deepStrictEqual(speakers('Ivo Kral put it plainly: "The depot closes on Friday."'), ['Ivo Kral']);
    assert.deepStrictEqual(speakers('Ana Kral wrote to the council: "We will not move."'), ['Ana Kral']);
  });

  it('does not give the subject of a passive of telling (`was told`) the words it heard', () => {
    // The coroner had been given the driver's last words, which the inquest only heard of.
    const cases = [
      'The coroner, Ana Kral, was told the driver\'s last words over the radio were: "The bridge is going."',
      'The jury had been told: "The van was never checked."',
    ];
    for (const text of cases) assert.deepStrictEqual(speakers(text), [null], text);
    assert.deepStrictEqual(speakers('Ana Kral was told of the crash and said: "The bridge was never safe."'), ['Ana Kral']);
  });
});
