import * as assert from 'assert';
import { analyzeText, computeLineStarts, lineCount, positionAt } from '../../src/core';

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

  it('keeps a plural or British title written short (`Sens.`, `Drs.`, `Cllr.`) with the names after it', () => {
    assert.deepStrictEqual(sentencesOf('Sens. Amy Tarrow and Ben Quill said the bill was dead. The vote was backed by Govs. Ivo Peskar and Dan Ruiz. Cllr. Ana Kral abstained.'), [
      'Sens. Amy Tarrow and Ben Quill said the bill was dead.',
      'The vote was backed by Govs. Ivo Peskar and Dan Ruiz.',
      'Cllr. Ana Kral abstained.',
    ]);
    // In lower case the word is no title, and its stop ends the sentence.
    assert.deepStrictEqual(sentencesOf('She did twenty reps. Kral said it was enough.'), ['She did twenty reps.', 'Kral said it was enough.']);
  });

  it('ends a sentence at `no.` unless a number follows it (`No. 10`), so the name after it opens the next', () => {
    assert.deepStrictEqual(sentencesOf('Ivo Peskar said no. Ana Kral was less sure. She lives at No. 10 Harbour Row.'), [
      'Ivo Peskar said no.',
      'Ana Kral was less sure.',
      'She lives at No. 10 Harbour Row.',
    ]);
  });

  it('keeps a party tag in brackets after `Jr.` in the sentence of its name, so the next quote goes on in that voice', () => {
    const text = '"We have to be careful," said Sen. Ivo Kral Jr. (D-Pa.), a port backer. "You cannot rush it."';
    assert.deepStrictEqual(sentencesOf(text), ['"We have to be careful," said Sen. Ivo Kral Jr. (D-Pa.), a port backer.', '"You cannot rush it."']);
    assert.deepStrictEqual(analyzeText(text).quotes.map((q) => q.speaker?.name ?? null), ['Ivo Kral Jr', 'Ivo Kral Jr']);
    // A bracket that is no party tag still opens a sentence after an abbreviation.
    assert.deepStrictEqual(sentencesOf('He lives in the U.S. (He moved in 2010.) Then he left.'), ['He lives in the U.S.', '(He moved in 2010.)', 'Then he left.']);
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

  it('finds the same lines, paragraphs and sentences whether lines end in \\n, \\r\\n or \\r', () => {
    const lines = ['Harbour news', '', '"The cranes stay idle," harbour master Ann Lee said.', 'She left.', '', '', 'Crews wait. Ships queue', ''];
    const read = (end: string, format: 'plain' | 'markdown') => {
      const text = lines.join(end);
      const a = analyzeText(text, { format });
      const words = (span: { start: number; end: number }) => text.slice(span.start, span.end).replace(/\r\n?/g, '\n');
      return {
        lines: lines.map((line, n) => positionAt(a.lineStarts, lines.slice(0, n).reduce((at, l) => at + l.length + end.length, 0) + Math.min(1, line.length))),
        lineCount: lineCount(a.lineStarts),
        paragraphs: a.paragraphs.map(words),
        sentences: a.sentences.map(words),
      };
    };
    for (const format of ['plain', 'markdown'] as const) {
      const lf = read('\n', format);
      assert.strictEqual(lf.lineCount, lines.length);
      lf.lines.forEach((at, n) => assert.deepStrictEqual(at, { line: n, column: Math.min(1, lines[n].length) }));
      assert.deepStrictEqual(read('\r\n', format), lf);
      assert.deepStrictEqual(read('\r', format), lf);
    }
  });

  it('gives each text its own lines when texts of one length are read in turn, or when a caller changes the line starts it got', () => {
    const a = 'Port news\n\n"The quay opens at dawn," pilot Eva Marsh said.\nShe left.\n';
    const b = 'Port news\n"The quay opens at dawn,"\n\npilot Eva Marsh said. She left.\n';
    const alone = (text: string) => JSON.stringify((({ lineStarts, paragraphs, sentences }) => ({ lineStarts, paragraphs, sentences }))(analyzeText(text)));
    const fresh = [a, b].map(alone);
    assert.deepStrictEqual([a, b, a, a, b].map(alone), [fresh[0], fresh[1], fresh[0], fresh[0], fresh[1]]);
    const mine = computeLineStarts(a);
    mine.push(999);
    mine[1] = 0;
    assert.deepStrictEqual(computeLineStarts(a), [0, 10, 11, 59, 69]);
    assert.strictEqual(alone(a), fresh[0]);
  });
});
