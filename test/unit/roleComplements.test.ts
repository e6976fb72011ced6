// A role with its complement (`head of research`, `director for public affairs`) or its prefix (`co-founder`) set off
// before the name of the one who holds it, as business and tech copy writes it. Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { speakers } from '../support/quoteSpeakers';

describe('a role with its complement or prefix before a name', () => {
  it('names the person set off after `said X\'s head of research,`, not the role', () => {
    assert.deepStrictEqual(speakers('"The outflows look like a classic run," said Chainmark\'s head of research, Ines Moreau.'), ['Ines Moreau']);
    assert.deepStrictEqual(speakers('"We expect a slower quarter," said the firm\'s director for investor relations, Ivo Peskar, in a statement.'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('"No one was hurt," said the head of the fire service, Ana Kral.'), ['Ana Kral']);
  });

  it('leaves the description when no full name is set off after the complement', () => {
    const quote = analyzeText('"We expect a slower quarter," said the head of research, who asked not to be named.').quotes[0];
    assert.notStrictEqual(quote.speaker?.kind, 'person');
  });

  it('reads a role with a prefix (`co-founder`) set off before a name as a role, so the name is the subject a pronoun means', () => {
    const text = 'Ivo Peskar turned the offer down. His co-founder, Ana Kral, was less sure at the time. "I thought he was mad," she said.';
    assert.deepStrictEqual(speakers(text), ['Ana Kral']);
  });

  it('reads a role that opens the sentence with no article (`Opposition leader in the council, NAME,`) before the name', () => {
    const text = 'Ivo Peskar defended the drive. Opposition leader in the council, Shri Mohan Rao, alleged that it would target the poor. "The big builders will be left alone," he said.';
    assert.deepStrictEqual(speakers(text), ['Mohan Rao']);
  });

  it('gives a description the full name set off after it, not the person named before (`said the author, NAME.`)', () => {
    const text = 'Trustee Ivo Peskar voted against. "That is the wrong lesson," he said. "Every generation finds a book to fear," said the author, Ana Kral.';
    assert.deepStrictEqual(speakers(text), ['Ivo Peskar', 'Ana Kral']);
  });
});
