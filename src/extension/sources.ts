import * as vscode from 'vscode';
import {
  buildCorpusIndex,
  buildCorpusIndexAsync,
  loadCorpus,
  parseAliasFile,
  positionAt,
  type AliasTable,
  type AnalyzedArticle,
  type CorpusIndex,
  type LoadProblem,
  type SourceArticle,
  type SourceLocation,
} from '../core';
import { includeBundledCorpus, sourceFoldersFor } from './config';
import type { Log } from './log';
import { readWorkspaceFiles, workspaceCorpusFs } from './workspaceFs';

export const ALIAS_FILE = '.attributor/aliases.json';

export interface SourceFolder {
  readonly uri: vscode.Uri;
  readonly label: string;
  readonly bundled: boolean;
}

export interface LoadStats {
  readonly articles: number;
  /** The files and folders that could not be read (also in the output channel). */
  readonly problems: readonly LoadProblem[];
  readonly ms: number;
}

/**
 * The sources and their index. Loading is asynchronous and starts after activation; everything that needs the index
 * awaits `ready()`, typing-path features use `current` and do nothing until it exists. Source folders are watched
 * and re-indexed (debounced) when they change.
 */
export class SourceLibrary implements vscode.Disposable {
  private indexPromise: Promise<CorpusIndex>;
  private resolveFirst!: (index: CorpusIndex) => void;
  private currentIndex: CorpusIndex | undefined;
  private generation = 0;
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  private watchers: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<CorpusIndex>();
  private folders: SourceFolder[] = [];
  private lastStats: LoadStats | undefined;
  /** Fires with the new index whenever the sources were (re)loaded. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: Log,
  ) {
    this.indexPromise = new Promise((resolve) => (this.resolveFirst = resolve));
    this.disposables.push(
      this.changed,
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('attributor.sources') || e.affectsConfiguration('attributor.includeBundledCorpus')) this.scheduleReload('settings changed');
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.scheduleReload('workspace folders changed')),
    );
  }

  /** The index, once the first load finished. */
  get current(): CorpusIndex | undefined {
    return this.currentIndex;
  }

  get stats(): LoadStats | undefined {
    return this.lastStats;
  }

  get sourceFolders(): readonly SourceFolder[] {
    return this.folders;
  }

  /** Resolves with the latest index (waits for a load in progress). Never rejects. */
  ready(): Promise<CorpusIndex> {
    return this.indexPromise;
  }

  /** Starts watching and the first load; called after activation returned (creating watchers is not free). */
  start(): void {
    // The folder too: when `.attributor/` is created with the file in it, a watcher may report only the folder.
    const aliasWatcher = vscode.workspace.createFileSystemWatcher('**/.attributor{,/aliases.json}');
    this.disposables.push(
      aliasWatcher,
      aliasWatcher.onDidChange(() => this.scheduleReload('alias file changed')),
      aliasWatcher.onDidCreate(() => this.scheduleReload('alias file created')),
      aliasWatcher.onDidDelete(() => this.scheduleReload('alias file deleted')),
    );
    void this.reload('startup');
  }

  scheduleReload(reason: string, delay = 300): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => {
      this.reloadTimer = undefined;
      void this.reload(reason);
    }, delay);
  }

  /** Reloads every source folder and rebuilds the index. The latest call wins. */
  async reload(reason: string): Promise<CorpusIndex> {
    const generation = ++this.generation;
    const started = Date.now();
    const promise = this.load(reason).then(
      (result) => result,
      (error) => {
        this.log.error('Loading the sources failed', error);
        return this.currentIndex ?? emptyIndex();
      },
    );
    if (this.currentIndex) this.indexPromise = promise;
    const index = await promise;
    if (generation !== this.generation) return this.indexPromise;
    this.currentIndex = index;
    this.indexPromise = Promise.resolve(index);
    this.resolveFirst(index);
    this.log.info(`Indexed ${index.articles.length} source article(s) in ${Date.now() - started} ms (${reason}).`);
    this.changed.fire(index);
    return index;
  }

  private async load(reason: string): Promise<CorpusIndex> {
    const started = Date.now();
    this.folders = this.configuredFolders();
    this.watch(this.folders);
    this.log.info(`Loading sources (${reason}) from ${this.folders.map((f) => f.label).join(', ') || 'no folder'}.`);
    const articles: SourceArticle[] = [];
    const seen = new Set<string>();
    const problems: LoadProblem[] = [];
    for (const folder of this.folders) {
      try {
        const loaded = await loadCorpus(workspaceCorpusFs, folder.uri.toString(), { logger: this.log });
        // loadCorpus already reported each problem to the log.
        problems.push(...loaded.problems);
        for (const article of loaded.articles) {
          let id = article.id;
          for (let n = 2; seen.has(id); n++) id = `${article.id}-${n}`;
          if (id !== article.id) this.log.warn(`Two sources are named ${article.id}; ${article.path} is cited as ${id}.`);
          seen.add(id);
          articles.push(id === article.id ? article : { ...article, id });
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        problems.push({ path: folder.uri.toString(), message });
        this.log.warn(`Could not read the source folder ${folder.label}: ${message}`);
      }
    }
    const aliases = await this.loadAliases();
    // A few hundred articles at a time: completion, hover and checks of open drafts go on while a large folder is indexed.
    const index = await buildCorpusIndexAsync(articles, aliases ? { aliases } : {});
    this.lastStats = { articles: index.articles.length, problems, ms: Date.now() - started };
    return index;
  }

  private async loadAliases(): Promise<AliasTable | undefined> {
    const files = await readWorkspaceFiles(ALIAS_FILE, 'alias file', (text) => {
      const { table, problems } = parseAliasFile(text);
      return { value: table, problems };
    }, this.log);
    const entries = files.flatMap(({ value }) => value.entries);
    return entries.length ? { entries } : undefined;
  }

  private configuredFolders(): SourceFolder[] {
    const folders: SourceFolder[] = [];
    if (includeBundledCorpus()) {
      folders.push({ uri: vscode.Uri.joinPath(this.extensionUri, 'corpus'), label: 'bundled corpus', bundled: true });
    }
    const seen = new Set<string>();
    for (const wf of vscode.workspace.workspaceFolders ?? []) {
      for (const uri of sourceFoldersFor(wf)) {
        if (seen.has(uri.toString())) continue;
        seen.add(uri.toString());
        folders.push({ uri, label: vscode.workspace.asRelativePath(uri, true), bundled: false });
      }
    }
    return folders;
  }

  private watch(folders: readonly SourceFolder[]): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const folder of folders) {
      if (folder.bundled) continue;
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder.uri, '**/*'));
      const onChange = (uri: vscode.Uri) => this.scheduleReload(`${vscode.workspace.asRelativePath(uri)} changed`, 500);
      this.watchers.push(watcher, watcher.onDidChange(onChange), watcher.onDidCreate(onChange), watcher.onDidDelete(onChange));
    }
  }

  /** Whether `uri` lies in a configured source folder (sources are not drafts: they are not checked). */
  isSource(uri: vscode.Uri): boolean {
    const s = uri.toString();
    return this.folders.some((f) => s === f.uri.toString() || s.startsWith(f.uri.toString().replace(/\/?$/, '/')));
  }

  article(id: string): AnalyzedArticle | undefined {
    return this.currentIndex?.article(id);
  }

  /** The URI of the article's file (the file URI for files on disk). */
  fileUri(article: SourceArticle): vscode.Uri {
    try {
      return /^[a-zA-Z][\w+.-]*:/.test(article.path) && !/^[a-zA-Z]:[\\/]/.test(article.path)
        ? vscode.Uri.parse(article.path, true)
        : vscode.Uri.file(article.path);
    } catch {
      return vscode.Uri.file(article.path);
    }
  }

  /** The range of a source location in its article. */
  rangeOf(article: AnalyzedArticle, location: { start: number; end: number }): vscode.Range {
    const lineStarts = article.lineStarts;
    const a = positionAt(lineStarts, location.start);
    const b = positionAt(lineStarts, Math.max(location.start, location.end));
    return new vscode.Range(a.line, a.column, b.line, b.column);
  }

  /** Where a source location is, as a `vscode.Location` on the source file. */
  location(location: SourceLocation): vscode.Location | undefined {
    const article = this.article(location.sourceId);
    if (!article) return undefined;
    return new vscode.Location(this.fileUri(article), this.rangeOf(article, location));
  }

  dispose(): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** An index over no articles, used when loading failed before any index existed. */
export function emptyIndex(): CorpusIndex {
  return buildCorpusIndex([]);
}
