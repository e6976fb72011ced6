// A name set off after a group of people and the object of its `for`/`of` (`Lawyers for the developer, Harlan Voss,`)
// is the object's name; the group speaks, never that person.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { speakers } from '../support/quoteSpeakers';

const speaker = (text: string) => {
  const found = analyzeText(text).quotes[0].speaker;
  return found ? `${found.kind} ${found.name}` : null;
};

describe('a name set off after a group\'s object', () => {
  it('gives the words to the group, not to the name that says who its object is', () => {
    assert.strictEqual(speaker('Lawyers for the developer, Harlan Voss, told the court "the permit was lawful."'), 'description Lawyers for the developer');
    assert.strictEqual(speaker('"The permit was lawful," lawyers for the developer, Harlan Voss, told the court.'), 'description lawyers for the developer');
    assert.strictEqual(speaker('Relatives of the victim, Ana Kral, told reporters "she never came home."'), 'description Relatives of the victim');
    assert.strictEqual(speaker('Supporters of the senator, Ivo Marsh, said: "He earned this."'), 'description Supporters of the senator');
  });

  it('reads many people for a description as the subject, not the description', () => {
    assert.strictEqual(speaker('Lawyers for the developer told the court "the permit was lawful."'), 'description Lawyers for the developer');
  });

  it('keeps the name when one person stands before `for`, or the name is a list', () => {
    assert.deepStrictEqual(speakers('A lawyer for the developer, Harlan Voss, said "the permit was lawful."'), ['Harlan Voss']);
    assert.deepStrictEqual(speakers('The developer\'s lawyer, Harlan Voss, said "the permit was lawful."'), ['Harlan Voss']);
    assert.notDeepStrictEqual(speakers('Lawyers for the developer, Harlan Voss and Ana Kral, said "the permit was lawful."'), ['Harlan Voss']);
  });
});
