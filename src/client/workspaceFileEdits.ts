// The workspace files Attributor writes (the ignore file, the bibliography), once the server's edit is applied:
// saved when the writer had no unsaved changes in that file (editor and disk held the same text), left unsaved
// otherwise (their changes stay, the edit on top, one Undo away in the editor shown beside); then a message saying
// what was done, with an Undo that takes it back.
import * as vscode from 'vscode';
import { ServerCommand, type EditResult } from '../protocol/lspExtensions';
import { notificationText } from './displayText';

/** Takes back the last file edit (the Undo of its message). */
export const UNDO_FILE_EDIT_COMMAND = 'attributor.undoFileEdit';

/** The server commands whose edit writes a workspace file rather than the draft. */
const FILE_COMMANDS: ReadonlySet<string> = new Set([ServerCommand.ignoreQuote, ServerCommand.writeBibliography]);

type FileEdit = {
  readonly uri: vscode.Uri;
  /** The file's text just after the edit: other text means Undo would take back someone else's change. */
  readonly textAfter: string;
} & (
  /** Saved: Undo deletes the file it created, or puts back the text it held and saves it. */
  | { readonly saved: true; readonly created: true }
  | { readonly saved: true; readonly created: false; readonly previousText: string }
  /** Left unsaved over the writer's changes: Undo is the editor's. */
  | { readonly saved: false }
);

let lastEdit: FileEdit | undefined;

function openDocument(uri: string): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
}

/**
 * Runs a server command; when its edit wrote a workspace file, saves it (or not) and says what was done. `told`
 * tells the server what an Undo changed.
 */
export async function runFileCommand(command: string, args: unknown[], next: (command: string, args: unknown[]) => unknown, told: (uri: vscode.Uri, deleted: boolean) => Promise<void>): Promise<unknown> {
  if (!FILE_COMMANDS.has(command)) return next(command, args);
  const dirtyBefore = new Set(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()));
  const result = (await next(command, args)) as EditResult | undefined;
  if (!result?.applied || !result.savedFile) return result;
  const uri = vscode.Uri.parse(result.savedFile, true);
  const document = openDocument(uri.toString()) ?? (await vscode.workspace.openTextDocument(uri));
  const hadUnsaved = dirtyBefore.has(uri.toString());
  if (hadUnsaved) {
    await vscode.window.showTextDocument(document, { preview: false, preserveFocus: true, viewColumn: vscode.ViewColumn.Beside });
    lastEdit = { uri, textAfter: document.getText(), saved: false };
  } else {
    await document.save();
    // Without the text it replaced, a saved change has no Undo here: never delete a file Attributor did not create.
    if (result.created) lastEdit = { uri, textAfter: document.getText(), saved: true, created: true };
    else if (result.previousText !== undefined) lastEdit = { uri, textAfter: document.getText(), saved: true, created: false, previousText: result.previousText };
    else lastEdit = undefined;
  }
  const name = vscode.workspace.asRelativePath(uri);
  const what = `${result.done ?? 'Changed'}: ${name}.`;
  const message = hadUnsaved ? `${what} It had unsaved changes: they are kept, not saved (Undo in its editor takes the change back); save the file to keep both.` : what;
  const offers = hadUnsaved || lastEdit ? ['Undo'] : [];
  void vscode.window.showInformationMessage(notificationText(`Attributor: ${message}`), ...offers).then((choice) => (choice === 'Undo' ? undoFileEdit(told) : undefined));
  return result;
}

async function currentText(uri: vscode.Uri): Promise<string | undefined> {
  const open = openDocument(uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/**
 * Takes back the last file edit, if the file still holds what the edit left: a created file is deleted, a replaced
 * one gets its text back (one edit, saved), an unsaved one is undone in its editor.
 */
export async function undoFileEdit(told: (uri: vscode.Uri, deleted: boolean) => Promise<void>): Promise<boolean> {
  const edit = lastEdit;
  if (!edit) return false;
  const name = vscode.workspace.asRelativePath(edit.uri);
  if ((await currentText(edit.uri)) !== edit.textAfter) {
    void vscode.window.showInformationMessage(notificationText(`Attributor: ${name} changed since; use Undo in its editor.`));
    return false;
  }
  lastEdit = undefined;
  const document = await vscode.workspace.openTextDocument(edit.uri);
  if (!edit.saved) {
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('undo');
    return document.getText() !== edit.textAfter;
  }
  const revert = new vscode.WorkspaceEdit();
  if (edit.created) revert.deleteFile(edit.uri, { ignoreIfNotExists: true });
  else revert.replace(edit.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), edit.previousText);
  if (!(await vscode.workspace.applyEdit(revert))) return false;
  if (!edit.created) await document.save();
  await told(edit.uri, edit.created);
  return true;
}
