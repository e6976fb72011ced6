// A participle after a comma goes on from a subject that can act: where the sentence's subject is a thing, the named
// subject of the subordinate clause it closes (`The vote came after Sarin signed …, declaring "…"`). Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function speakerOf(text: string, quote: string): string | null {
  return analyzeText(text).quotes.find((q) => q.text.replace(/[,.]$/, '') === quote)?.speaker?.name ?? null;
}

describe('the actor of a participle after a thing', () => {
  it('gives the words to the named subject of the clause the participle closes', () => {
    const text = 'The vote came days after President Oleg Sarin signed the treaties at a ceremony in the capital, declaring that residents would be "our citizens forever."';
    assert.strictEqual(speakerOf(text, 'our citizens forever'), 'Oleg Sarin');
    assert.strictEqual(speakerOf('The decision came hours after Ana Kral met the envoy, saying "The door is open."', 'The door is open'), 'Ana Kral');
  });

  it('gives no person where the participle has a subject of its own or the clause names no one', () => {
    assert.notStrictEqual(speakerOf('The ruling came after Judge Ivo Peskar heard the case, with the court calling it "a farce."', 'a farce'), 'Ivo Peskar');
    assert.strictEqual(speakerOf('The plan was approved after the council met, saying it was "final."', 'final'), 'The plan');
    // A person as the sentence's subject keeps the words: the clause's subject does not take them.
    assert.strictEqual(speakerOf('Ana Kral left after Ivo Peskar arrived, saying "I have a train to catch."', 'I have a train to catch'), 'Ana Kral');
  });
});
