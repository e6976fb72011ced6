// Words after a quote that say whose text it was (`"…" was Kral's reply.`, `"…" — that was Kral's answer.`, `"…" were
// the words of Peskar on Monday.`) name its speaker, with or without a comma after the quote. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const PEOPLE = 'Ana Kral and Ivo Peskar spoke at the port.';

describe('a text owned after the quote', () => {
  it('names the speaker', () => {
    // Each had been no one's.
    assert.deepStrictEqual(speakers(P(PEOPLE, '"Let the ferry rust" was Peskar\'s reply to the islanders.')), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers(P(PEOPLE, '"Let the ferry rust" — that was Kral\'s answer.')), ['Ana Kral']);
    assert.deepStrictEqual(speakers(P(PEOPLE, '"Let the ferry rust." That was Peskar\'s blunt answer.')), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers(P(PEOPLE, '"Let the ferry rust" were the words of Kral at the meeting.')), ['Ana Kral']);
  });

  it('not when the owner is someone a name only qualifies', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, '"Let the ferry rust" was the demand of Kral\'s critics.')), [null]);
  });
});
