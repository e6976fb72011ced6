// The sources and their index. Loading starts when asked and runs off the request path: the index is built a step
// at a time (no step holds the thread long), and until it is done every feature answers from the index it had.
import { URI, Utils } from 'vscode-uri';
import {
  ALIAS_FILE,
  buildCorpusIndex,
  openCorpusIndex,
  parseAliasFile,
  prepareCompletionSteps,
  type AliasTable,
  type AnalyzedArticle,
  type CacheStore,
  type CorpusIndex,
  type LoadProblem,
} from '../core';
import { buildIndex, buildListedIndex, runInSlices, sliced, type BuildTiming, type IndexThread } from './indexBuild';
import type { AttributorWorkspace, ServiceLogger, WorkspaceFileSystem } from './workspace';
import { folderHolding, linkOnPath, readFolderFile } from './workspacePaths';

export interface SourceFolder {
  readonly uri: string;
  /** How the writer named it: relative to its workspace folder, or `bundled corpus`. */
  readonly label: string;
  readonly bundled: boolean;
}

/** A persisted index's store and the engine's version (another engine's index is never read). */
export interface IndexCache {
  readonly store: CacheStore;
  readonly engine: string;
}

/** A source folder left unread because the workspace is not trusted. */
export interface UntrustedFolder {
  readonly label: string;
  readonly reason: string;
}

export interface LoadStats extends BuildTiming {
  readonly articles: number;
  /** How the persisted index served this load: `warm` (taken whole), `partial`, `cold`, or `off` (none kept). */
  readonly cache: 'warm' | 'partial' | 'cold' | 'off';
  /** The files and folders that could not be read (also logged). */
  readonly problems: readonly LoadProblem[];
  /** The source folders not read because the workspace is not trusted (also logged). */
  readonly untrusted: readonly UntrustedFolder[];
  readonly ms: number;
}

/** Resolves an `attributor.sources` entry against its workspace folder: relative, absolute, or a URI of its own. */
export function resolveSourceFolder(workspaceFolder: string, entry: string): string {
  if (/^[a-zA-Z][\w+.-]+:\/\//.test(entry)) return URI.parse(entry).toString();
  const base = URI.parse(workspaceFolder);
  if (entry.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(entry)) return base.with({ path: URI.file(entry).path }).toString();
  return Utils.joinPath(base, entry).toString();
}

function withSlash(uri: string): string {
  return uri.endsWith('/') ? uri : uri + '/';
}

export class SourceLibrary {
  private currentIndex: CorpusIndex | undefined;
  private indexPromise: Promise<CorpusIndex>;
  private resolveFirst!: (index: CorpusIndex) => void;
  private loading = 0;
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  private folderList: SourceFolder[] = [];
  private lastStats: LoadStats | undefined;
  private readonly listeners = new Set<(index: CorpusIndex) => void>();
  private readonly startListeners = new Set<() => void>();
  /** Grows with each index put in place. */
  generation = 0;
  /** Aborts the load under way, when a newer one starts (its worker thread is ended). */
  private loadUnderWay: AbortController | undefined;
  /** The completion structures of the index in use being made between requests; stopped when a newer load begins. */
  private completionPrep: AbortController | undefined;

  constructor(
    private readonly workspace: AttributorWorkspace,
    private readonly fs: WorkspaceFileSystem,
    private readonly logger: ServiceLogger,
    private readonly indexCache?: IndexCache,
    /** Where the index is built when the host has a thread for it (else on this thread, in slices). */
    private readonly indexThread?: IndexThread,
  ) {
    this.indexPromise = new Promise((resolve) => (this.resolveFirst = resolve));
  }

  /** The index, once the first load finished (the previous one while the next is built). */
  get current(): CorpusIndex | undefined {
    return this.currentIndex;
  }

  get stats(): LoadStats | undefined {
    return this.lastStats;
  }

  get folders(): readonly SourceFolder[] {
    return this.folderList;
  }

  get isLoading(): boolean {
    return this.loading > 0;
  }

  /** Resolves with the latest index (waits for a load in progress). Never rejects. */
  ready(): Promise<CorpusIndex> {
    return this.indexPromise;
  }

  /** Calls `listener` with each new index. */
  onDidChange(listener: (index: CorpusIndex) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Calls `listener` when a load begins. */
  onDidStartLoading(listener: () => void): () => void {
    this.startListeners.add(listener);
    return () => this.startListeners.delete(listener);
  }

  /** Reloads after `delay` ms of quiet (saves in a watched folder come in bursts). */
  scheduleReload(reason: string, delay = 300): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => {
      this.reloadTimer = undefined;
      void this.reload(reason);
    }, delay);
  }

  /**
   * Files of the sources changed. The one seam through which the index learns of changes. With a persisted index,
   * the reload reads and analyses only the changed files (and the articles whose names they change), keeps them in
   * the persisted index's delta (the index file is not written again) and patches the word and quote indexes;
   * without one (a virtual workspace), the index is built whole, off the request path.
   */
  sourcesChanged(uris: readonly string[]): void {
    this.scheduleReload(`${uris.length === 1 ? uris[0] : `${uris.length} files`} changed`, 500);
  }

  /** Reloads every source folder and rebuilds the index. The latest call wins. */
  async reload(reason: string): Promise<CorpusIndex> {
    const generation = ++this.generation;
    const started = Date.now();
    this.loadUnderWay?.abort(new Error(`superseded by a newer load (${reason})`));
    // An index about to be replaced is not prepared further: its slices would only lengthen the waits of the requests
    // answered while the next one is read back (a completion asked of it meanwhile makes what it needs at once).
    this.completionPrep?.abort(new Error(`superseded by a newer load (${reason})`));
    const underWay = (this.loadUnderWay = new AbortController());
    this.loading++;
    for (const listener of this.startListeners) listener();
    const promise = this.load(reason, underWay.signal).then(
      (index) => index,
      (error) => {
        if (underWay.signal.aborted) return this.currentIndex ?? buildCorpusIndex([]);
        this.logger.error('Loading the sources failed', error);
        return this.currentIndex ?? buildCorpusIndex([]);
      },
    );
    if (this.currentIndex) this.indexPromise = promise;
    const index = await promise;
    this.loading--;
    if (this.loadUnderWay === underWay) this.loadUnderWay = undefined;
    if (generation !== this.generation) return this.indexPromise;
    this.currentIndex = index;
    this.indexPromise = Promise.resolve(index);
    this.resolveFirst(index);
    this.logger.info(`Indexed ${index.articles.length} source article(s) in ${Date.now() - started} ms (${reason}).`);
    for (const listener of this.listeners) listener(index);
    // What the first completion would make at once from an index read back (its dictionary of words, the quotes by
    // their openings), made now between requests: at 10,000 articles it held the thread 0.4-2 s at first use.
    const prep = (this.completionPrep = new AbortController());
    void runInSlices(prepareCompletionSteps(index), prep.signal).catch((error) => {
      if (!prep.signal.aborted) this.logger.error('Preparing the index for completion failed', error);
    });
    return index;
  }

  private async load(reason: string, signal: AbortSignal): Promise<CorpusIndex> {
    const started = Date.now();
    const { folders, untrusted } = await this.configuredFolders();
    this.folderList = folders;
    for (const f of untrusted) this.logger.warn(`Not reading the source folder ${f.label}: ${f.reason}, and this workspace is not trusted. Trust it (Workspaces: Manage Workspace Trust) to read it.`);
    this.logger.info(`Loading sources (${reason}) from ${this.folderList.map((f) => f.label).join(', ') || 'no folder'}.`);
    const aliases = await this.loadAliases();
    let timing: BuildTiming = { longestStepMs: 0, buildMs: 0 };
    let readBackStepMs = 0;
    const opened = await openCorpusIndex(this.fs, this.folderList.map((f) => f.uri), {
      aliases,
      cache: this.indexCache,
      logger: this.logger,
      // The persisted index is read back in slices, so hovers and completions are answered meanwhile.
      runSteps: async (steps) => {
        const { value, longestStepMs } = await sliced(steps);
        readBackStepMs = Math.max(readBackStepMs, longestStepMs);
        return value;
      },
      build: async (articles, options, persistAs) => {
        const built = await buildIndex(articles, options, persistAs, this.indexThread, this.logger, signal);
        timing = built.timing;
        return built.index;
      },
      // With no persisted index to take articles from, a thread that reads the disk reads the files itself.
      buildListed: async (files, options, header) => {
        const built = await buildListedIndex(files, options, header, this.indexThread, this.logger, signal);
        if (built) timing = built.timing;
        return built;
      },
    });
    const { index, problems, cache } = opened;
    // No build (the persisted index read back whole, or patched with its changes): the longest step is the read-back's.
    if (!timing.builtIn) timing = { longestStepMs: readBackStepMs, buildMs: 0 };
    if (timing.builtIn) this.logger.info(`Index built ${timing.builtIn === 'thread' ? 'in its own thread' : "on the server's thread, in slices"} in ${timing.buildMs} ms; the server's thread was held at most ${timing.longestStepMs} ms at a time.`);
    if (cache !== 'off') this.logger.info(`Persisted index: ${cache}, ${opened.reused} of ${index.articles.length} article(s) taken from it.`);
    this.lastStats = { articles: index.articles.length, problems, untrusted, ms: Date.now() - started, cache, ...timing };
    return index;
  }

  private async loadAliases(): Promise<AliasTable | undefined> {
    const entries: Array<AliasTable['entries'][number]> = [];
    for (const folder of this.workspace.folders()) {
      const uri = Utils.joinPath(URI.parse(folder), ALIAS_FILE).toString();
      try {
        const text = await readFolderFile(this.workspace, this.fs, this.logger, folder, uri);
        if (text === undefined) continue;
        const { table, problems } = parseAliasFile(text);
        for (const problem of problems) this.logger.warn(`${uri}: ${problem}`);
        for (const entry of table.entries) entries.push(entry); // an alias file may hold more entries than a call takes arguments
      } catch (error) {
        this.logger.warn(`Could not read the alias file ${uri}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return entries.length ? { entries } : undefined;
  }

  /**
   * The bundled corpus and the folders of `attributor.sources`. In an untrusted workspace a folder outside the
   * workspace folders, or reached through a symbolic link, is left unread (said, not an error).
   */
  private async configuredFolders(): Promise<{ folders: SourceFolder[]; untrusted: UntrustedFolder[] }> {
    const folders: SourceFolder[] = [];
    const untrusted: UntrustedFolder[] = [];
    const workspaceFolders = this.workspace.folders();
    const windowSettings = await this.workspace.settings(undefined);
    if (windowSettings.includeBundledCorpus && this.workspace.bundledCorpus) folders.push({ uri: this.workspace.bundledCorpus, label: 'bundled corpus', bundled: true });
    const seen = new Set<string>();
    for (const workspaceFolder of this.workspace.folders()) {
      for (const entry of (await this.workspace.settings(workspaceFolder)).sources) {
        const uri = resolveSourceFolder(workspaceFolder, entry);
        if (seen.has(uri)) continue;
        seen.add(uri);
        const label = decodeURIComponent(uri.startsWith(withSlash(workspaceFolder)) ? uri.slice(withSlash(workspaceFolder).length) : URI.parse(uri).fsPath || uri);
        if (this.workspace.trusted === false) {
          const holder = folderHolding(workspaceFolders, uri);
          const link = holder ? await linkOnPath(this.fs, holder, uri) : undefined;
          if (!holder || link) {
            untrusted.push({ label, reason: holder ? `it is reached through the symbolic link ${link}` : 'it is outside the workspace' });
            continue;
          }
        }
        folders.push({ uri, label, bundled: false });
      }
    }
    return { folders, untrusted };
  }

  /** Whether `uri` lies in a configured source folder (sources are not drafts: they are not checked). */
  isSource(uri: string): boolean {
    return this.folderList.some((f) => uri === f.uri || uri.startsWith(withSlash(f.uri)));
  }

  article(id: string): AnalyzedArticle | undefined {
    return this.currentIndex?.article(id);
  }

  /** The URI of an article's file (article paths are URIs here; a plain path is a file). */
  fileUri(article: AnalyzedArticle): string {
    return /^[a-zA-Z][\w+.-]*:/.test(article.path) && !/^[a-zA-Z]:[\\/]/.test(article.path) ? article.path : URI.file(article.path).toString();
  }

  dispose(): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    this.listeners.clear();
    this.startListeners.clear();
  }
}
