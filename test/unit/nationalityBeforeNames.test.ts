// `Belgian Ann Vermeulen`, `Spaniard Rafael Nadal`, `the Swiss Roger Federer`: sport and wire copy put a nationality
// before a full name. Read as a first given name, it made the name one of no known sex (`Belgian Ann`), or a
// place's body (`the Swiss Roger Federer` had been an organisation), so a later `he` or `she` passed the person by.
// Invented text.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { speakers } from '../support/quoteSpeakers';

describe('a nationality before a full name', () => {
  it('is no part of the name', () => {
    assert.deepStrictEqual(speakers('Belgian Ann Vermeulen said her player was "stronger than ever."'), ['Ann Vermeulen']);
    assert.deepStrictEqual(speakers('Spaniard Rafa Delgado said the court was "very slow today."'), ['Rafa Delgado']);
  });

  it('leaves the person a person whose sex the given name tells, whom a later pronoun means', () => {
    const text = 'Tom Reyes won his heat.\n\nThe Swiss Roger Brenner won the final by a second. "It was a tough race," he said.';
    const quote = analyzeText(text).quotes[0];
    assert.strictEqual(quote.speaker?.name, 'Roger Brenner');
    assert.strictEqual(quote.speaker?.kind, 'person');
  });

  it('leaves a given name with a nationality\'s ending (`Christian`, `Adrian`) in the name', () => {
    assert.deepStrictEqual(speakers('Adrian Kowal said the car was "much better today."'), ['Adrian Kowal']);
  });
});
