// `what officials call "…"`: a term of an unnamed group, not the words of the named subject who reports it; a word
// whose meaning is asked (`whether "…" meant`) is no one's. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const PEOPLE = 'Petra Lund and Oskar Vane met in Geneva.';

describe('a term of an unnamed group of callers', () => {
  it('gives no speaker to what officials or critics call something', () => {
    // Each had been the subject's.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Vane said the camps were part of what officials call "filtration."')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Lund defended what some critics called "a land grab" in the east.')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Vane asked whether "autonomy" meant the same thing to both sides.')), [null]);
  });

  it('leaves what a named person or a pronoun calls something to the other rules', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Lund criticised what she called "sloppy planning" by the council.')), ['Petra Lund']);
  });
});
