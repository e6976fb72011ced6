// An interview's question about what someone else says (`What does Tomás say about it?`) hands that person no floor:
// the answer after it is the interviewee's, not the one the question names. Invented text.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function lastSpeaker(text: string): string | null {
  const quotes = analyzeText(text).quotes;
  return quotes[quotes.length - 1].speaker?.name ?? null;
}

describe('a speech verb asked about in a question', () => {
  it("gives the answer after `What does X say about it?` to no one rather than to X", () => {
    const text = 'Q&A: Marta Ruiz, 70, drove her four sons to the rink every morning for fifteen years.\n\nDid your mother help?\n\n"She would not go near the ice."\n\nWhat does Tomás say about it?\n\n"He says it was a high stick. It was a puck. I was there."';
    assert.notStrictEqual(lastSpeaker(text), 'Tomás');
  });

  it('still hands the floor on after a statement of what someone said', () => {
    const text = 'Tomás Ruiz played eight seasons in Montreal.\n\nTomás Ruiz said the rink was his second home.\n\n"I slept there some nights."';
    assert.strictEqual(lastSpeaker(text), 'Tomás Ruiz');
  });
});
