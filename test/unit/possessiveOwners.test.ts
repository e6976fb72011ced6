// Whose sex a possessive tells. Every `he`/`she` of a sentence was the evidence of the first person it names, so
// `Kopp said agents want to question Clinton and her aides` made Kopp a woman, and Kopp's own `"...," he said`
// found no one. A possessive right after `X and` tells X's sex, never the subject's. Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function speakerOf(text: string): string | null {
  return analyzeText(text).quotes[0].speaker?.name ?? null;
}

describe('a possessive after `X and` as X’s evidence', () => {
  it('does not give the subject the sex of a possessive that follows another name and `and`', () => {
    const text = 'Ivo Kopp said agents want to question Senator Ana Reyes and her aides next week.\n\nThe inquiry began in May.\n\n"We have a warrant," he said.';
    assert.strictEqual(speakerOf(text), 'Ivo Kopp');
  });

  it('does not when the other name is a lone surname either', () => {
    const text = 'Ivo Kopp said agents want to question Reyes and her aides next week.\n\nThe inquiry began in May.\n\n"We have a warrant," he said.';
    assert.strictEqual(speakerOf(text), 'Ivo Kopp');
  });

  it('gives the possessive’s sex to the name before `and`, and the subject its own pronoun’s', () => {
    const text = 'Ivo Kopp said he wants agents to question Ana Reyes and her aides next week.\n\n"I was never told," she said.';
    // Kopp is a man by `he` (the `her` once made him neither); Reyes, a woman by `her aides`, is the one who fits.
    assert.strictEqual(speakerOf(text), 'Ana Reyes');
  });

  it('still gives the subject a possessive that a verb parts from a name before it', () => {
    // `Cairo` may be a lone surname for all the name reader knows; `to visit her` is still Reyes's (a first try that
    // gave a possessive the nearest name of its clause gave it to `Cairo`).
    const text = 'Ana Reyes flew to Cairo to visit her daughter.\n\n"It was a long flight," he said.';
    assert.strictEqual(speakerOf(text), null);
  });

  it('still gives the subject the sex of a possessive after its own name', () => {
    const text = 'Ana Reyes and her husband toured the port on Monday with Ivo Kopp.\n\nThe tour took an hour.\n\n"The harbour is beautiful," she said.';
    assert.strictEqual(speakerOf(text), 'Ana Reyes');
  });
});
