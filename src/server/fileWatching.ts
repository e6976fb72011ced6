// Watching what the index and the checks read: the source folders, and the ignore and alias files of each workspace
// folder. The client watches (workspace/didChangeWatchedFiles, registered per folder as relative patterns) and
// tells the server; a client that cannot watch leaves Rebuild Index to the writer.
import { DidChangeWatchedFilesNotification, WatchKind, type Connection, type FileEvent } from 'vscode-languageserver';
import type { Disposable } from 'vscode-languageserver-protocol';
import type { AttributorService } from '../service/attributorService';
import type { AttributorWorkspace } from '../service/workspace';

export class FileWatching {
  private registration: Promise<Disposable> | undefined;
  private watchedKey = '';

  constructor(
    private readonly connection: Connection,
    private readonly service: AttributorService,
    private readonly workspace: AttributorWorkspace,
    private readonly canRegister: boolean,
  ) {}

  /** Registers the watchers for the current folders (again when they changed). */
  update(): void {
    if (!this.canRegister) return;
    const sourceFolders = this.service.library.folders.filter((f) => !f.bundled).map((f) => f.uri);
    const key = JSON.stringify([this.workspace.folders(), sourceFolders]);
    if (key === this.watchedKey) return;
    this.watchedKey = key;
    const previous = this.registration;
    const all = WatchKind.Create | WatchKind.Change | WatchKind.Delete;
    this.registration = this.connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [
        // The folder too: when `.attributor/` is created with a file in it, a watcher may report only the folder.
        ...this.workspace.folders().map((baseUri) => ({ globPattern: { baseUri, pattern: '.attributor{,/ignore.json,/aliases.json}' }, kind: all })),
        ...sourceFolders.map((baseUri) => ({ globPattern: { baseUri, pattern: '**/*' }, kind: all })),
      ],
    });
    void previous?.then((d) => d.dispose(), () => undefined);
  }

  changed(changes: readonly FileEvent[]): void {
    const ignore = changes.some((c) => /\/\.attributor(\/ignore\.json)?$/.test(c.uri));
    const aliases = changes.some((c) => /\/\.attributor(\/aliases\.json)?$/.test(c.uri));
    const sources = changes.filter((c) => this.service.library.isSource(c.uri)).map((c) => c.uri);
    if (ignore) void this.service.ignores.reload();
    if (aliases) this.service.library.scheduleReload('alias file changed');
    else if (sources.length) this.service.library.sourcesChanged(sources);
  }
}
