// Stage directions of transcripts and speeches (`(Applause.)`, `[inaudible]`) between two quotes of one speaker,
// read on invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('stage directions between quotes', () => {
  it('keeps the voice of the quote before across a direction that is a sentence of its own', () => {
    assert.deepStrictEqual(speakers('President Ivo Peskar: "Dear friends, colleagues." (Applause.) "Today we sign the treaties."'), ['Ivo Peskar', 'Ivo Peskar']);
    assert.deepStrictEqual(speakers('"We will win," said Ana Kral. "The war is over." (Laughter and applause.) "Go home."'), ['Ana Kral', 'Ana Kral', 'Ana Kral']);
  });

  it('keeps it across a direction in a paragraph of its own, as transcripts set it', () => {
    assert.deepStrictEqual(speakers('"We will win," said Ana Kral.\n\n(Applause.)\n\n"Now go home and rest."'), ['Ana Kral', 'Ana Kral']);
  });

  it('reads a quote after a direction in its own sentence as opening that sentence', () => {
    assert.deepStrictEqual(speakers('"We will win," said Ana Kral. [inaudible] "Go home and rest."'), ['Ana Kral', 'Ana Kral']);
  });

  it('does not pass over a bracketed note that is no direction of the room', () => {
    // A short bracketed sentence can be an outlet or a name, after which the voice may be another's.
    assert.deepStrictEqual(speakers('"We will win," said Ana Kral. (Reuters) "Go home and rest."'), ['Ana Kral', null]);
    assert.deepStrictEqual(speakers('"We will win," said Ana Kral. (Applause from Ivo Peskar, who then spoke at length about the port.) "Go home and rest."'), ['Ana Kral', null]);
  });
});
