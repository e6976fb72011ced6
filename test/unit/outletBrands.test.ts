// A news outlet known by one word (`Politico`, `Axios`, `Mediaite`) is an organisation wherever the text names it, never
// a person called so; a person whose surname is such a word (`Senator Tom Slate`) stays a person. Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function kinds(text: string): Array<string | null> {
  return analyzeText(text).quotes.map((q) => (q.speaker ? `${q.speaker.name}/${q.speaker.kind}` : null));
}

describe('an outlet known by one word', () => {
  it('is an organisation, not a person, when it says or writes', () => {
    assert.deepStrictEqual(kinds('Politico said the governor was “furious” about the leak.'), ['Politico/organisation']);
    assert.deepStrictEqual(kinds('Breitbart wrote that the bill was “dead on arrival.”'), ['Breitbart/organisation']);
    assert.deepStrictEqual(kinds('Mediaite says the host was “livid” after the broadcast.'), ['Mediaite/organisation']);
    assert.deepStrictEqual(kinds('Salon called the new rent plan “a gift to landlords.”'), ['Salon/organisation']);
    assert.deepStrictEqual(kinds('Newsmax argued the ruling was “a blow to every farmer.”'), ['Newsmax/organisation']);
  });

  it('leaves a person with such a surname a person', () => {
    assert.deepStrictEqual(kinds('Senator Tom Slate spoke at noon.\n\n“We will not give up on the valley,” Slate said.'), ['Tom Slate/person']);
  });
});
