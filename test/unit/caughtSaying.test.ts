// Someone caught saying words (`Kral can be heard saying "…"`, `was filmed telling them "…"`) is their speaker, even
// after a clause that names whoever recorded or posted them. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const PEOPLE = 'Ana Kral and Ivo Peskar spoke at the port.';

describe('words someone is caught saying', () => {
  it('are the one caught\'s, not the one who posted them', () => {
    // Each had been given to the one who posted or released the recording.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'In a clip Peskar posted, Kral can be heard saying "the ferry is finished."')), ['Ana Kral']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'In the tape Kral released, Peskar is heard telling the crew "nobody sails tonight."')), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'On a recording Kral shared, Peskar was clearly heard saying "the pier is rotten."')), ['Ivo Peskar']);
  });
});
