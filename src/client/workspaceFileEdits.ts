// The workspace files Attributor writes (the ignore file, the bibliography), once the server's edit is applied:
// saved when the writer had no unsaved changes in that file (editor and disk held the same text), left unsaved
// otherwise (their changes stay, the edit on top, one Undo away); then a message saying what was done, with an Undo
// that takes it back.
import * as vscode from 'vscode';
import { ServerCommand, type EditResult } from '../protocol/lspExtensions';
import { notificationText } from './displayText';

/** Takes back the last file edit (the Undo of its message). */
export const UNDO_FILE_EDIT_COMMAND = 'attributor.undoFileEdit';

/** The server commands whose edit writes a workspace file rather than the draft. */
const FILE_COMMANDS: ReadonlySet<string> = new Set([ServerCommand.ignoreQuote, ServerCommand.writeBibliography]);

interface FileEdit {
  readonly document: vscode.TextDocument;
  /** The document's version just after the edit: a later change means Undo would take back something else. */
  readonly version: number;
  readonly saved: boolean;
  readonly created: boolean;
}

let lastEdit: FileEdit | undefined;

function openDocument(uri: string): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
}

/** Runs a server command; when its edit wrote a workspace file, saves it (or not) and says what was done. */
export async function runFileCommand(command: string, args: unknown[], next: (command: string, args: unknown[]) => unknown): Promise<unknown> {
  if (!FILE_COMMANDS.has(command)) return next(command, args);
  const dirtyBefore = new Set(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()));
  const result = (await next(command, args)) as EditResult | undefined;
  if (!result?.applied || !result.savedFile) return result;
  const uri = vscode.Uri.parse(result.savedFile, true).toString();
  const document = openDocument(uri) ?? (await vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true)));
  const hadUnsaved = dirtyBefore.has(uri);
  if (!hadUnsaved) await document.save();
  else await vscode.window.showTextDocument(document, { preview: false, preserveFocus: true, viewColumn: vscode.ViewColumn.Beside });
  lastEdit = { document, version: document.version, saved: !hadUnsaved, created: result.created === true };
  const name = vscode.workspace.asRelativePath(document.uri);
  const what = `${result.done ?? 'Changed'}: ${name}.`;
  const message = hadUnsaved ? `${what} It had unsaved changes: they are kept, not saved; save the file to keep both.` : what;
  void vscode.window.showInformationMessage(notificationText(`Attributor: ${message}`), 'Undo').then((choice) => (choice === 'Undo' ? undoFileEdit() : undefined));
  return result;
}

/** Takes back the last file edit: a created file is deleted, a changed one undone (and saved again if it was). */
export async function undoFileEdit(): Promise<boolean> {
  const edit = lastEdit;
  if (!edit) return false;
  const name = vscode.workspace.asRelativePath(edit.document.uri);
  if (edit.document.isClosed || edit.document.version !== edit.version) {
    void vscode.window.showInformationMessage(notificationText(`Attributor: ${name} changed since; use Undo in its editor.`));
    return false;
  }
  lastEdit = undefined;
  if (edit.created && edit.saved) {
    const removal = new vscode.WorkspaceEdit();
    removal.deleteFile(edit.document.uri, { ignoreIfNotExists: true });
    return vscode.workspace.applyEdit(removal);
  }
  await vscode.window.showTextDocument(edit.document, { preview: false });
  await vscode.commands.executeCommand('undo');
  if (edit.saved) await edit.document.save();
  return edit.document.version !== edit.version;
}
