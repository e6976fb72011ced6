// Reaction round-ups and statement pages put each speaker's label on a line of its own (`Senate Majority Leader Carla
// Ruiz:`) and the words on the line below: the label names whose they are (issue 7). A line that could be the page's
// own heading (`Latest Updates:`) labels no one.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function speakerName(text: string, start: string): string | null {
  const quote = analyzeText(text).quotes.find((q) => q.text.startsWith(start));
  assert.ok(quote, `no quote opening "${start}"`);
  return quote.speaker && quote.speaker.kind === 'person' ? quote.speaker.name : null;
}

describe('a label on a line of its own', () => {
  it('gives the quote on the line below to the person it names with a title or a given name', () => {
    const text = [
      'Reaction came quickly after the ruling on Thursday.',
      'Harbour Board Chair Dana Whitlock:\n"Today the court reminded everyone that the pier belongs to the town."',
      'Marek Olsen:\n\n"This decision will cost the fishing families real money."',
    ].join('\n\n');
    assert.strictEqual(speakerName(text, 'Today the court'), 'Dana Whitlock');
    assert.strictEqual(speakerName(text, 'This decision'), 'Marek Olsen');
  });

  it('gives no one the quote below a line that may be a heading of the page', () => {
    const text = [
      'Reaction came quickly after the ruling on Thursday.',
      'Latest Updates:\n"The pier will stay closed until spring."',
    ].join('\n\n');
    assert.strictEqual(speakerName(text, 'The pier will'), null);
  });
});
