// Quick fixes for findings: each one edit, undoable; the ignore fix writes .attributor/ignore.json.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  attributor,
  closeAllEditors,
  codeActionsAt,
  diagnosticCode,
  diagnosticsWhere,
  openDraft,
  runCodeAction,
  setSetting,
  settledDiagnostics,
  workspaceFile,
} from './attributorSupport';

async function firstFinding(editor: vscode.TextEditor, code: string): Promise<vscode.Diagnostic> {
  // Checked now, so that the findings read are this draft's: a draft opened as Untitled-1 again could otherwise show
  // the last Untitled-1's findings, with fixes made for its text, until its own check publishes.
  await settledDiagnostics(editor.document);
  const ds = await diagnosticsWhere(editor.document.uri, code, (list) => list.some((d) => diagnosticCode(d) === code));
  return ds.find((d) => diagnosticCode(d) === code)!;
}

describe('Quick fixes', function () {
  this.timeout(30_000);

  before(async () => {
    await attributor();
    await setSetting('citation.style', 'footnote');
  });

  afterEach(async () => {
    await closeAllEditors();
  });

  after(async () => {
    await setSetting('citation.style', undefined);
    try {
      await vscode.workspace.fs.delete(workspaceFile('.attributor/ignore.json'));
    } catch {
      // not written
    }
  });

  it('replaces the wrong speaker with the source speaker, undoably', async () => {
    const original = '"We trust each other, we help each other, and we protect each other," Putin said.\n';
    const editor = await openDraft(original);
    const diagnostic = await firstFinding(editor, 'misattributed-quote');
    const actions = await codeActionsAt(editor.document, diagnostic.range);
    const fix = actions.find((a) => a.title.startsWith('Attribute to Zelensky'));
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    assert.strictEqual(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    await runCodeAction(fix);
    // The fix writes the surname as the matched source (003, “Zelensky said”) spells it, not the canonical “Zelenskyy”.
    assert.strictEqual(editor.document.getText(), original.replace('Putin said', 'Zelensky said'));
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), original);
  });

  it('offers the full name when the draft names the speaker by a role', async () => {
    const editor = await openDraft('The Ukrainian president said Russia would use "all available means".\n');
    const diagnostic = await firstFinding(editor, 'misattributed-quote');
    const actions = await codeActionsAt(editor.document, diagnostic.range);
    const fix = actions.find((a) => a.title.startsWith('Attribute to Vladimir Putin'));
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    await runCodeAction(fix);
    assert.match(editor.document.getText(), /^Vladimir Putin said Russia would use "all available means"\./);
  });

  it('replaces a quotation whose change of words changes its meaning with the source wording, undoably', async () => {
    const original = 'Biden said: "Make no mistake, these actions have legitimacy".\n';
    const editor = await openDraft(original);
    const diagnostic = await firstFinding(editor, 'distorted-quote');
    const actions = await codeActionsAt(editor.document, diagnostic.range);
    const fix = actions.find((a) => a.title.startsWith("Use the source's wording"));
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    await runCodeAction(fix);
    assert.strictEqual(editor.document.getText(), original.replace('these actions have legitimacy', 'these actions have no legitimacy'));
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), original);
  });

  it('inserts a citation of the source (footnote and definition in one edit)', async () => {
    const original = 'Zelensky said Russia would use "all available means" to protect them.\n';
    const editor = await openDraft(original);
    const diagnostic = await firstFinding(editor, 'misattributed-quote');
    const actions = await codeActionsAt(editor.document, diagnostic.range);
    const fix = actions.find((a) => a.title.startsWith('Insert a citation'));
    assert.ok(fix);
    await runCodeAction(fix);
    const text = editor.document.getText();
    assert.ok(text.startsWith('Zelensky said Russia would use "all available means"[^1] to protect them.\n'), text);
    assert.match(text, /\n\n\[\^1\]: .+\n$/);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), original);
  });

  it('ignores a quote through the workspace file .attributor/ignore.json', async () => {
    const editor = await openDraft('Biden said the plan was "a waltz of purple elephants".\n');
    const diagnostic = await firstFinding(editor, 'unsourced-quote');
    const actions = await codeActionsAt(editor.document, diagnostic.range);
    const fix = actions.find((a) => a.title.startsWith('Ignore this quote'));
    assert.ok(fix);
    await runCodeAction(fix);
    const file = await vscode.workspace.fs.readFile(workspaceFile('.attributor/ignore.json'));
    assert.match(new TextDecoder().decode(file), /a waltz of purple elephants/);
    await diagnosticsWhere(editor.document.uri, 'the ignored quote to go', (ds) => !ds.some((d) => diagnosticCode(d) === 'unsourced-quote'));
    // The draft itself is untouched.
    assert.strictEqual(editor.document.getText(), 'Biden said the plan was "a waltz of purple elephants".\n');
    // Removing the ignore file (say, by a git checkout) brings the finding back.
    await vscode.workspace.fs.delete(workspaceFile('.attributor/ignore.json'));
    await diagnosticsWhere(editor.document.uri, 'the finding to come back', (ds) => ds.some((d) => diagnosticCode(d) === 'unsourced-quote'), 15_000);
  });
});
