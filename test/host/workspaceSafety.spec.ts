// A malicious workspace and the writer's files, in a real VS Code: injected Markdown renders as text, nothing is
// written outside the workspace or through a symbolic link, and every file Attributor writes keeps what the writer
// wrote there (unsaved changes too) and can be undone.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { FAKE_VERDICT, HOSTILE_ALIASES, HOSTILE_ARTICLE, HOSTILE_ID, HOSTILE_METADATA, HOSTILE_QUOTE } from '../support/hostileWorkspace';
import { decode, injectedMarkup, render } from '../support/renderedMarkdown';
import {
  attributor, attributorDiagnostics, closeAllEditors, codeActionsAt, completionsAt, diagnosticCode, diagnosticsWhere, openDraft, runCodeAction, setSetting, waitFor, workspaceFile, workspaceFolder,
} from './attributorSupport';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

async function write(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
}

async function read(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

async function remove(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.workspace.fs.delete(uri, { recursive: true });
  } catch {
    // not there
  }
}

/** VS Code's auto-save (code-server's default) would save a writer's unsaved changes by itself: off, as on the desktop. */
async function autoSave(value: 'off' | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('files').update('autoSave', value, vscode.ConfigurationTarget.Workspace);
}

/** A Markdown string VS Code renders from a file's text: only Attributor's two commands trusted, no icons, no HTML. */
function assertRenderedSafely(markdown: vscode.MarkdownString, what: string): void {
  assert.ok(!markdown.supportThemeIcons, `${what}: no $(icon) rendering`);
  assert.ok(!markdown.supportHtml, `${what}: no HTML`);
  const trusted = markdown.isTrusted;
  assert.ok(trusted === undefined || trusted === false || (typeof trusted === 'object' && trusted.enabledCommands.every((c) => c === 'attributor.openSource' || c === 'attributor.insertCitation')), `${what}: trusted only for Attributor's own commands (${JSON.stringify(trusted)})`);
  assert.deepStrictEqual(injectedMarkup(markdown.value), [], `${what}:\n${markdown.value}`);
}

describe('A malicious workspace', function () {
  this.timeout(60_000);
  const folder = () => workspaceFile('hostile-sources');
  const aliases = () => workspaceFile('.attributor/aliases.json');

  before(async () => {
    const api = await attributor();
    await write(vscode.Uri.joinPath(folder(), `${HOSTILE_ID}.txt`), HOSTILE_ARTICLE);
    await write(vscode.Uri.joinPath(folder(), 'sources.json'), HOSTILE_METADATA);
    await write(aliases(), HOSTILE_ALIASES);
    await setSetting('sources', ['hostile-sources']);
    await waitFor('the hostile source to be indexed', async () => (await api.sourcesView()).length === 6, 20_000);
  });

  after(async () => {
    await closeAllEditors();
    await setSetting('sources', undefined);
    await remove(folder());
    await remove(aliases());
    await vscode.commands.executeCommand('attributor.rebuildIndex');
  });

  it('hover: the title, outlet, speaker and id render as the text they are; the fake verdict is literal text', async () => {
    const editor = await openDraft(`The mayor said "${HOSTILE_QUOTE}".\n`);
    const document = editor.document;
    const hovers = await waitFor('the hover of the hostile source', async () => {
      const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(document.getText().indexOf('rebuild')));
      return found.some((h) => h.contents.some((c) => c instanceof vscode.MarkdownString && c.value.includes('attacker'))) ? found : undefined;
    });
    const ours = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString && c.value.includes('attacker'));
    for (const markdown of ours) assertRenderedSafely(markdown, 'hover');
    const text = decode(render(ours.map((m) => m.value).join('\n\n')));
    assert.ok(text.includes(FAKE_VERDICT), text);
    assert.ok(text.includes('![pixel](http://attacker.example/pixel.png)'), text);
    // The hover's own link opens the hostile source by its id, ( ) ! * ' ~ and all.
    const link = /\(command:attributor\.openSource\?([^ )]+)/.exec(ours.map((m) => m.value).join('\n'));
    assert.ok(link);
    const source = await vscode.commands.executeCommand<vscode.TextEditor>('attributor.openSource', ...(JSON.parse(decodeURIComponent(link[1])) as unknown[]));
    assert.strictEqual(source?.document.getText(source.selection), HOSTILE_QUOTE);
  });

  it('completion documentation and the sources view tooltips render as text', async () => {
    const editor = await openDraft('The mayor said "We will rebuild the harb');
    const document = editor.document;
    const items = await completionsAt(document, document.lineAt(0).range.end);
    const item = items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === HOSTILE_QUOTE);
    assert.ok(item, items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label)).join(' | '));
    assert.ok(item.documentation instanceof vscode.MarkdownString);
    assertRenderedSafely(item.documentation, 'completion documentation');
    assert.ok(decode(render(item.documentation.value)).includes(FAKE_VERDICT));

    const view = await (await attributor()).sourcesView();
    const hostile = view.find((node) => node.label.includes('harbour news') || node.label.includes('Matches the source'));
    assert.ok(hostile, view.map((n) => n.label).join(' | '));
    const nodes = [hostile, ...hostile.children, ...hostile.children.flatMap((c) => c.children)];
    assert.ok(nodes.length >= 3);
    for (const node of nodes) if (node.tooltip) assertRenderedSafely(Object.assign(new vscode.MarkdownString(node.tooltip.value), node.tooltip), `tooltip of ${node.label}`);
    assert.ok(hostile.tooltip && decode(render(hostile.tooltip.value)).includes(FAKE_VERDICT));
  });
});

describe('Write CSL-JSON Bibliography', function () {
  this.timeout(60_000);
  const outside = path.join(os.tmpdir(), `attributor-outside-${process.pid}`);

  before(async () => {
    await attributor();
    await autoSave('off');
    fs.mkdirSync(outside, { recursive: true });
  });

  after(async () => {
    await closeAllEditors();
    await autoSave(undefined);
    await setSetting('citation.bibliographyFile', undefined);
    fs.rmSync(outside, { recursive: true, force: true });
    for (const name of ['refs', 'linked-out', 'bibliography.json']) await remove(workspaceFile(name));
  });

  it('never writes outside the workspace folder: ../, an absolute path or a symbolic link out', async () => {
    const victim = path.join(outside, 'bashrc');
    fs.writeFileSync(victim, 'export PATH=/usr/bin\n');
    const escape = path.relative(workspaceFolder().uri.fsPath, path.join(outside, 'escaped.json'));
    fs.symlinkSync(outside, workspaceFile('linked-out').fsPath);
    for (const setting of [escape, victim, 'linked-out/bibliography.json']) {
      await setSetting('citation.bibliographyFile', setting);
      assert.strictEqual(await vscode.commands.executeCommand('attributor.writeBibliography'), undefined, setting);
    }
    assert.strictEqual(fs.readFileSync(victim, 'utf8'), 'export PATH=/usr/bin\n');
    assert.deepStrictEqual(fs.readdirSync(outside), ['bashrc'], 'nothing written outside the workspace');
  });

  it('replaces an existing file as one edit: unsaved changes kept under it, one Undo away', async () => {
    await setSetting('citation.bibliographyFile', 'refs/bibliography.json');
    const file = workspaceFile('refs/bibliography.json');
    await write(file, '[]\n');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
    await editor.edit((b) => b.insert(new vscode.Position(0, 1), ' "my unsaved note" '));
    const unsaved = editor.document.getText();
    assert.ok(editor.document.isDirty);
    const written = await vscode.commands.executeCommand<vscode.Uri>('attributor.writeBibliography');
    assert.strictEqual(written?.toString(), file.toString());
    const items = JSON.parse(editor.document.getText()) as Array<{ id: string }>;
    assert.strictEqual(items.length, 5, 'the editor holds the bibliography');
    assert.ok(editor.document.isDirty, 'not saved over the writer’s unsaved changes');
    assert.strictEqual(await read(file), '[]\n', 'the disk is untouched');
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), unsaved, 'Undo brings the unsaved text back');
  });

  it('replaces a saved file and saves it; its Undo puts the old file back', async () => {
    await setSetting('citation.bibliographyFile', undefined);
    const file = workspaceFile('bibliography.json');
    await write(file, '[ { "id": "kept by hand" } ]\n');
    assert.strictEqual((await vscode.commands.executeCommand<vscode.Uri>('attributor.writeBibliography'))?.toString(), file.toString());
    assert.strictEqual((JSON.parse((await read(file))!) as unknown[]).length, 5, 'saved');
    assert.strictEqual(await vscode.commands.executeCommand('attributor.undoFileEdit'), true);
    assert.strictEqual(await read(file), '[ { "id": "kept by hand" } ]\n');
  });
});

describe('Ignore this quote', function () {
  this.timeout(60_000);
  const ignoreFile = () => workspaceFile('.attributor/ignore.json');
  const handWritten = `{
  "$schema": "https://example.org/ignore.schema.json",
  // Agreed with the desk.
  "$comment": "keep me",
  "ignore": [
    { "quote": "a sham", "reviewer": "ada" }, /* one line */
    { "note": "half-typed, no quote yet" },
  ],
  "owner": "politics",
}
`;

  async function ignoreFix(text: string): Promise<{ editor: vscode.TextEditor; action: vscode.CodeAction }> {
    const editor = await openDraft(text);
    const action = await waitFor('the Ignore this quote fix', async () => {
      const finding = attributorDiagnostics(editor.document.uri).find((d) => diagnosticCode(d) === 'unsourced-quote');
      return finding && (await codeActionsAt(editor.document, finding.range)).find((a) => a.title.startsWith('Ignore this quote'));
    }, 15_000);
    return { editor, action };
  }

  /** The ignore file in an editor, once that editor holds what the disk does (VS Code may still hold an older text). */
  async function openIgnoreFile(): Promise<vscode.TextEditor> {
    const onDisk = await read(ignoreFile());
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(ignoreFile()));
    await waitFor('the editor to hold the file on disk', () => editor.document.getText() === onDisk);
    return editor;
  }

  before(async () => {
    await attributor();
    await autoSave('off');
  });

  after(async () => {
    await autoSave(undefined);
  });

  afterEach(async () => {
    await closeAllEditors();
    await remove(ignoreFile());
  });

  it('adds the entry in place, keeping comments, unknown fields and half-typed entries; Undo restores the file', async () => {
    await write(ignoreFile(), handWritten);
    const { editor, action } = await ignoreFix('Biden said the plan was "a waltz of purple elephants".\n');
    await runCodeAction(action);
    const after = await waitFor('the file saved with the entry', async () => ((await read(ignoreFile()))?.includes('purple elephants') ? read(ignoreFile()) : undefined));
    for (const kept of ['"$schema"', '// Agreed with the desk.', '"$comment": "keep me"', '{ "quote": "a sham", "reviewer": "ada" }, /* one line */', '{ "note": "half-typed, no quote yet" },', '"owner": "politics",']) {
      assert.ok(after!.includes(kept), `keeps ${kept}:\n${after}`);
    }
    await diagnosticsWhere(editor.document.uri, 'the ignored finding to go', (ds) => !ds.some((d) => diagnosticCode(d) === 'unsourced-quote'));
    assert.strictEqual(await vscode.commands.executeCommand('attributor.undoFileEdit'), true);
    assert.strictEqual(await read(ignoreFile()), handWritten, 'the file as the writer left it');
    await diagnosticsWhere(editor.document.uri, 'the finding back', (ds) => ds.some((d) => diagnosticCode(d) === 'unsourced-quote'), 15_000);
  });

  it('creates the file when there is none; its Undo deletes it and the finding comes back', async () => {
    // Deleted as the writer would in the editor: VS Code then lets go of the text it held (deleted behind its back,
    // it would keep that text, and Attributor would edit it).
    await write(ignoreFile(), '{}\n');
    const removal = new vscode.WorkspaceEdit();
    removal.deleteFile(ignoreFile());
    assert.ok(await vscode.workspace.applyEdit(removal));
    const { editor, action } = await ignoreFix('Biden said the plan was "a waltz of purple elephants".\n');
    await runCodeAction(action);
    await waitFor('the file created with the entry', async () => ((await read(ignoreFile()))?.includes('purple elephants') ? true : undefined));
    await diagnosticsWhere(editor.document.uri, 'the ignored finding to go', (ds) => !ds.some((d) => diagnosticCode(d) === 'unsourced-quote'));
    assert.strictEqual(await vscode.commands.executeCommand('attributor.undoFileEdit'), true);
    assert.strictEqual(await read(ignoreFile()), undefined, 'the file Attributor created is gone');
    await diagnosticsWhere(editor.document.uri, 'the finding back', (ds) => ds.some((d) => diagnosticCode(d) === 'unsourced-quote'), 15_000);
  });

  it('Undo leaves a file alone that changed since the edit', async () => {
    await write(ignoreFile(), '{ "ignore": [] }\n');
    const { action } = await ignoreFix('Biden said the plan was "a waltz of purple elephants".\n');
    await runCodeAction(action);
    const written = await waitFor('the entry saved', async () => ((await read(ignoreFile()))?.includes('purple elephants') ? read(ignoreFile()) : undefined));
    const changed = written!.replace('"ignore"', '"$comment": "edited by hand since", "ignore"');
    await write(ignoreFile(), changed);
    await openIgnoreFile();
    assert.strictEqual(await vscode.commands.executeCommand('attributor.undoFileEdit'), false);
    assert.strictEqual(await read(ignoreFile()), changed, 'the writer’s later change is kept');
  });

  it('neither saves nor loses unsaved changes in the open ignore file', async () => {
    await write(ignoreFile(), '{ "ignore": [] }\n');
    const file = await openIgnoreFile();
    await file.edit((b) => b.insert(new vscode.Position(0, 1), ' "$comment": "typed, not saved",'));
    const unsaved = file.document.getText();
    const { action } = await ignoreFix('Biden said the plan was "a waltz of purple elephants".\n');
    await runCodeAction(action);
    await waitFor('the entry in the editor', () => file.document.getText().includes('purple elephants'));
    assert.ok(file.document.getText().includes('"$comment": "typed, not saved"'), file.document.getText());
    assert.ok(file.document.isDirty, 'not saved');
    assert.strictEqual(await read(ignoreFile()), '{ "ignore": [] }\n', 'the disk is untouched');
    await vscode.window.showTextDocument(file.document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(file.document.getText(), unsaved, 'one Undo takes the entry out, the writer’s text stays');
  });

  it('covers the speaker under any name the sources know: the README’s "Zelensky" entry', async () => {
    const editor = await openDraft('Zelensky said Russia would use "all available means" to protect the regions.\n');
    await diagnosticsWhere(editor.document.uri, 'the finding', (list) => list.some((d) => diagnosticCode(d) === 'misattributed-quote'), 15_000);
    await write(ignoreFile(), JSON.stringify({ ignore: [{ quote: 'all available means', speaker: 'Zelensky', note: 'checked with the desk' }] }));
    await diagnosticsWhere(editor.document.uri, 'the finding ignored', (list) => list.length === 0, 15_000);
  });
});
