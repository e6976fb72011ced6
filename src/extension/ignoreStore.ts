import * as vscode from 'vscode';
import { addToIgnoreList, parseIgnoreFile, serializeIgnoreFile, type IgnoreEntry, type IgnoreList } from '../core';
import type { Log } from './log';
import { readTextIfExists, readWorkspaceFiles } from './workspaceFs';

export const IGNORE_FILE = '.attributor/ignore.json';

const EMPTY: IgnoreList = { entries: [] };

/**
 * The ignore lists of the workspace folders (`.attributor/ignore.json`, a file that can be committed), kept in memory,
 * reloaded when the file changes. A draft outside any folder uses the first folder's list.
 */
export class IgnoreStore implements vscode.Disposable {
  private lists = new Map<string, IgnoreList>();
  private loading: Promise<void>;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  private resolveFirstLoad!: () => void;

  constructor(private readonly log: Log) {
    // Pending until the first load (start() runs after activation): the first check waits for the ignore list.
    this.loading = new Promise((resolve) => (this.resolveFirstLoad = resolve));
    this.disposables.push(this.changed);
  }

  /** Starts watching the ignore files and loads them; called after activation returned. */
  start(): void {
    // The folder too: when `.attributor/` is created with the file in it, a watcher may report only the folder.
    const watcher = vscode.workspace.createFileSystemWatcher('**/.attributor{,/ignore.json}');
    const reload = () => void this.reload();
    this.disposables.push(
      watcher,
      watcher.onDidChange(reload),
      watcher.onDidCreate(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(reload),
    );
    void this.reload();
  }

  ready(): Promise<void> {
    return this.loading;
  }

  async reload(): Promise<void> {
    const load = (async () => {
      const files = await readWorkspaceFiles(IGNORE_FILE, 'ignore file', (text) => {
        const { list, problems } = parseIgnoreFile(text);
        return { value: list, problems };
      }, this.log);
      const lists = new Map<string, IgnoreList>(files.map(({ folder, value }) => [folder.uri.toString(), value]));
      const before = JSON.stringify([...this.lists]);
      this.lists = lists;
      if (JSON.stringify([...lists]) !== before) this.changed.fire();
    })();
    this.loading = load.catch((error) => this.log.error('Loading the ignore list failed', error));
    try {
      await load;
    } finally {
      this.resolveFirstLoad();
    }
  }

  /** The workspace folder whose ignore file applies to a document. */
  folderFor(uri: vscode.Uri): vscode.WorkspaceFolder | undefined {
    return vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
  }

  listFor(uri: vscode.Uri): IgnoreList {
    const folder = this.folderFor(uri);
    return (folder && this.lists.get(folder.uri.toString())) ?? EMPTY;
  }

  /**
   * Adds an entry to the ignore file of the document's folder as one workspace edit (undoable), and saves the file.
   * Returns the file's URI, or undefined when there is no workspace folder to keep it in.
   */
  async add(documentUri: vscode.Uri, entry: IgnoreEntry): Promise<vscode.Uri | undefined> {
    const folder = this.folderFor(documentUri);
    if (!folder) {
      void vscode.window.showWarningMessage('Attributor: open a folder to keep an ignore list (.attributor/ignore.json).');
      return undefined;
    }
    const uri = vscode.Uri.joinPath(folder.uri, IGNORE_FILE);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const current = open ? open.getText() : await readTextIfExists(uri);
    let list: IgnoreList = EMPTY;
    if (current !== undefined && current.trim()) {
      const parsed = parseIgnoreFile(current);
      if (parsed.problems.length && !parsed.list.entries.length) {
        throw new Error(`${IGNORE_FILE} could not be read (${parsed.problems.join('; ')}); fix it before adding to it.`);
      }
      list = parsed.list;
    }
    const next = addToIgnoreList(list, entry);
    const text = serializeIgnoreFile(next);
    const edit = new vscode.WorkspaceEdit();
    if (current === undefined) {
      edit.createFile(uri, { ignoreIfExists: false, contents: new TextEncoder().encode(text) });
    } else {
      const doc = open ?? (await vscode.workspace.openTextDocument(uri));
      edit.replace(uri, new vscode.Range(new vscode.Position(0, 0), doc.lineAt(doc.lineCount - 1).range.end), text);
    }
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`Could not write ${IGNORE_FILE}.`);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc?.isDirty) await doc.save();
    this.lists.set(folder.uri.toString(), next);
    this.changed.fire();
    return uri;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
