// Surnames shaped like a participle or an adverb (`Kelly`, `Husted`, `Ahmed`, `Boreing`) open sentences as subjects:
// they are names wherever the text names that person in full, and an opening participle (`Looking ahead,`) stays none.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('surnames shaped like participles and adverbs', () => {
  it('reads a surname in -ly, -ed or -ing opening a sentence as the speaker', () => {
    assert.deepStrictEqual(speakers('Dana Kelly met the harbour board. Kelly said, "We will appeal this decision on Monday."'), ['Dana Kelly']);
    assert.deepStrictEqual(speakers('Ivo Husted spoke to reporters. Husted continued by saying, "We will appeal because the voters need clarity."'), ['Ivo Husted']);
    assert.deepStrictEqual(speakers('Sami Ahmed runs the port. Ahmed told the crowd: "The pier will open in May."'), ['Sami Ahmed']);
    assert.deepStrictEqual(speakers('Tom Boreing leads the club. Boreing said the members will meet, but said, "It is time we change how we do it."'), ['Tom Boreing']);
  });

  it('lets a pronoun go back to such a surname as a subject', () => {
    const text = 'The mayor met Dana Kelly at the pier. Kelly said she wanted a fresh start.\n\n"You do not want to be the story," she said.';
    assert.deepStrictEqual(speakers(text), ['Dana Kelly']);
  });

  it('still reads a participle opening a sentence as no one', () => {
    assert.deepStrictEqual(speakers('Looking ahead, the mayor was upbeat. "We will finish early," she said.').map((s) => s === 'Looking ahead' || s === 'Looking'), [false]);
    assert.deepStrictEqual(speakers('Pressed on the budget, Ana Kral said, "We will cut nothing."'), ['Ana Kral']);
    // A capitalised participle that no one in the text is called is no one.
    assert.deepStrictEqual(speakers('Reported said, "We will appeal this decision on Monday."'), [null]);
  });
});
