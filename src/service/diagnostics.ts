// Findings as LSP diagnostics: code, severity from the settings, the message, and the source passage as related
// information.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { checkDraft, checkDraftAsync, formatOfDraft, positionAt, type DraftReport, type Finding, type LineStarts, type Severity, type SourceIndex } from '../core';
import { cancelled, checksAgainstArchive, isServed, sourceLocation, type ServiceContext } from './context';
import { engineSeverities, type AttributorSettings } from './settings';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export type DiagnosticsResult =
  | { readonly kind: 'checked'; readonly diagnostics: Diagnostic[]; readonly findings: readonly Finding[]; readonly ms: number }
  /**
   * Not checked: not a draft, diagnostics off, (`tooLarge`) over the size limit, or (`archiveDown`) the archive the
   * settings name cannot be opened; its diagnostics are cleared.
   */
  | { readonly kind: 'skipped'; readonly tooLarge?: { readonly lines: number; readonly maxLines: number }; readonly archiveDown?: string };

/**
 * The diagnostics of an open document. With `force` (Check Document), also when automatic checks are off for it
 * or it is over `attributor.diagnostics.maxLines`.
 */
export async function computeDiagnostics(ctx: ServiceContext, document: TextDocument, token: CancellationToken | undefined, force = false): Promise<DiagnosticsResult | undefined> {
  const settings = await ctx.workspace.settings(document.uri);
  const [index] = await Promise.all([ctx.library.ready(), ctx.ignores.ready()]);
  if (cancelled(token)) return undefined;
  if (!force && (!isServed(ctx, document, settings) || !settings.diagnosticsEnabled)) return { kind: 'skipped' };
  if (!force && document.lineCount > settings.maxLines) return { kind: 'skipped', tooLarge: { lines: document.lineCount, maxLines: settings.maxLines } };
  const started = Date.now();
  const against = await checkedAgainst(ctx, settings);
  if ('down' in against) return { kind: 'skipped', archiveDown: against.down };
  if (cancelled(token)) return undefined;
  const ignore = ctx.ignores.listFor(document.uri);
  const report = against.archive
    ? await ctx.checks.reportFrom(document, against.archive.index, against.archive.url, ignore, settings)
    : ctx.checks.report(document, index, ctx.library.generation, ignore, settings);
  const ms = Date.now() - started;
  const findings = shown(report, settings);
  return { kind: 'checked', diagnostics: findings.map((f) => toDiagnostic(ctx, f, report.analyzed.lineStarts, !against.archive)), findings, ms };
}

/** The diagnostics of a draft that is not open (Check Workspace): its text as read from the workspace. */
export async function diagnosticsOfText(ctx: ServiceContext, uri: string, text: string): Promise<Diagnostic[]> {
  const settings = await ctx.workspace.settings(uri);
  const [index] = await Promise.all([ctx.library.ready(), ctx.ignores.ready()]);
  const options = { severities: engineSeverities(settings.severities), ignore: ctx.ignores.listFor(uri), format: formatOfDraft(uri) };
  const against = await checkedAgainst(ctx, settings);
  if ('down' in against) return [];
  const report = against.archive ? await checkDraftAsync(text, against.archive.index, options) : checkDraft(text, index, options);
  return shown(report, settings).map((f) => toDiagnostic(ctx, f, report.analyzed.lineStarts, !against.archive));
}

/** What drafts are checked against: the archive the settings name (`down`: it cannot be opened), else the folders. */
async function checkedAgainst(ctx: ServiceContext, settings: AttributorSettings): Promise<{ readonly archive?: { readonly index: SourceIndex; readonly url: string } } | { readonly down: string }> {
  if (!checksAgainstArchive(ctx, settings)) return {};
  const archive = await ctx.archives.get(settings.archiveUrl);
  return archive.kind === 'open' ? { archive: { index: archive.index, url: settings.archiveUrl } } : { down: archive.reason };
}

function shown(report: DraftReport, settings: AttributorSettings): readonly Finding[] {
  return report.findings.filter((f) => settings.severities[f.code] !== 'off');
}

/**
 * The diagnostic last made of each finding. A re-check keeps the findings of the paragraphs an edit did not change
 * (moved in place when text before them changed), so their diagnostics are kept too, and made again only with a new
 * range when the edit moved them to another line or column.
 */
const made = new WeakMap<Finding, { readonly ctx: ServiceContext; readonly local: boolean; readonly diagnostic: Diagnostic }>();

/** `local`: the finding's source is one of the folders' articles (an archive's sources have no file to point to). */
function toDiagnostic(ctx: ServiceContext, finding: Finding, lineStarts: LineStarts, local: boolean): Diagnostic {
  const a = positionAt(lineStarts, finding.start);
  const b = positionAt(lineStarts, Math.max(finding.start, finding.end));
  const kept = made.get(finding);
  if (kept && kept.ctx === ctx && kept.local === local) {
    const { start, end } = kept.diagnostic.range;
    if (start.line === a.line && start.character === a.column && end.line === b.line && end.character === b.column) return kept.diagnostic;
    // A new object: the one sent before may still wait to be written to the client.
    const diagnostic = { ...kept.diagnostic, range: { start: { line: a.line, character: a.column }, end: { line: b.line, character: b.column } } };
    made.set(finding, { ctx, local, diagnostic });
    return diagnostic;
  }
  const diagnostic: Diagnostic = {
    range: { start: { line: a.line, character: a.column }, end: { line: b.line, character: b.column } },
    severity: SEVERITY[finding.severity] ?? DiagnosticSeverity.Warning,
    source: 'attributor',
    code: finding.code,
    message: finding.message,
  };
  const article = finding.sourceLocation && local ? ctx.library.article(finding.sourceLocation.sourceId) : undefined;
  if (finding.sourceLocation && article) {
    // The message names the speaker and the source already (the editor shows both lines together): this one is the link.
    diagnostic.relatedInformation = [{ location: sourceLocation(ctx, article, finding.sourceLocation), message: 'The passage in the source' }];
  }
  made.set(finding, { ctx, local, diagnostic });
  return diagnostic;
}
