// A name and a verb after a quote, with nothing else to the sentence's end, say who spoke it, whatever the verb
// (`"...?" Kral pressed.`, `"...," remembered Ana Kral, a former chief.`); a verb with an object or a clause does not.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('bare attributions with verbs outside the lexicon', () => {
  it('gives a question to the name and verb that answer it in the next sentence', () => {
    const text = 'Ana Kral met Ivo Varga at the pier. "Will you sell the harbour?" Varga asked. "Would it be open in May?" Kral pressed.';
    assert.deepStrictEqual(speakers(text), ['Ivo Varga', 'Ana Kral']);
  });

  it('gives a quote to a name and a bare verb after it, in either order', () => {
    assert.deepStrictEqual(speakers('Ana Kral met Ivo Varga at the pier. "We will open the harbour in May," Kral pressed.'), ['Ana Kral']);
    const inverted = 'Ana Kral left the board in March.\n\n"A lot of people said no to the harbour deal," remembered Ana Kral, the port\'s former spokeswoman. "And the more they said it, the more she wanted it."';
    assert.deepStrictEqual(speakers(inverted), ['Ana Kral', 'Ana Kral']);
  });

  it('gives a quote to the person who read it out from a paper or notes', () => {
    const text = 'Ana Kral met Ivo Varga at the pier.\n\n"The harbour stays open all winter," Varga read from his notes.';
    assert.deepStrictEqual(speakers(text), ['Ivo Varga']);
    // A sign or a text reads its words; it is no one's reading out.
    assert.deepStrictEqual(speakers('Ana Kral met Ivo Varga at the pier.\n\n"Keep out of the harbour," the sign read from the gate.'), [null]);
  });

  it('reads nothing into a verb that goes on with an object or a clause', () => {
    assert.deepStrictEqual(speakers('Ana Kral met Ivo Varga at the pier. "We will open the harbour in May," Kral pressed the board.'), [null]);
    assert.deepStrictEqual(speakers('Ana Kral left the board in March.\n\n"A lot of people said no to the harbour deal," remembered Ana Kral, who left in May.'), [null]);
  });
});

describe('attributions after a question or an exclamation', () => {
  it('reads a verb of speech in two words after a question as its attribution', () => {
    const text = 'Ana Kral met Ivo Varga at the pier.\n\n"Will it open in May, do you think?" Kral went on, as if she had not heard. "It has to."';
    assert.deepStrictEqual(speakers(text), ['Ana Kral', 'Ana Kral']);
  });

  it('reads `is quoted as saying` after a quote as its attribution', () => {
    const text = 'Ivo Varga runs a polling firm. "Our method succeeds where others fail," Varga is quoted as saying. "We are in and out of the field faster."';
    assert.deepStrictEqual(speakers(text), ['Ivo Varga', 'Ivo Varga']);
  });
});
