// `When I repeat this to Marin, he laughs.`: the he or she after a clause in which the writer puts something to a
// named person is that person, not the third party quoted before (the writer is no he or she). Invented text.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function lastSpeaker(text: string): string | null {
  const quotes = analyzeText(text).quotes;
  return quotes[quotes.length - 1].speaker?.name ?? null;
}

describe("the one the writer's opening clause addresses", () => {
  it('gives `When I repeat this to X, he ...` and the quote after it to X', () => {
    const text = 'Tomás Breen kept goal for the county for nine seasons. "I was only the one who turned up," he says.\n\nHis old manager, Cyril Ward, is kinder. "There was no braver man in a goal," Ward says.\n\nWhen I repeat this to Breen, he goes back to his sanding. "Cyril was always a great talker," he says.';
    assert.strictEqual(lastSpeaker(text), 'Tomás Breen');
  });

  it('gives `When I ask X about it, she ...` to X', () => {
    const text = 'Aroha Ngata has run the marae kitchen for thirty years. "Nobody leaves hungry," she says.\n\nHer sister, Mere Ngata-Wells, helps on Sundays. "She is a tyrant," Mere says.\n\nWhen I ask Aroha about this, she laughs. "Mere peels too slowly," she says.';
    assert.strictEqual(lastSpeaker(text), 'Aroha Ngata');
  });

  it('reads no addressee where the clause names two people', () => {
    const two = 'Tomás Breen kept goal.\n\nHis old manager, Cyril Ward, is kinder. "No braver man," Ward says.\n\nWhen I put this to Breen and Ward, he laughs. "Ask him," he says.';
    assert.notStrictEqual(lastSpeaker(two), 'Tomás Breen');
  });
});
