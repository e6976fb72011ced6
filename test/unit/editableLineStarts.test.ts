// A draft's line starts are kept through its edits (editableLineStarts.ts) rather than moved a line at a time: after
// any edits, every line and column the editor is given must be what the text's lines, counted afresh, give. Random
// texts of lines ending in \n, \r\n or a lone \r, random edits (splitting a \r\n, pastes of many lines, deletions of
// many), and chunks of a few lines so that edits cross chunks, empty them and outgrow them.
import * as assert from 'assert';
import fc from 'fast-check';
import { computeLineStarts, lineCount, offsetAt, positionAt } from '../../src/core';
import { EditableLineStarts } from '../../src/core/text/editableLineStarts';

const piece = fc.constantFrom('a', 'word ', '\n', '\r', '\r\n', '\n\n', 'x\ny\n');
const text = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));
const edit = fc.record({ at: fc.nat(), remove: fc.oneof(fc.nat({ max: 3 }), fc.nat({ max: 80 })), insert: text });

/** Every line and column of `text`, and every line's start, read through `lines`, against its lines counted afresh. */
function assertSameLines(lines: EditableLineStarts, text: string): void {
  const fresh = computeLineStarts(text);
  assert.deepStrictEqual([...lines], fresh);
  assert.strictEqual(lineCount(lines), fresh.length);
  for (let offset = -1; offset <= text.length + 1; offset++) assert.deepStrictEqual(positionAt(lines, offset), positionAt(fresh, offset), `offset ${offset}`);
  for (let line = -1; line <= fresh.length; line++) {
    for (const column of [0, 1, 5]) assert.strictEqual(offsetAt(lines, { line, column }, text.length), offsetAt(fresh, { line, column }, text.length));
  }
}

describe('line starts kept through edits', () => {
  it('give, after any edits, the lines and columns of the text counted afresh', () => {
    fc.assert(
      fc.property(text, fc.array(edit, { maxLength: 12 }), fc.integer({ min: 1, max: 5 }), (start, edits, chunkLines) => {
        const lines = new EditableLineStarts(chunkLines);
        lines.edit(start, { start: 0, oldEnd: 0, newEnd: start.length });
        assertSameLines(lines, start);
        let current = start;
        for (const { at, remove, insert } of edits) {
          const from = at % (current.length + 1);
          const oldEnd = Math.min(current.length, from + remove);
          current = current.slice(0, from) + insert + current.slice(oldEnd);
          lines.edit(current, { start: from, oldEnd, newEnd: from + insert.length });
          assertSameLines(lines, current);
        }
      }),
      { seed: 20261201, numRuns: 400, endOnFailure: true },
    );
  });

  it('tells the line and column of a word typed in the middle of a long draft, and of the lines after it', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `Line ${i} of the draft.`).join('\n');
    const lines = new EditableLineStarts();
    lines.edit(before, { start: 0, oldEnd: 0, newEnd: before.length });
    const at = before.indexOf('Line 1500 ') + 'Line 1500'.length;
    const after = `${before.slice(0, at)} now${before.slice(at)}`;
    lines.edit(after, { start: at, oldEnd: at, newEnd: at + 4 });
    assert.deepStrictEqual(positionAt(lines, after.indexOf('of the draft.', at)), { line: 1500, column: 14 });
    assert.deepStrictEqual(positionAt(lines, after.indexOf('Line 2999')), { line: 2999, column: 0 });
    assert.deepStrictEqual([...lines], computeLineStarts(after));
  });
});
