// The Attributor language server on any connection: the node entry (stdio, IPC) and a web worker's entry pass theirs.
// Nothing here needs Node: files on disk are read through the file system the entry gives, other files through the
// client.
import { TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { IndexStatusNotification, ServerCommand, WorkspaceTrustNotification, type IndexStatus, type InitializationOptions } from '../protocol/lspExtensions';
import { createAttributorService } from '../service/attributorService';
import { COMPLETION_TRIGGERS } from '../service/completion';
import { recordingDocuments } from '../service/documentEdits';
import type { IndexCache } from '../service/sourceLibrary';
import type { IndexThread } from '../service/indexBuild';
import type { ArchiveOpener } from '../service/archiveConnections';
import type { AttributorWorkspace, ServiceLogger, WorkspaceFileSystem } from '../service/workspace';
import { connectionLogger } from './serverLog';
import { registerCustomRequests } from './customRequests';
import { DraftDiagnostics } from './draftDiagnostics';
import { clientFileSystem, routedFileSystem } from './fileSystems';
import { FileWatching } from './fileWatching';
import { ServerSettings } from './serverSettings';

export interface ServerHost {
  /** Reads `file:` URIs from the disk, where there is one. */
  readonly localFileSystem?: WorkspaceFileSystem;
  /** The bundled corpus folder (a URI), where the server ships one. */
  readonly bundledCorpus?: string;
  /** Where the host can keep the sources' index in the folder the client names (`indexCache`), if it can. */
  readonly indexCache?: (folder: string) => IndexCache | undefined;
  /** Opens the newsroom's archive (`attributor.archive.url`), where the host can reach a database. */
  readonly openArchive?: ArchiveOpener;
  /** Builds the sources' index in a thread of its own, where the host has threads (Node's worker threads). */
  readonly indexThread?: IndexThread;
}

export function startServer(connection: Connection, host: ServerHost): void {
  // LSP's documents, each edit's range noted (a re-check is told what changed).
  const documents = new TextDocuments(recordingDocuments);
  const logger: ServiceLogger = connectionLogger(connection);
  let folders: string[] = [];
  let settings: ServerSettings | undefined;
  let initial: InitializationOptions = {};
  let canWatch = false;
  let hasFolderEvents = false;
  let trusted = true;

  const workspace: AttributorWorkspace = {
    folders: () => folders,
    settings: (resource) => settings!.get(resource),
    get bundledCorpus() {
      return initial.bundledCorpus ?? host.bundledCorpus;
    },
    get trusted() {
      return trusted;
    },
  };
  // Disk files directly where the host has a disk; every other scheme through the client.
  const fs = routedFileSystem(host.localFileSystem, clientFileSystem(connection));
  let service: ReturnType<typeof createAttributorService> | undefined;
  let diagnostics: DraftDiagnostics | undefined;
  let watching: FileWatching | undefined;
  let sourcesKey = '';

  const status = (): IndexStatus => ({
    state: !service || service.library.isLoading || !service.library.current ? 'indexing' : 'ready',
    articles: service?.library.current?.articles.length ?? 0,
    problems: service?.library.stats?.problems ?? [],
    generation: service?.library.generation ?? 0,
    ...(service?.library.stats ? { longestStepMs: service.library.stats.longestStepMs, buildMs: service.library.stats.buildMs, cache: service.library.stats.cache } : {}),
    ...(service?.library.stats?.untrusted.length ? { untrusted: service.library.stats.untrusted } : {}),
  });
  const sendStatus = () => void connection.sendNotification(IndexStatusNotification, status());

  /** What the source folders depend on: a change reloads the sources. */
  const currentSourcesKey = async () => JSON.stringify([(await workspace.settings(undefined)).includeBundledCorpus, ...(await Promise.all(folders.map(async (f) => (await workspace.settings(f)).sources)))]);

  connection.onInitialize((params): InitializeResult => {
    initial = (params.initializationOptions ?? {}) as InitializationOptions;
    trusted = initial.workspaceTrusted !== false;
    folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (!folders.length && params.rootUri) folders = [params.rootUri];
    const capabilities = params.capabilities;
    settings = new ServerSettings(connection, capabilities.workspace?.configuration === true, initial.settings);
    canWatch = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    hasFolderEvents = capabilities.workspace?.workspaceFolders === true;
    service = createAttributorService({
      workspace,
      fs,
      logger,
      commandLinks: initial.commandLinks === true,
      indexCache: typeof initial.indexCache === 'string' ? host.indexCache?.(initial.indexCache) : undefined,
      openArchive: host.openArchive,
      indexThread: host.indexThread,
    });
    diagnostics = new DraftDiagnostics(connection, documents, service, workspace, logger);
    watching = new FileWatching(connection, service, workspace, canWatch);
    registerCustomRequests(connection, documents, service, diagnostics, fs, logger, status);
    service.library.onDidStartLoading(sendStatus);
    service.library.onDidChange(() => {
      sendStatus();
      watching?.update();
      diagnostics?.recheckAll('sources changed');
    });
    service.ignores.onDidChange(() => diagnostics?.recheckAll('ignore list changed'));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        executeCommandProvider: { commands: Object.values(ServerCommand) },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'attributor-ls', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    if (hasFolderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        folders = [...folders.filter((f) => !e.removed.some((r) => r.uri === f)), ...e.added.map((a) => a.uri)];
        settings?.changed(undefined);
        void service?.ignores.reload();
        service?.library.scheduleReload('workspace folders changed');
      });
    }
    sourcesKey = await currentSourcesKey();
    sendStatus();
    await service!.start();
    watching?.update();
  });

  connection.onDidChangeConfiguration(async (change) => {
    settings?.changed(change.settings);
    const key = await currentSourcesKey();
    if (key !== sourcesKey) {
      sourcesKey = key;
      service?.library.scheduleReload('settings changed');
    } else {
      diagnostics?.recheckAll('settings changed');
    }
  });
  connection.onDidChangeWatchedFiles(({ changes }) => watching?.changed(changes));
  connection.onNotification(WorkspaceTrustNotification, ({ trusted: now }) => {
    if (now === trusted) return;
    trusted = now;
    void service?.ignores.reload();
    service?.library.scheduleReload(now ? 'workspace trusted' : 'workspace no longer trusted', 0);
  });

  documents.onDidOpen(({ document }) => diagnostics?.schedule(document, 0));
  documents.onDidChangeContent(({ document }) => diagnostics?.schedule(document));
  documents.onDidClose(({ document }) => diagnostics?.closed(document.uri));

  const guard = async <T>(what: string, fallback: T, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      logger.error(what, error);
      return fallback;
    }
  };
  connection.onHover((params, token) => guard('Hover', null, async () => {
    const document = documents.get(params.textDocument.uri);
    return document ? service!.hover(document, params.position, token) : null;
  }));
  connection.onCompletion((params, token) => guard('Quote completion', null, async () => {
    const document = documents.get(params.textDocument.uri);
    return document ? service!.completion(document, params.position, token) : null;
  }));
  connection.onCodeAction((params, token) => guard('Quick fixes', [], async () => {
    const document = documents.get(params.textDocument.uri);
    return document ? service!.codeActions(document, params.range, params.context, token) : [];
  }));
  connection.onShutdown(() => {
    diagnostics?.dispose();
    service?.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
