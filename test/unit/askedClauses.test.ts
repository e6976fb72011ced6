// A quote inside a sentence's opening `Asked ... whether` clause is the question's wording: the asker's when named
// after `by`, else no one's; never the one asked, who answers after the comma. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const PEOPLE = 'Ana Kral and Ivo Peskar spoke at the port.';

describe('quotes inside an opening asked clause', () => {
  it('are the asker\'s when named', () => {
    // Each had been given to the one asked.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Asked by Kral whether the ferry "still pays its way," Peskar said he did not know.')), ['Ana Kral']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Asked by Peskar on Friday about "the missing tickets," Kral walked away.')), ['Ivo Peskar']);
  });

  it('are no one\'s when the asker is not named', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Asked whether the pier was "beyond saving," Kral said it was not.')), [null]);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Asked by reporters if "the ferry is sold," Peskar smiled.')), [null]);
  });

  it('leaves the answer after the clause to the one asked', () => {
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Asked by Kral whether he would stay, Peskar said "only until June."')), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Asked about the pier, Kral said: "It will stand another winter."')), ['Ana Kral']);
  });
});

describe('quotes inside an opening told clause', () => {
  it('are the teller\'s when named, else no one\'s', () => {
    // The first two had been no one's although the teller is named.
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Told by Kral that "the ferry will not sail this winter," Peskar walked out.')), ['Ana Kral']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Warned by Peskar on Friday that "the pier will not hold," Kral closed it.')), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers(P(PEOPLE, 'Told that "the ferry will not sail this winter," Peskar walked out.')), [null]);
  });
});

describe('a paragraph answering a bare `Asked ...:` question', () => {
  it('is not the words of the person the question quotes', () => {
    // The answer had gone on in the voice of Peskar, whose words the question quoted.
    const text = P('Ana Kral faced the press on Friday. Here is everything she said.', 'Asked about comments from Ivo Peskar, who said on Thursday that the port is "the rival of my life":', '"That is nice. Ivo is a special man. If he says that, I take it as a compliment."');
    assert.deepStrictEqual(speakers(text), ['Ivo Peskar', null]);
  });
});
