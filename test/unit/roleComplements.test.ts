// A role with its complement (`head of research`, `director for public affairs`) set off before the name of the one
// who holds it, after the speech verb, as business and tech copy writes it. Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { speakers } from '../support/quoteSpeakers';

describe('a role with its complement before a name', () => {
  it('names the person set off after `said X\'s head of research,`, not the role', () => {
    assert.deepStrictEqual(speakers('"The outflows look like a classic run," said Chainmark\'s head of research, Ines Moreau.'), ['Ines Moreau']);
    assert.deepStrictEqual(speakers('"We expect a slower quarter," said the firm\'s director for investor relations, Ivo Peskar, in a statement.'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('"No one was hurt," said the head of the fire service, Ana Kral.'), ['Ana Kral']);
  });

  it('leaves the description when no full name is set off after the complement', () => {
    const quote = analyzeText('"We expect a slower quarter," said the head of research, who asked not to be named.').quotes[0];
    assert.notStrictEqual(quote.speaker?.kind, 'person');
  });
});
