import * as assert from 'assert';
import { editSince, recordingDocuments } from '../../src/service/documentEdits';

/** Whether `change` turns `before` into `after`. */
function turns(before: string, after: string, change: { start: number; oldEnd: number; newEnd: number }): boolean {
  return before.slice(0, change.start) + after.slice(change.start, change.newEnd) + before.slice(change.oldEnd) === after;
}

describe('the editor\'s edits of a document', () => {
  it('tells what changed since a version from the ranges the editor sent, joined across versions', () => {
    const document = recordingDocuments.create('file:///draft.md', 'markdown', 1, 'Kral said "the port is open."\n\nRuiz said "no."\n');
    const first = document.getText();
    recordingDocuments.update(document, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } }, text: 'Ana Ruiz' }], 2);
    const second = document.getText();
    recordingDocuments.update(document, [{ range: { start: { line: 0, character: 15 }, end: { line: 0, character: 19 } }, text: 'harbour' }], 3);
    const third = document.getText();
    assert.strictEqual(third, 'Kral said "the harbour is open."\n\nAna Ruiz said "no."\n');
    const sinceSecond = editSince(document, 2)!;
    assert.ok(turns(second, third, sinceSecond), JSON.stringify(sinceSecond));
    const sinceFirst = editSince(document, 1)!;
    assert.ok(turns(first, third, sinceFirst), JSON.stringify(sinceFirst));
    assert.deepStrictEqual(sinceFirst, { start: 15, oldEnd: 35, newEnd: 42 });
  });

  it('tells nothing across a replacement of the whole text, or for a version it never saw', () => {
    const document = recordingDocuments.create('file:///draft.md', 'markdown', 1, 'One.\n');
    recordingDocuments.update(document, [{ text: 'Two.\n' }], 2);
    recordingDocuments.update(document, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'A ' }], 3);
    assert.strictEqual(editSince(document, 1), undefined);
    assert.deepStrictEqual(editSince(document, 2), { start: 0, oldEnd: 0, newEnd: 2 });
    assert.strictEqual(editSince(document, 7), undefined);
  });
});
