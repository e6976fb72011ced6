// Quote completion inside an opening quotation mark.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { acceptCompletion, acceptQuickPickInto, attributor, closeAllEditors, completionsAt, labelOf, openDraft, quoteCompletions, setSetting } from './attributorSupport';

async function endOf(editor: vscode.TextEditor): Promise<vscode.Position> {
  const document = editor.document;
  const end = document.lineAt(document.lineCount - 1).range.end;
  editor.selection = new vscode.Selection(end, end);
  return end;
}

describe('Quote completion', function () {
  this.timeout(30_000);

  before(async () => {
    await attributor();
  });

  afterEach(async () => {
    await closeAllEditors();
    await setSetting('completion.insertCitation', undefined);
    await setSetting('citation.style', undefined);
  });

  it('offers matching source quotations after a straight mark, when the mark is typed', async () => {
    const editor = await openDraft('Zelensky said Russia would use "');
    const position = await endOf(editor);
    const items = quoteCompletions(await completionsAt(editor.document, position, '"'));
    assert.ok(items.length > 0, 'the sources\' quotations are offered');
    for (const item of items) assert.ok(typeof item.sortText === 'string');
  });

  it('completes fuzzily and closes a curly quotation with a curly mark', async () => {
    const editor = await openDraft('He said Ukraine would “not hold any negot');
    const position = await endOf(editor);
    const items = quoteCompletions(await completionsAt(editor.document, position, 't'));
    // The words typed are the middle of Zelensky's quotation: the completion carries on from them, in his exact wording.
    const item = items.find((i) => labelOf(i).includes('not hold any negotiations with Russia as long as Putin'));
    assert.ok(item, `Zelensky's words are offered; got ${items.map(labelOf).join(' | ')}`);
    assert.match(String(item.detail), /Zelensky/);
    await acceptCompletion(editor, item, position);
    assert.strictEqual(editor.document.getText(), `He said Ukraine would “${labelOf(item)}”`);
  });

  it('replaces an auto-closed closing mark instead of doubling it', async () => {
    const editor = await openDraft('Putin said Moscow would use "all av" to protect them.');
    const position = editor.document.positionAt(editor.document.getText().indexOf('" to'));
    editor.selection = new vscode.Selection(position, position);
    const item = quoteCompletions(await completionsAt(editor.document, position)).find((i) => labelOf(i) === 'all available means');
    assert.ok(item);
    await acceptCompletion(editor, item, position);
    assert.strictEqual(editor.document.getText(), 'Putin said Moscow would use "all available means" to protect them.');
  });

  it('offers nothing outside quotation marks or after a closed quotation', async () => {
    const editor = await openDraft('Putin said Moscow would use all av');
    const position = await endOf(editor);
    assert.deepStrictEqual(quoteCompletions(await completionsAt(editor.document, position, 'v')).map(labelOf), []);
    const closed = await openDraft('Putin said "all available means" and al');
    const p2 = await endOf(closed);
    assert.deepStrictEqual(quoteCompletions(await completionsAt(closed.document, p2, 'l')).map(labelOf), []);
  });

  it('inserts the citation too when attributor.completion.insertCitation is on (footnote at the end, one edit)', async () => {
    await setSetting('completion.insertCitation', true);
    await setSetting('citation.style', 'footnote');
    const editor = await openDraft('Putin vowed to use "all av\n\nMore text follows.\n');
    const position = new vscode.Position(0, 'Putin vowed to use "all av'.length);
    editor.selection = new vscode.Selection(position, position);
    const item = quoteCompletions(await completionsAt(editor.document, position)).find((i) => labelOf(i) === 'all available means');
    assert.ok(item);
    await acceptCompletion(editor, item, position);
    const text = editor.document.getText();
    assert.ok(text.startsWith('Putin vowed to use "all available means"[^1]\n\nMore text follows.\n'), text);
    assert.match(text, /\n\n\[\^1\]: .+\n$/, text);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), 'Putin vowed to use "all av\n\nMore text follows.\n', 'one undo removes quotation, citation and definition');
  });

  it('at the end of the document, puts the footnote definition after the citation and the cursor after the citation', async () => {
    await setSetting('completion.insertCitation', true);
    await setSetting('citation.style', 'pandoc');
    const editor = await openDraft('Putin vowed to use "all av');
    const position = await endOf(editor);
    const item = quoteCompletions(await completionsAt(editor.document, position)).find((i) => labelOf(i) === 'all available means');
    assert.ok(item);
    await acceptCompletion(editor, item, position);
    assert.match(editor.document.getText(), /^Putin vowed to use "all available means" \[@[^\]]+\]$/);
  });

  it('is available from the command palette for the quotation at the cursor', async () => {
    const editor = await openDraft('Biden said "the United States will never');
    await endOf(editor);
    const done = vscode.commands.executeCommand<boolean>('attributor.completeQuote');
    // The quick pick opens with the matching quotations; accept the first.
    await acceptQuickPickInto(editor.document);
    assert.strictEqual(await done, true);
    assert.match(editor.document.getText(), /^Biden said "the United States will never, never, never"$/);
  });
});
