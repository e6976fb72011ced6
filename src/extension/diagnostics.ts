import * as vscode from 'vscode';
import {
  checkDraft,
  DraftCheckCache,
  positionAt,
  type CorpusIndex,
  type DraftReport,
  type Finding,
  type FindingCode,
  type Severity,
} from '../core';
import { settingsFor, type SeveritySetting } from './config';
import type { IgnoreStore } from './ignoreStore';
import type { Log } from './log';
import { isServed } from './served';
import type { SourceLibrary } from './sources';

interface DocumentState {
  cache: DraftCheckCache;
  /** The index and ignore generation the cache was filled with. */
  generation: number;
  timer?: ReturnType<typeof setTimeout>;
  version?: number;
  report?: DraftReport;
  /** The findings shown as diagnostics, and the document version they are for. */
  shown?: { readonly version: number; readonly findings: readonly Finding[] };
  tooLargeNotified?: boolean;
  /** How long the last check took: slow checks wait longer after a keystroke, so typing is not interrupted. */
  lastElapsed?: number;
}

export interface CheckResult {
  readonly report: DraftReport;
  readonly findings: readonly Finding[];
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/**
 * Checks drafts against the sources and shows the findings as diagnostics: on open, on edit (debounced by
 * `attributor.diagnostics.delay`, re-checking only changed paragraphs through a per-document DraftCheckCache), and
 * whenever the sources, the ignore file or the settings change. Documents over `attributor.diagnostics.maxLines`
 * are checked only on demand.
 */
export class DraftChecker implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('attributor');
  private readonly states = new Map<string, DocumentState>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly checked = new vscode.EventEmitter<vscode.Uri>();
  /** Files checked by "Check Workspace" that are not open: their diagnostics stay after they close. */
  private readonly workspaceChecked = new Set<string>();
  private generation = 0;
  readonly onDidCheck = this.checked.event;

  constructor(
    private readonly library: SourceLibrary,
    private readonly ignores: IgnoreStore,
    private readonly log: Log,
  ) {
    this.disposables.push(
      this.collection,
      this.checked,
      vscode.workspace.onDidOpenTextDocument((doc) => this.schedule(doc, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('attributor.diagnostics') || e.affectsConfiguration('attributor.languages')) this.recheckAll('settings changed');
      }),
      library.onDidChange(() => this.recheckAll('sources changed')),
      ignores.onDidChange(() => this.recheckAll('ignore list changed')),
    );
  }

  /** Checks the documents already open. */
  start(): void {
    for (const doc of vscode.workspace.textDocuments) this.schedule(doc, 0);
  }

  private state(doc: vscode.TextDocument): DocumentState {
    const key = doc.uri.toString();
    let state = this.states.get(key);
    if (!state || state.generation !== this.generation) {
      if (state?.timer) clearTimeout(state.timer);
      state = { cache: new DraftCheckCache(), generation: this.generation, tooLargeNotified: state?.tooLargeNotified, lastElapsed: state?.lastElapsed };
      this.states.set(key, state);
    }
    return state;
  }

  /** Schedules a check of `doc` after the configured delay (or `delay`). */
  schedule(doc: vscode.TextDocument, delay?: number): void {
    if (!isServed(doc) || this.library.isSource(doc.uri)) return;
    const settings = settingsFor(doc.uri);
    const state = this.state(doc);
    if (state.timer) clearTimeout(state.timer);
    const adaptive = Math.min(5000, (state.lastElapsed ?? 0) * 4);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void this.check(doc, false);
    }, delay ?? Math.max(settings.diagnosticsDelay, adaptive));
  }

  /**
   * Checks a document now and updates its diagnostics. With `force`, also when automatic checks are off for it
   * (diagnostics disabled, or too large). Returns the findings shown, or undefined when it was not checked.
   */
  async check(doc: vscode.TextDocument, force: boolean): Promise<CheckResult | undefined> {
    try {
      const [index] = await Promise.all([this.library.ready(), this.ignores.ready()]);
      if (doc.isClosed) return undefined;
      if (!force && (!isServed(doc) || this.library.isSource(doc.uri))) return undefined;
      const settings = settingsFor(doc.uri);
      if (!force && !settings.diagnosticsEnabled) {
        this.collection.delete(doc.uri);
        this.checked.fire(doc.uri);
        return undefined;
      }
      if (!force && doc.lineCount > settings.maxLines) {
        this.collection.delete(doc.uri);
        this.notifyTooLarge(doc, settings.maxLines);
        this.checked.fire(doc.uri);
        return undefined;
      }
      const state = this.state(doc);
      const started = Date.now();
      const report = this.run(doc, index, state);
      const elapsed = Date.now() - started;
      state.lastElapsed = elapsed;
      if (elapsed > 200) this.log.info(`Checked ${vscode.workspace.asRelativePath(doc.uri)} (${doc.lineCount} lines) in ${elapsed} ms.`);
      return this.publish(doc.uri, report, settings.severities);
    } catch (error) {
      this.log.error(`Checking ${doc.uri.toString()} failed`, error);
      return undefined;
    }
  }

  private run(doc: vscode.TextDocument, index: CorpusIndex, state: DocumentState): DraftReport {
    const version = doc.version;
    if (state.report && state.version === version) return state.report;
    const settings = settingsFor(doc.uri);
    const report = checkDraft(doc.getText(), index, {
      severities: engineSeverities(settings.severities),
      ignore: this.ignores.listFor(doc.uri),
      cache: state.cache,
    });
    state.version = version;
    state.report = report;
    return report;
  }

  private publish(uri: vscode.Uri, report: DraftReport, severities: Record<FindingCode, SeveritySetting>): CheckResult {
    const findings = report.findings.filter((f) => severities[f.code] !== 'off');
    const lineStarts = report.analyzed.lineStarts;
    const diagnostics = findings.map((finding) => this.toDiagnostic(finding, lineStarts));
    this.collection.set(uri, diagnostics);
    const state = this.states.get(uri.toString());
    if (state && state.report === report && state.version !== undefined) state.shown = { version: state.version, findings };
    this.checked.fire(uri);
    return { report, findings };
  }

  private toDiagnostic(finding: Finding, lineStarts: readonly number[]): vscode.Diagnostic {
    const a = positionAt(lineStarts, finding.start);
    const b = positionAt(lineStarts, Math.max(finding.start, finding.end));
    const diagnostic = new vscode.Diagnostic(new vscode.Range(a.line, a.column, b.line, b.column), finding.message, SEVERITY[finding.severity] ?? vscode.DiagnosticSeverity.Warning);
    diagnostic.source = 'attributor';
    diagnostic.code = finding.code;
    if (finding.sourceLocation) {
      const location = this.library.location(finding.sourceLocation);
      const article = this.library.article(finding.sourceLocation.sourceId);
      if (location && article) {
        const who = finding.sourceSpeaker ? `${finding.sourceSpeaker} in` : 'In';
        diagnostic.relatedInformation = [new vscode.DiagnosticRelatedInformation(location, `${who} “${article.title}”${article.outlet ? ` (${article.outlet})` : ''}`)];
      }
    }
    return diagnostic;
  }

  private notifyTooLarge(doc: vscode.TextDocument, maxLines: number): void {
    const state = this.state(doc);
    if (state.tooLargeNotified) return;
    state.tooLargeNotified = true;
    const name = vscode.workspace.asRelativePath(doc.uri);
    const message = `Attributor: ${name} has ${doc.lineCount.toLocaleString('en')} lines, more than attributor.diagnostics.maxLines (${maxLines.toLocaleString('en')}). It is checked only when you run "Attributor: Check Document".`;
    this.log.info(message);
    void vscode.window.showInformationMessage(message, 'Check Now').then((choice) => {
      if (choice === 'Check Now') void this.check(doc, true);
    });
  }

  /**
   * The report for the document's current text: the last check's when the document has not changed since, otherwise
   * a check now (incremental, through the document's cache). Undefined while the index loads, or for documents over the
   * size limit that were not checked at this version.
   */
  reportFor(doc: vscode.TextDocument): DraftReport | undefined {
    const state = this.states.get(doc.uri.toString());
    if (state && state.generation === this.generation && state.report && state.version === doc.version) return state.report;
    const index = this.library.current;
    if (!index) return undefined;
    if (doc.lineCount > settingsFor(doc.uri).maxLines) return undefined;
    return this.log.guard('Checking the draft', () => this.run(doc, index, this.state(doc)), undefined);
  }

  /** The findings currently shown for a document (matching its diagnostics), when they are for its current text. */
  shownFindings(doc: vscode.TextDocument): readonly Finding[] | undefined {
    const state = this.states.get(doc.uri.toString());
    if (!state || state.generation !== this.generation || state.shown?.version !== doc.version) return undefined;
    return state.shown.findings;
  }

  findingCount(uri: vscode.Uri): number {
    return this.collection.get(uri)?.length ?? 0;
  }

  /** Forgets caches (sources, ignore list or settings changed) and re-checks every open draft. */
  recheckAll(reason: string): void {
    this.generation++;
    this.log.info(`Re-checking open drafts (${reason}).`);
    for (const doc of vscode.workspace.textDocuments) {
      if (isServed(doc) && !this.library.isSource(doc.uri)) this.schedule(doc, 0);
      else if (this.collection.has(doc.uri) && !this.workspaceChecked.has(doc.uri.toString())) this.collection.delete(doc.uri);
    }
  }

  private forget(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const state = this.states.get(key);
    if (state?.timer) clearTimeout(state.timer);
    this.states.delete(key);
    if (doc.uri.scheme === 'untitled' || !this.workspaceChecked.has(key)) this.collection.delete(doc.uri);
  }

  /** Shows findings for a file that is not open (from "Check Workspace"). */
  publishForFile(uri: vscode.Uri, report: DraftReport): number {
    const severities = settingsFor(uri).severities;
    this.workspaceChecked.add(uri.toString());
    return this.publish(uri, report, severities).findings.length;
  }

  dispose(): void {
    for (const state of this.states.values()) if (state.timer) clearTimeout(state.timer);
    for (const d of this.disposables) d.dispose();
  }
}

export function engineSeverities(settings: Record<FindingCode, SeveritySetting>): Partial<Record<FindingCode, Severity>> {
  const result: Partial<Record<FindingCode, Severity>> = {};
  for (const [code, value] of Object.entries(settings) as Array<[FindingCode, SeveritySetting]>) if (value !== 'off') result[code] = value;
  return result;
}
