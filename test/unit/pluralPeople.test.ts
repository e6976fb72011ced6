// Court and local copy opens sentences with a plural of people (`Prosecutors said`, `Deputies wrote in a filing`),
// capitalised only because it opens the sentence. Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { speakers } from '../support/quoteSpeakers';

const kinds = (text: string) => analyzeText(text).quotes.map((q) => q.speaker?.kind ?? null);

describe('a plural of people opening the sentence', () => {
  it('is those people, never a person of that name', () => {
    assert.notDeepStrictEqual(kinds('Prosecutors said the plan was "a danger to the harbour."'), ['person']);
    assert.notDeepStrictEqual(kinds('Ana Kral was charged. Deputies wrote in a filing that she was "a flight risk."'), ['person']);
  });

  it('stays the person whom the text names in full by that surname', () => {
    assert.deepStrictEqual(speakers('Ivo Masters ran for the seat. Masters said the plan was "a danger."'), ['Ivo Masters']);
  });

  it('is a group when its verb of saying takes the plural, whatever noun the lexicon lacks', () => {
    assert.notDeepStrictEqual(kinds('Wonks call the surplus "a rounding error."'), ['person']);
    assert.notDeepStrictEqual(kinds('Ana Kral won the vote. Boosters argue her plan is "a bargain for the harbour."'), ['person']);
    // A person's name takes the singular; a past tense cannot tell, and a name the text gives in full stays a name.
    assert.deepStrictEqual(kinds('Ivo Reyes spoke last. Reyes says the plan is "a bargain."'), ['person']);
    assert.deepStrictEqual(speakers('Ivo Sherpas ran for the seat. Sherpas insists the plan was "a danger."'), ['Ivo Sherpas']);
  });

  it('is a group when the text writes that word in lower case too, whatever the verb', () => {
    const text = 'Anxious relatives waited at the mill all night. Relatives held up signs reading "Do not send the diggers in" at dawn.';
    assert.notDeepStrictEqual(kinds(text), ['person']);
    assert.notDeepStrictEqual(kinds('The road was closed to weary villagers. Villagers waved banners saying "Open the road now."'), ['person']);
    // A surname the text never writes in lower case keeps its reading, in a past tense too.
    assert.deepStrictEqual(kinds('Relatives of the crew waited. Reyes told reporters the shaft was "still stable."'), ['person']);
  });
});
