// What every feature of the service shares: the sources, the ignore lists, the per-document checks, the host.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import { positionAt, type AnalyzedArticle, type CorpusIndex, type DraftReport, type SourceArticle, type TextSpan } from '../core';
import type { ArchiveConnections } from './archiveConnections';
import type { DraftChecks } from './draftChecks';
import type { IgnoreLists } from './ignoreLists';
import type { AttributorSettings } from './settings';
import type { SourceLibrary } from './sourceLibrary';
import type { AttributorWorkspace, ServiceLogger, WorkspaceFileSystem } from './workspace';
import type { Location, Range } from 'vscode-languageserver-types';
import { SOURCE_SCHEME } from '../protocol/lspExtensions';


export interface ServiceContext {
  readonly workspace: AttributorWorkspace;
  readonly fs: WorkspaceFileSystem;
  readonly logger: ServiceLogger;
  readonly library: SourceLibrary;
  readonly ignores: IgnoreLists;
  readonly checks: DraftChecks;
  /** The newsroom's archive, when `attributor.archive.url` names one and the host can open it. */
  readonly archives: ArchiveConnections;
  /** The editor runs `command:` links and `$(icon)`s in Markdown (VS Code does; other editors show them as text). */
  readonly commandLinks: boolean;
}

/** Whether a document is a draft Attributor serves: a language of `attributor.languages`, not a source. */
export function isServed(ctx: ServiceContext, document: TextDocument, settings: AttributorSettings): boolean {
  if (document.uri.startsWith(`${SOURCE_SCHEME}:`)) return false;
  return settings.languages.includes(document.languageId) && !ctx.library.isSource(document.uri);
}

/** The report of a document's text, unless it is over `attributor.diagnostics.maxLines` (then only on demand). */
export function reportOf(ctx: ServiceContext, document: TextDocument, index: CorpusIndex, settings: AttributorSettings, force = false): DraftReport | undefined {
  // Against an archive, the report is the diagnostics' (checked asynchronously): never one against the folders.
  if (checksAgainstArchive(ctx, settings)) return ctx.checks.lastReport(document);
  if (!force && document.lineCount > settings.maxLines) return ctx.checks.lastReport(document);
  return ctx.checks.report(document, index, ctx.library.generation, ctx.ignores.listFor(document.uri), settings);
}

/** Whether drafts are checked against the newsroom's archive rather than the source folders. */
export function checksAgainstArchive(ctx: ServiceContext, settings: AttributorSettings): settings is AttributorSettings & { archiveUrl: string } {
  if (settings.archiveUrl === null || !ctx.archives.available) return false;
  // An untrusted workspace's drafts are not sent to the newsroom's server: the setting is not read there.
  if (ctx.workspace.trusted === false) return ctx.archives.notInUntrusted(settings.archiveUrl);
  return true;
}

/**
 * The source a finding or verdict of this document's report points to: an archive's article when the report came
 * from the archive (its ids name its articles, not the folders'), else the folders' article.
 */
export async function reportedArticle(ctx: ServiceContext, document: TextDocument, sourceId: string): Promise<{ article: SourceArticle; local: boolean } | undefined> {
  const archiveUrl = ctx.checks.archiveOf(document);
  if (archiveUrl === undefined) {
    const article = ctx.library.article(sourceId);
    return article && { article, local: true };
  }
  const archive = await ctx.archives.get(archiveUrl);
  const article = archive.kind === 'open' ? await archive.index.source(sourceId) : undefined;
  return article && { article, local: false };
}

export function rangeIn(document: TextDocument, span: TextSpan, delta = 0): Range {
  return { start: document.positionAt(span.start + delta), end: document.positionAt(span.end + delta) };
}

/** Where a passage of a source is, in its file. */
export function sourceLocation(ctx: ServiceContext, article: AnalyzedArticle, span: TextSpan): Location {
  const a = positionAt(article.lineStarts, span.start);
  const b = positionAt(article.lineStarts, Math.max(span.start, span.end));
  return { uri: ctx.library.fileUri(article), range: { start: { line: a.line, character: a.column }, end: { line: b.line, character: b.column } } };
}

export function cancelled(token: CancellationToken | undefined): boolean {
  return token?.isCancellationRequested === true;
}
