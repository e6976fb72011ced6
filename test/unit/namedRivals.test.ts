// A pronoun whose own sentence names someone of its sex outside its subject (`Ana Kral gave way to Ivo Peskar, and he
// said`) is never given a description from the sentences before, which has no sex to argue against that person.
// Invented text.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function speakers(text: string): Array<string | null> {
  return analyzeText(text).quotes.map((q) => q.speaker?.name ?? null);
}

describe('a pronoun beside a person of its sex in its own sentence', () => {
  it('takes no description from the sentences before', () => {
    assert.deepStrictEqual(speakers('The harbour master defended her board.\n\nAna Kral gave way to Ivo Peskar during the debate, and he said: "The fact is that the board cannot tell us who will run it."'), [null]);
  });

  it('still takes that person where the sentences before name them', () => {
    assert.deepStrictEqual(speakers('Ivo Peskar spoke first.\n\nAna Kral thanked Peskar, and he said: "The fact is that the board cannot tell us who will run it."'), ['Ivo Peskar']);
  });
});
