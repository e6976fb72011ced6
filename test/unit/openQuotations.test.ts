// A quotation left open at its paragraph's end runs on into the next paragraph, whose attribution is the whole
// quotation's, even where narration opens the first paragraph before the quotation. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const PEOPLE = 'Ana Kral and Ivo Peskar spoke at the port.';

describe('a quotation left open after narration in its paragraph', () => {
  it('is the speaker\'s the next paragraph names', () => {
    // The first part had been no one's.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'The crowd fell silent. "The ferry has carried this island for ninety years and it will not stop now.', '"Not while I am on the board," Kral said.')), ['Ana Kral', 'Ana Kral']);
  });

  it('not when narration in its own sentence stands around it', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, 'For years the old ferry was "a relic of another age.', '"Not while I am on the board," Kral said.')), [null, 'Ana Kral']);
  });
});
