// Someone's words the subject keeps or shows, named by what they are and whom they are from, with a place after them
// (`She keeps a line from her mentor, Erik Lunde, on her desk: "…"`): the words are the one they are from. Invented.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const PEOPLE = 'Hana Selig runs the port. Her old teacher, Erik Lunde, ran it before her.';

describe('words kept from someone', () => {
  it('are the words of whom they are from, past a place or a manner before the colon', () => {
    // Each had been given to Selig, who only keeps them.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'She keeps a line from her mentor, Erik Lunde, on her desk: "Ships do not wait for anyone."')), ['Erik Lunde']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Selig keeps a note from Lunde pinned to the wall: "Ships wait for no one at all."')), ['Erik Lunde']);
  });

  it('leaves the subject an answer to a text, and a text from a place', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Selig answered a letter from Lunde on Monday: "I will stay at the port."')), ['Hana Selig']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Selig sent a message from Rotterdam on Monday: "The cranes are here."')), ['Hana Selig']);
  });
});
