// The ignore lists of the workspace folders (`.attributor/ignore.json`, a file that can be committed), kept in
// memory, reloaded when the file changes; adding a quote is an edit of that file for the client to apply.
import { URI, Utils } from 'vscode-uri';
import { addToIgnoreList, EMPTY_IGNORE_LIST, IGNORE_FILE, parseIgnoreFile, serializeIgnoreFile, type IgnoreEntry, type IgnoreList } from '../core';
import { readTextIfExists, type AttributorWorkspace, type ServiceLogger, type WorkspaceFileSystem } from './workspace';

/** The new text of an ignore file, and whether the file exists yet. */
export interface IgnoreFileEdit {
  readonly uri: string;
  readonly exists: boolean;
  /** The file's text before the edit ('' when it does not exist). */
  readonly before: string;
  readonly after: string;
}

function withSlash(uri: string): string {
  return uri.endsWith('/') ? uri : uri + '/';
}

export class IgnoreLists {
  private lists = new Map<string, IgnoreList>();
  private loading: Promise<void> | undefined;
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

  /** Reads every folder's ignore file again; tells the listeners when a list changed. */
  reload(): Promise<void> {
    const load = (async () => {
      const lists = new Map<string, IgnoreList>();
      for (const folder of this.workspace.folders()) {
        const uri = this.fileOf(folder);
        try {
          const text = await readTextIfExists(this.fs, uri);
          if (text === undefined) continue;
          const { list, problems } = parseIgnoreFile(text);
          for (const problem of problems) this.logger.warn(`${uri}: ${problem}`);
          lists.set(folder, list);
        } catch (error) {
          this.logger.warn(`Could not read the ignore file ${uri}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
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
   * The edit that adds `entry` to the ignore file of the document's folder. `openText` is the file's text when it is
   * open in the editor (it wins over the disk). Throws with a message for the writer when the file cannot be read.
   */
  async planAdd(documentUri: string, entry: IgnoreEntry, openText?: string): Promise<IgnoreFileEdit | undefined> {
    const folder = this.folderFor(documentUri);
    if (!folder) return undefined;
    const uri = this.fileOf(folder);
    const current = openText ?? (await readTextIfExists(this.fs, uri));
    let list: IgnoreList = EMPTY_IGNORE_LIST;
    if (current !== undefined && current.trim()) {
      const parsed = parseIgnoreFile(current);
      if (parsed.problems.length && !parsed.list.entries.length) {
        throw new Error(`${IGNORE_FILE} could not be read (${parsed.problems.join('; ')}); fix it before adding to it.`);
      }
      list = parsed.list;
    }
    return { uri, exists: current !== undefined, before: current ?? '', after: serializeIgnoreFile(addToIgnoreList(list, entry)) };
  }

  /** The edit was applied: use the new list now, without waiting for the file watcher. */
  applied(documentUri: string, entry: IgnoreEntry): void {
    const folder = this.folderFor(documentUri);
    if (!folder) return;
    this.lists.set(folder, addToIgnoreList(this.listFor(documentUri), entry));
    this.fire();
  }

  private fire(): void {
    for (const listener of this.listeners) listener();
  }
}
