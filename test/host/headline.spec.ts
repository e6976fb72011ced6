// The headline scenario, end to end in a real VS Code: completion, diagnostic, quick fix and undo, hover, footnote.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  acceptCompletion,
  attributor,
  closeAllEditors,
  codeActionsAt,
  completionsAt,
  diagnosticCode,
  diagnosticsWhere,
  hoverAt,
  labelOf,
  offsetOf,
  openFixture,
  quoteCompletions,
  runCodeAction,
  setSetting,
} from './attributorSupport';

describe('Headline: Zelensky said Russia would use "all av…', function () {
  this.timeout(60_000);

  before(async () => {
    await attributor();
    await setSetting('citation.style', 'footnote');
    await setSetting('completion.insertCitation', false);
  });

  after(async () => {
    await closeAllEditors();
    await setSetting('citation.style', undefined);
    await setSetting('completion.insertCitation', undefined);
  });

  it('completes Putin\'s words, flags the misattribution, fixes the speaker, shows the source and cites it', async () => {
    const editor = await openFixture('drafts/headline.md');
    const document = editor.document;
    assert.ok(document.getText().endsWith('Zelensky said Russia would use "all av'));
    const end = document.lineAt(document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);

    // 1. Completion (as with Ctrl+Space): Putin's words, with speaker and source.
    const items = quoteCompletions(await completionsAt(document, end));
    const item = items.find((i) => labelOf(i) === 'all available means');
    assert.ok(item, `“all available means” is offered; got ${items.map(labelOf).join(' | ')}`);
    assert.match(String(item.detail), /Putin/, 'the detail names the speaker');
    const doc = item.documentation as vscode.MarkdownString;
    assert.ok(doc.value.includes('**all available means**'), `the documentation shows the context with the words in bold: ${doc.value}`);

    // 2. Accepting inserts the exact source wording and the closing mark in the draft's style.
    await acceptCompletion(editor, item, end);
    const line = document.lineAt(2).text;
    assert.strictEqual(line, 'Zelensky said Russia would use "all available means"');

    // 3. The diagnostic appears on the quotation (automatic check after the edit).
    const diagnostics = await diagnosticsWhere(document.uri, 'misattributed-quote', (ds) => ds.some((d) => diagnosticCode(d) === 'misattributed-quote'));
    const diagnostic = diagnostics.find((d) => diagnosticCode(d) === 'misattributed-quote')!;
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(document.getText(diagnostic.range).includes('all available means'), `the diagnostic covers the quotation: ${document.getText(diagnostic.range)}`);
    assert.match(diagnostic.message, /Putin/);
    const related = diagnostic.relatedInformation?.[0];
    assert.ok(related, 'the diagnostic points to the source');
    assert.strictEqual(related.location.uri.scheme, 'file');
    assert.match(related.location.uri.path, /\/corpus\/00[03]_[0-9a-f]+\.txt$/);

    // 4. The quick fix puts Putin in place of Zelensky, as one undoable edit.
    const actions = await codeActionsAt(document, diagnostic.range);
    const fix = actions.find((a) => /^Attribute to Putin\b/.test(a.title));
    assert.ok(fix, `a “replace speaker” fix is offered; got ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(fix.isPreferred, 'the surname fix is the preferred one');
    await runCodeAction(fix);
    assert.strictEqual(document.lineAt(2).text, 'Putin said Russia would use "all available means"');
    await diagnosticsWhere(document.uri, 'the misattribution to go', (ds) => !ds.some((d) => diagnosticCode(d) === 'misattributed-quote'));
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.lineAt(2).text, 'Zelensky said Russia would use "all available means"', 'one undo restores the draft');
    await vscode.commands.executeCommand('redo');
    assert.strictEqual(document.lineAt(2).text, 'Putin said Russia would use "all available means"');

    // 5. Hovering the quotation shows Putin, the source, the source sentence with the words in bold and the verdict.
    const hover = await hoverAt(document, offsetOf(document, 'available'));
    assert.match(hover, /Vladimir Putin/);
    assert.match(hover, /\*\*all available means\*\*/);
    assert.match(hover, /Matches the source/);
    assert.match(hover, /command:attributor\.openSource/);
    assert.match(hover, /command:attributor\.insertCitation/);

    // 6. A footnote citation: `[^1]` after the quotation and its definition at the end, in one edit.
    const before = document.getText();
    const inSentence = document.positionAt(offsetOf(document, 'Russia would'));
    editor.selection = new vscode.Selection(inSentence, inSentence);
    assert.strictEqual(await vscode.commands.executeCommand('attributor.insertCitation'), true);
    const after = document.getText();
    assert.ok(after.includes('"all available means"[^1]'), after);
    assert.match(after, /\n\[\^1\]: .+/, 'the footnote definition is appended');
    assert.strictEqual(after.match(/\[\^1\]:/g)?.length, 1);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), before, 'one undo removes the citation and its definition');
  });
});
