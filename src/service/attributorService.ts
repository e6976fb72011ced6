// The language features over the engine, returning LSP types, with no transport and no editor: the language server
// runs it over stdio or IPC, the tests run it in memory. createAttributorService({ workspace, fs, logger }) in the
// shape of vscode-markdown-languageservice; one feature a file; every call takes a CancellationToken.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import type { CodeAction, CodeActionContext, CompletionList, Diagnostic, Hover, Position, Range } from 'vscode-languageserver-types';
import type { CiteArgs, IgnoreQuoteArgs, InsertPassageArgs, WriteBibliographyArgs } from '../protocol/lspExtensions';
import { planWriteBibliography } from './bibliographyFile';
import { provideCodeActions } from './codeActions';
import { provideCompletion } from './completion';
import { ArchiveConnections, type ArchiveOpener } from './archiveConnections';
import type { ServiceContext } from './context';
import { computeDiagnostics, diagnosticsOfText, type DiagnosticsResult } from './diagnostics';
import { DraftChecks } from './draftChecks';
import { draftQuotes } from './draftQuotes';
import type { DraftQuotes } from '../protocol/lspExtensions';
import { planCite, planIgnoreQuote, planInsertPassage, type PlannedEdit } from './editCommands';
import { provideHover } from './hover';
import { IgnoreLists } from './ignoreLists';
import { SourceLibrary, type IndexCache } from './sourceLibrary';
import type { IndexThread } from './indexBuild';
import * as queries from './sourceQueries';
import type { AttributorWorkspace, ServiceLogger, WorkspaceFileSystem } from './workspace';

export interface AttributorServiceOptions {
  readonly workspace: AttributorWorkspace;
  readonly fs: WorkspaceFileSystem;
  readonly logger: ServiceLogger;
  /** The editor runs `command:` links and `$(icon)`s in hovers (VS Code). Default false. */
  readonly commandLinks?: boolean;
  /** Where the sources' index is persisted between starts (the editor's storage), keyed by the engine's version. */
  readonly indexCache?: IndexCache;
  /** Builds the index in a thread of its own (a Node worker thread), where the host has one. */
  readonly indexThread?: IndexThread;
  /** Opens a newsroom archive (`attributor.archive.url`); hosts without database access give none. */
  readonly openArchive?: ArchiveOpener;
}

export interface AttributorService {
  readonly library: SourceLibrary;
  readonly ignores: IgnoreLists;
  /** Loads the sources (the first index) and the ignore lists. */
  start(): Promise<void>;
  /** Reads the sources again, and opens the archive again (a server that was down is tried anew). */
  rebuild(): Promise<void>;
  diagnostics(document: TextDocument, token?: CancellationToken, force?: boolean): Promise<DiagnosticsResult | undefined>;
  diagnosticsOfText(uri: string, text: string): Promise<Diagnostic[]>;
  hover(document: TextDocument, position: Position, token?: CancellationToken): Promise<Hover | null>;
  completion(document: TextDocument, position: Position, token?: CancellationToken): Promise<CompletionList | null>;
  codeActions(document: TextDocument, range: Range, context: CodeActionContext, token?: CancellationToken): Promise<CodeAction[]>;
  cite(document: TextDocument, args: CiteArgs): Promise<PlannedEdit>;
  insertPassage(document: TextDocument, args: InsertPassageArgs): Promise<PlannedEdit>;
  /** `open`: a file's text and version in the editor, when it is open there. */
  ignoreQuote(args: IgnoreQuoteArgs, open?: (uri: string) => { text: string; version: number } | undefined): Promise<PlannedEdit>;
  sourceTree(parent?: string): ReturnType<typeof queries.sourceTree>;
  searchSources(query: string, limit?: number): ReturnType<typeof queries.searchSources>;
  speakers(): ReturnType<typeof queries.speakers>;
  speakerQuotes(key: string): ReturnType<typeof queries.speakerQuotes>;
  articles(): ReturnType<typeof queries.articles>;
  articleText(sourceId: string): ReturnType<typeof queries.articleText>;
  bibliography(): Promise<object[]>;
  /** The edit that writes the bibliography file, inside the workspace only. */
  writeBibliography(args: WriteBibliographyArgs): Promise<PlannedEdit>;
  quoteCandidates(document: TextDocument, selection: { start: number; end: number }): ReturnType<typeof queries.quoteCandidates>;
  /** Every quotation of a draft in order, and who is quoted (the "Quotes of this Draft" view). */
  draftQuotes(document: TextDocument): Promise<DraftQuotes | null>;
  /** A document closed: its cached check goes. */
  forget(uri: string): void;
  dispose(): void;
}

export function createAttributorService(options: AttributorServiceOptions): AttributorService {
  const { workspace, fs, logger } = options;
  const library = new SourceLibrary(workspace, fs, logger, options.indexCache, options.indexThread);
  const ignores = new IgnoreLists(workspace, fs, logger);
  const checks = new DraftChecks();
  const archives = new ArchiveConnections(options.openArchive, logger);
  ignores.onDidChange(() => checks.ignoresChanged());
  const ctx: ServiceContext = { workspace, fs, logger, library, ignores, checks, archives, commandLinks: options.commandLinks === true };
  return Object.freeze({
    library,
    ignores,
    async start() {
      await Promise.all([library.reload('startup'), ignores.ready()]);
    },
    async rebuild() {
      await archives.reset();
      await library.reload('rebuild requested');
    },
    diagnostics: (document, token, force) => computeDiagnostics(ctx, document, token, force),
    diagnosticsOfText: (uri, text) => diagnosticsOfText(ctx, uri, text),
    hover: (document, position, token) => provideHover(ctx, document, position, token),
    completion: (document, position, token) => provideCompletion(ctx, document, position, token),
    codeActions: (document, range, context, token) => provideCodeActions(ctx, document, range, context, token),
    cite: (document, args) => planCite(ctx, document, args),
    insertPassage: (document, args) => planInsertPassage(ctx, document, args),
    ignoreQuote: (args, open) => planIgnoreQuote(ctx, args, open),
    sourceTree: (parent) => queries.sourceTree(ctx, parent),
    searchSources: (query, limit) => queries.searchSources(ctx, query, limit),
    speakers: () => queries.speakers(ctx),
    speakerQuotes: (key) => queries.speakerQuotes(ctx, key),
    articles: () => queries.articles(ctx),
    articleText: (sourceId) => queries.articleText(ctx, sourceId),
    bibliography: () => queries.bibliography(ctx),
    writeBibliography: (args) => planWriteBibliography(ctx, args),
    quoteCandidates: (document, selection) => queries.quoteCandidates(ctx, document, selection),
    draftQuotes: (document) => draftQuotes(ctx, document),
    forget: (uri) => checks.forget(uri),
    dispose: () => {
      library.dispose();
      void archives.dispose();
    },
  } satisfies AttributorService);
}
