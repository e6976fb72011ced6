// Findings as diagnostics: on open and on edit, per-code severities, size limit, Check Workspace.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  attributor,
  attributorDiagnostics,
  closeAllEditors,
  diagnosticCode,
  diagnosticsWhere,
  openDraft,
  openFixture,
  setSetting,
  settledDiagnostics,
  sleep,
  workspaceFile,
} from './attributorSupport';

describe('Diagnostics', function () {
  this.timeout(30_000);

  before(async () => {
    await attributor();
  });

  afterEach(async () => {
    await closeAllEditors();
    for (const key of ['diagnostics.severity.misattributedQuote', 'diagnostics.severity.unsourcedQuote', 'diagnostics.maxLines', 'diagnostics.enabled', 'diagnostics.delay']) {
      await setSetting(key, undefined);
    }
  });

  it('gives correct quotations no diagnostic', async () => {
    const { document } = await openFixture('drafts/correct.md');
    const diagnostics = await settledDiagnostics(document);
    assert.deepStrictEqual(diagnostics.map((d) => `${diagnosticCode(d)}: ${document.getText(d.range)}`), []);
  });

  it('flags misattributed quotations on open, with code, source, message, range and the source location', async () => {
    const { document } = await openFixture('drafts/misattributed.md');
    // No command: the check runs by itself when the draft opens.
    const diagnostics = await diagnosticsWhere(document.uri, 'two misattributions', (ds) => ds.filter((d) => diagnosticCode(d) === 'misattributed-quote').length >= 2);
    const mis = diagnostics.filter((d) => diagnosticCode(d) === 'misattributed-quote');
    const texts = mis.map((d) => document.getText(d.range));
    assert.ok(texts.some((t) => t.includes('all available means')), texts.join(' | '));
    assert.ok(texts.some((t) => t.includes('We trust each other')), texts.join(' | '));
    for (const d of mis) {
      assert.strictEqual(d.source, 'attributor');
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
      assert.ok(d.message.length > 10);
      const related = d.relatedInformation?.[0];
      assert.ok(related, 'related information points to the source');
      const source = await vscode.workspace.openTextDocument(related.location.uri);
      const passage = source.getText(related.location.range);
      assert.ok(document.getText(d.range).replace(/[“”"]/g, '').includes(passage.replace(/[“”"]/g, '').slice(0, 15)), `the related range is the source passage: ${passage}`);
    }
    const trust = mis.find((d) => document.getText(d.range).includes('We trust'))!;
    assert.match(trust.message, /Zelensky/);
    const unsourced = diagnostics.filter((d) => diagnosticCode(d) === 'unsourced-quote');
    assert.ok(unsourced.some((d) => document.getText(d.range).includes('moonlight')), 'an invented quotation is unsourced');
    assert.ok(unsourced.every((d) => d.severity === vscode.DiagnosticSeverity.Information));
  });

  it('re-checks after an edit (debounced) and clears a fixed finding', async () => {
    await setSetting('diagnostics.delay', 100);
    const editor = await openDraft('Zelensky said Russia would use "all available means".\n\nPutin signed the treaties.\n');
    const document = editor.document;
    await diagnosticsWhere(document.uri, 'the misattribution', (ds) => ds.some((d) => diagnosticCode(d) === 'misattributed-quote'));
    await editor.edit((b) => b.replace(new vscode.Range(0, 0, 0, 'Zelensky'.length), 'Putin'));
    await diagnosticsWhere(document.uri, 'no misattribution after the edit', (ds) => !ds.some((d) => diagnosticCode(d) === 'misattributed-quote'));
    // Typing a new misattribution in another paragraph is found too.
    await editor.edit((b) => b.insert(new vscode.Position(3, 0), '\n"We trust each other, we help each other, and we protect each other," Putin said.\n'));
    const ds = await diagnosticsWhere(document.uri, 'the new misattribution', (list) => list.some((d) => diagnosticCode(d) === 'misattributed-quote'));
    assert.ok(ds.some((d) => document.getText(d.range).includes('We trust each other')));
  });

  it('follows the severity settings, including off', async () => {
    const editor = await openDraft('Zelensky said Russia would use "all available means".\n');
    const uri = editor.document.uri;
    await diagnosticsWhere(uri, 'a warning', (ds) => ds.some((d) => diagnosticCode(d) === 'misattributed-quote' && d.severity === vscode.DiagnosticSeverity.Warning));
    await setSetting('diagnostics.severity.misattributedQuote', 'error');
    await diagnosticsWhere(uri, 'an error', (ds) => ds.some((d) => diagnosticCode(d) === 'misattributed-quote' && d.severity === vscode.DiagnosticSeverity.Error));
    await setSetting('diagnostics.severity.misattributedQuote', 'off');
    await diagnosticsWhere(uri, 'no misattribution shown', (ds) => !ds.some((d) => diagnosticCode(d) === 'misattributed-quote'));
  });

  it('stops checking automatically when disabled, and checks on demand', async () => {
    await setSetting('diagnostics.enabled', false);
    const editor = await openDraft('Zelensky said Russia would use "all available means".\n');
    await sleep(800);
    assert.deepStrictEqual(attributorDiagnostics(editor.document.uri), [], 'no automatic check');
    const count = await vscode.commands.executeCommand<number>('attributor.checkDocument');
    assert.ok(count >= 1, `Check Document finds it (${count})`);
    assert.ok(attributorDiagnostics(editor.document.uri).some((d) => diagnosticCode(d) === 'misattributed-quote'));
  });

  it('checks drafts over attributor.diagnostics.maxLines only on demand', async () => {
    await setSetting('diagnostics.maxLines', 50);
    const filler = Array.from({ length: 60 }, (_, i) => `Line ${i} of filler text.`).join('\n');
    const editor = await openDraft(`Zelensky said Russia would use "all available means".\n${filler}\n`);
    await sleep(800);
    assert.deepStrictEqual(attributorDiagnostics(editor.document.uri), [], 'not checked automatically');
    const count = await vscode.commands.executeCommand<number>('attributor.checkDocument');
    assert.ok(count >= 1);
  });

  it('keeps a 50,000-line draft from blocking: no automatic check, hover and completion still answer quickly', async () => {
    const big = Array.from({ length: 50_000 }, (_, i) => (i % 10 === 0 ? '' : `Sentence ${i} of a very long draft about the annexation.`)).join('\n');
    const editor = await openDraft(`${big}\nZelensky said Russia would use "all av`);
    const document = editor.document;
    await sleep(600);
    assert.deepStrictEqual(attributorDiagnostics(document.uri), [], 'over the size limit: not checked automatically');
    const end = document.lineAt(document.lineCount - 1).range.end;
    const started = Date.now();
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, end);
    const elapsed = Date.now() - started;
    assert.ok(list.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'all available means'));
    assert.ok(elapsed < 1500, `completion answered in ${elapsed} ms`);
  });

  it('Check Workspace reports drafts that are not open in the Problems panel', async () => {
    const notes = workspaceFile('drafts/notes.txt');
    const misattributed = workspaceFile('drafts/misattributed.md');
    const result = await vscode.commands.executeCommand<{ files: number; findings: number }>('attributor.checkWorkspace');
    assert.ok(result.files >= 4, `checked ${result.files} drafts`);
    assert.ok(result.findings >= 2);
    assert.ok(attributorDiagnostics(misattributed).some((d) => diagnosticCode(d) === 'misattributed-quote'));
    assert.ok(!attributorDiagnostics(notes).some((d) => diagnosticCode(d) === 'misattributed-quote'), 'correct quotations are not flagged');
  });
});
