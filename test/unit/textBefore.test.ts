// The text a judge reads before a quote: its own line up to the quote's sentence end, and the nearest line before
// with words on it, within a bounded look-back (readOut.ts). Read back line by line; the same as taking the
// look-back's lines apart.
import * as assert from 'assert';
import { textBefore } from '../../src/core/draft/readOut';

/** The look-back's lines taken apart: the reading textBefore gives without making them. */
function byLines(text: string, start: number, end: number): string {
  const lines = text.slice(Math.max(0, start - 1200), start).split('\n');
  const own = lines.pop() ?? '';
  let before = '';
  while (lines.length && !before.trim()) before = lines.pop() ?? '';
  return `${before}\n${own}${text.slice(start, end)}`;
}

describe('the text before a quote', () => {
  it('gives the paragraph before, past blank lines and lines of spaces', () => {
    const text = 'Ana Kral opened the quay.\n\n  \t\nShe said the cranes were idle. "We wait," Kral said.';
    const quote = text.indexOf('"We');
    assert.strictEqual(textBefore(text, quote, text.length), 'Ana Kral opened the quay.\nShe said the cranes were idle. "We wait," Kral said.');
  });

  it('reads every place of a text as its lines taken apart would, the look-back cut included', () => {
    const paragraph = 'Ivo Peskar spoke at the harbour on Monday about the boats. ';
    const text = ['', ' ', paragraph.repeat(30), '\n', '  ', paragraph, '', '\t', paragraph.repeat(3)].join('\n');
    for (let start = 0; start <= text.length; start += 7) assert.strictEqual(textBefore(text, start, Math.min(text.length, start + 20)), byLines(text, start, Math.min(text.length, start + 20)), `at ${start}`);
    for (const start of [0, 1, 2, 3, 1200, 1201, 1800, 1860, 1861, 1862]) assert.strictEqual(textBefore(text, start, start), byLines(text, start, start), `at ${start}`);
  });
});
