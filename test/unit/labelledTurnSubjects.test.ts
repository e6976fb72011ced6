// `Kral: Peskar came up to me and said, "…"`: in an oral history's turn, the words the teller reports another saying
// are that other's; the label had been read as the sentence's subject. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const TURNS = P('Final memories', 'Ana Kral, defender: The tunnel was loud.', 'Ivo Peskar, coach: I told them to stay calm.');

describe('a name acting after a turn\'s label', () => {
  it('gives the words after `came up to me and said` to the name after the colon, not the label', () => {
    assert.deepStrictEqual(speakers(P(TURNS, 'Kral: Peskar came up to me and said, "Take it with your left."')).slice(-1), ['Ivo Peskar']);
  });

  it('keeps the teller for her own words after the label', () => {
    assert.deepStrictEqual(speakers(P(TURNS, 'Kral: I walked up to the spot and said, "Watch this."')).slice(-1), ['Ana Kral']);
  });
});
