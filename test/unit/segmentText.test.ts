import * as assert from 'assert';
import { analyzeText, positionAt } from '../../src/core';

function sentencesOf(text: string, format: 'plain' | 'markdown' = 'plain'): string[] {
  const a = analyzeText(text, { format });
  return a.sentences.map((s) => text.slice(s.start, s.end));
}

describe('segmenting text', () => {
  it('splits sentences and keeps abbreviations, initials and dates inside them', () => {
    assert.deepStrictEqual(sentencesOf('Troops entered on Feb. 24. Mr. J. R. Smith of the U.S. Army spoke. He left.'), [
      'Troops entered on Feb. 24.',
      'Mr. J. R. Smith of the U.S. Army spoke.',
      'He left.',
    ]);
  });

  it('ends a sentence at an abbreviation when the next word opens a sentence', () => {
    assert.deepStrictEqual(sentencesOf('Kral flew back to the U.S. While he was away, the port closed. The vote is at 3 p.m. The board meets after it.'), [
      'Kral flew back to the U.S.',
      'While he was away, the port closed.',
      'The vote is at 3 p.m.',
      'The board meets after it.',
    ]);
    assert.deepStrictEqual(sentencesOf('Kral met U.S. President Ana Lee and Gov. Tom Varga. He left.'), ['Kral met U.S. President Ana Lee and Gov. Tom Varga.', 'He left.']);
  });

  it('never splits a sentence inside a closed quotation', () => {
    assert.deepStrictEqual(sentencesOf('"We are ready. We will go," he said. Then silence.'), ['"We are ready. We will go," he said.', 'Then silence.']);
  });

  it('keeps a question quote with its attribution in one sentence', () => {
    assert.deepStrictEqual(sentencesOf('“You don’t repeat yourself?” Rubio asked in a bewildered tone. Next.'), [
      '“You don’t repeat yourself?” Rubio asked in a bewildered tone.',
      'Next.',
    ]);
  });

  it('treats each line of a plain-text article as a paragraph, and Markdown lines as running on', () => {
    const plain = analyzeText('First line\nSecond line.', { format: 'plain' });
    assert.strictEqual(plain.paragraphs.length, 2);
    const md = analyzeText('A wrapped\nsentence goes on.\n\nNext paragraph.', { format: 'markdown' });
    assert.strictEqual(md.paragraphs.length, 2);
    assert.strictEqual(md.sentences.length, 2);
  });

  it('maps offsets to 0-based lines and columns', () => {
    const text = 'one\r\ntwo\nthree';
    const a = analyzeText(text);
    assert.deepStrictEqual(positionAt(a.lineStarts, text.indexOf('three')), { line: 2, column: 0 });
    assert.deepStrictEqual(positionAt(a.lineStarts, text.indexOf('wo')), { line: 1, column: 1 });
  });
});
