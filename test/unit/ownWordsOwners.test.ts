// A one-word name the text gives `her own` or `his own` is someone a later pronoun may mean (ownWordsOwners.ts).
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a one-word name that the text gives its own words', () => {
  it('is the person a later pronoun of that clause means', () => {
    // Had been no one: a lone capital never shown speaking was no antecedent.
    assert.deepStrictEqual(speakers('Singer returns\n\nLorde returns with a record that is, in her own words, about the sea.\n\nIn a radio interview, Lorde was open about her doubts. "I thought the songs had dried up," she said.'), ['Lorde']);
  });

  it('leaves a capital whose clause gives a firm its own words to no one', () => {
    assert.deepStrictEqual(speakers('Harbor returns\n\nHarbor returns with a plan that is, in its own words, about the sea.\n\nIn a radio interview, Harbor was open about its doubts. "We thought the money had dried up," she said.'), [null]);
  });
});
