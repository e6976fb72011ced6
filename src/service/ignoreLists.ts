// The ignore lists of the workspace folders (`.attributor/ignore.json`, a file that can be committed), kept in
// memory, reloaded when the file changes; adding a quote is an edit of that file for the client to apply.
import { URI, Utils } from 'vscode-uri';
import { addToIgnoreFile, addToIgnoreList, EMPTY_IGNORE_LIST, IGNORE_FILE, parseIgnoreFile, type IgnoreEntry, type IgnoreFileChange, type IgnoreList } from '../core';
import { readTextIfExists, type AttributorWorkspace, type ServiceLogger, type WorkspaceFileSystem } from './workspace';
import { checkedTarget, readFolderFile } from './workspacePaths';

/** Adding to an ignore file: its URI, its text (as the editor holds it, or on disk), and the change. */
export interface IgnoreFilePlan {
  readonly uri: string;
  readonly exists: boolean;
  readonly text: string;
  /** The version of the editor's document the text is of (undefined: the disk's text). */
  readonly version?: number;
  readonly change: IgnoreFileChange;
}

function withSlash(uri: string): string {
  return uri.endsWith('/') ? uri : uri + '/';
}

export class IgnoreLists {
  private lists = new Map<string, IgnoreList>();
  private loading: Promise<void> | undefined;
  private generation = 0;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly workspace: AttributorWorkspace,
    private readonly fs: WorkspaceFileSystem,
    private readonly logger: ServiceLogger,
  ) {}

  onDidChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once the lists are loaded (the first call loads them). */
  ready(): Promise<void> {
    return (this.loading ??= this.reload());
  }

  /**
   * Reads every folder's ignore file again; tells the listeners when a list changed. Of reloads that overlap (an edit
   * and its Undo in quick succession), the last one started wins: an earlier one that reads slower must not put back
   * a file as it was before.
   */
  reload(): Promise<void> {
    const generation = ++this.generation;
    const load = (async (): Promise<void> => {
      const lists = new Map<string, IgnoreList>();
      for (const folder of this.workspace.folders()) {
        const uri = this.fileOf(folder);
        try {
          const text = await readFolderFile(this.workspace, this.fs, this.logger, folder, uri);
          if (text === undefined) continue;
          const { list, problems } = parseIgnoreFile(text);
          for (const problem of problems) this.logger.warn(`${uri}: ${problem}`);
          lists.set(folder, list);
        } catch (error) {
          this.logger.warn(`Could not read the ignore file ${uri}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      if (generation !== this.generation) return this.loading;
      const before = JSON.stringify([...this.lists]);
      this.lists = lists;
      if (JSON.stringify([...lists]) !== before) this.fire();
    })();
    this.loading = load;
    return load;
  }

  /** The workspace folder whose ignore file applies to a document: the one holding it, else the first. */
  folderFor(uri: string): string | undefined {
    const folders = this.workspace.folders();
    return [...folders].sort((a, b) => b.length - a.length).find((f) => uri.startsWith(withSlash(f))) ?? folders[0];
  }

  listFor(uri: string): IgnoreList {
    const folder = this.folderFor(uri);
    return (folder ? this.lists.get(folder) : undefined) ?? EMPTY_IGNORE_LIST;
  }

  fileOf(folder: string): string {
    return Utils.joinPath(URI.parse(folder), IGNORE_FILE).toString();
  }

  /**
   * How to add `entry` to the ignore file of the document's folder: a change of the file's text as the editor holds
   * it (`open`, unsaved changes included) or as it is on disk, leaving the rest as it is. Refused (with the reason)
   * where the file is reached through a symbolic link.
   */
  async planAdd(documentUri: string, entry: IgnoreEntry, open?: (uri: string) => { text: string; version: number } | undefined): Promise<IgnoreFilePlan | { refused: string } | undefined> {
    const folder = this.folderFor(documentUri);
    if (!folder) return undefined;
    const target = await checkedTarget(this.fs, folder, this.fileOf(folder), IGNORE_FILE);
    if ('refused' in target) return target;
    const editor = open?.(target.uri);
    const text = editor?.text ?? (await readTextIfExists(this.fs, target.uri));
    return { uri: target.uri, exists: text !== undefined, text: text ?? '', ...(editor ? { version: editor.version } : {}), change: addToIgnoreFile(text ?? '', entry) };
  }

  /** The edit was applied: use the new list now, without waiting for the file watcher. */
  applied(documentUri: string, entry: IgnoreEntry): void {
    const folder = this.folderFor(documentUri);
    if (!folder) return;
    // A reload under way read the file before the edit: its lists are older than these.
    this.generation++;
    this.loading = Promise.resolve();
    this.lists.set(folder, addToIgnoreList(this.listFor(documentUri), entry));
    this.fire();
  }

  private fire(): void {
    for (const listener of this.listeners) listener();
  }
}
