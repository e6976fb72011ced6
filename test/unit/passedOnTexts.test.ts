// Words the subject only passes on from someone else's text (`read aloud from Kral's letter:`, `shared Peskar's post,
// which read:`, `Kral retweeted Peskar:`) are the text's owner's, not the subject's. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const PEOPLE = 'Ana Kral and Ivo Peskar spoke at the port.';

describe('a text passed on by the subject', () => {
  it('is its owner\'s', () => {
    // Each had been the subject's.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral read aloud from Peskar\'s letter: "The ferry belongs to the islanders."')), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Peskar shared Kral\'s post, which read: "The pier will be rebuilt."')), ['Ana Kral']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral retweeted Peskar: "The ferry belongs to the islanders."')), ['Ivo Peskar']);
  });

  it('is the writer\'s when a clause after the text names who sent or wrote it', () => {
    // Each had been the reader's.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral read aloud from the letter Peskar sent her: "The ferry belongs to the islanders."')), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Peskar read out the short note that Kral wrote: "The pier will be rebuilt."')), ['Ana Kral']);
  });

  it('not a text the subject answers', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral replied to Peskar\'s letter: "The ferry belongs to the council."')), ['Ana Kral']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Kral answered the letter Peskar sent her: "The ferry belongs to the council."')), ['Ana Kral']);
  });
});
