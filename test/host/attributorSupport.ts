// Shared helpers of the in-host specs (test/host/*.spec.ts): real VS Code APIs only, no mocks.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { AttributorApi } from '../../src/client/main';

export const EXTENSION_ID = 'attributor.attributor';

/** The extension, activated, with its sources indexed. */
export async function attributor(): Promise<AttributorApi> {
  const extension = vscode.extensions.getExtension<AttributorApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed in the test host`);
  const api = await extension.activate();
  const articles = await api.whenIndexed();
  assert.ok(articles >= 5, `the bundled corpus is indexed (${articles} articles)`);
  return api;
}

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is open');
  return folder;
}

export function workspaceFile(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, relative);
}

/** Opens a fixture draft of the test workspace in an editor. */
export async function openFixture(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relative));
  return vscode.window.showTextDocument(document);
}

/** A new untitled draft with `content`, in an editor. */
export async function openDraft(content: string, language = 'markdown'): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language, content });
  return vscode.window.showTextDocument(document);
}

/**
 * Reverts and closes every editor, so that no test leaves unsaved text behind (and no save prompt appears); then waits
 * until the closed untitled drafts' findings are cleared. VS Code gives the next untitled draft the same name
 * (`Untitled-1`), and until the server's clearing arrives the new draft would show the old one's findings, with
 * quick fixes made for the old text.
 */
export async function closeAllEditors(): Promise<void> {
  const untitled = vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .map((tab) => (tab.input instanceof vscode.TabInputText ? tab.input.uri : undefined))
    .filter((uri): uri is vscode.Uri => uri?.scheme === 'untitled');
  for (let i = 0; i < 30 && vscode.window.visibleTextEditors.length + vscode.window.tabGroups.all.flatMap((g) => g.tabs).length > 0; i++) {
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab ?? vscode.window.tabGroups.all.flatMap((g) => g.tabs)[0];
    if (!tab) break;
    if (tab.isDirty) {
      await vscode.window.showTextDocument((tab.input as vscode.TabInputText).uri, { preview: false });
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } else {
      await vscode.window.tabGroups.close(tab);
    }
  }
  for (const uri of untitled) await waitFor(`the findings of the closed ${uri.toString()} cleared`, () => attributorDiagnostics(uri).length === 0);
}

export async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` until it returns something truthy; fails with `what` after `timeout` ms. */
export async function waitFor<T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}${last ? ` (${String(last)})` : ''}`);
    await sleep(50);
  }
}

export function attributorDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'attributor');
}

/** Waits until the document's Attributor diagnostics satisfy `accept`. */
export async function diagnosticsWhere(uri: vscode.Uri, what: string, accept: (ds: vscode.Diagnostic[]) => boolean, timeout = 10_000): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const ds = attributorDiagnostics(uri);
    return accept(ds) ? ds : undefined;
  }, timeout);
}

/** Waits for the automatic check of a document that was just opened or edited, and returns its diagnostics. */
export async function settledDiagnostics(document: vscode.TextDocument): Promise<vscode.Diagnostic[]> {
  // The command checks now and resolves when the diagnostics are published: the automatic check has also run by then.
  await vscode.commands.executeCommand('attributor.checkDocument', document.uri);
  return attributorDiagnostics(document.uri);
}

export function diagnosticCode(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' ? d.code.value : d.code;
}

export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

export async function hoverAt(document: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
  return hoverText(hovers);
}

export async function completionsAt(document: vscode.TextDocument, position: vscode.Position, trigger?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, trigger);
  return list?.items ?? [];
}

export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** Only Attributor's completion items (other providers, e.g. word-based suggestions, are left out). */
export function quoteCompletions(items: vscode.CompletionItem[]): vscode.CompletionItem[] {
  return items.filter((i) => i.kind === vscode.CompletionItemKind.Reference && typeof i.detail === 'string' && i.detail.includes(' — '));
}

/** Accepts a completion item as the editor would: its text edit over its range, plus its additional edits, in one edit. */
export async function acceptCompletion(editor: vscode.TextEditor, item: vscode.CompletionItem, position: vscode.Position): Promise<void> {
  const range = item.range === undefined ? new vscode.Range(position, position) : item.range instanceof vscode.Range ? item.range : item.range.replacing;
  const insert = item.insertText ?? labelOf(item);
  if (insert instanceof vscode.SnippetString) {
    assert.ok(!item.additionalTextEdits?.length, 'a snippet completion carries no additional edits');
    const ok = await editor.insertSnippet(insert, range);
    assert.ok(ok, 'the snippet was inserted');
    return;
  }
  const ok = await editor.edit((b) => {
    b.replace(range, insert);
    for (const e of item.additionalTextEdits ?? []) b.replace(e.range, e.newText);
  });
  assert.ok(ok, 'the completion was applied');
}

export async function codeActionsAt(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>('vscode.executeCodeActionProvider', document.uri, range, vscode.CodeActionKind.QuickFix.value);
  // A plain Command has a string `command`; a CodeAction has an optional Command object there.
  return (actions ?? []).filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
}

/** Runs a code action the way the editor does: its edit, then its command. */
export async function runCodeAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `the edit of “${action.title}” applies`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** Updates an Attributor setting in the workspace (the test workspace is a throwaway copy). */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('attributor').update(key, value, vscode.ConfigurationTarget.Workspace);
}

export function offsetOf(document: vscode.TextDocument, needle: string, from = 0): number {
  const at = document.getText().indexOf(needle, from);
  assert.ok(at >= 0, `“${needle}” is in the document`);
  return at;
}

export function rangeText(document: vscode.TextDocument, range: vscode.Range): string {
  return document.getText(range);
}

/**
 * Accepts the active item of the quick pick a command opened, once it shows, and waits for the document to change.
 * Returns the document's new text.
 */
export async function acceptQuickPickInto(document: vscode.TextDocument, timeout = 10_000): Promise<string> {
  const original = document.getText();
  const deadline = Date.now() + timeout;
  while (document.getText() === original) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for the quick pick choice to change the document');
    await sleep(150);
    // Does nothing until the quick pick is open (and after it closed).
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  }
  return document.getText();
}
