// One cached check per open document and version: a hover, a completion, a quick fix and the diagnostics of the
// same text share one report, and a keystroke re-reads only its paragraph (the engine's DraftCheckCache).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDraft, checkDraftAsync, DraftCheckCache, formatOfDraft, type CorpusIndex, type DraftReport, type IgnoreList, type SourceIndex, type TextFormat } from '../core';
import { engineSeverities, type AttributorSettings } from './settings';
import { editSince } from './documentEdits';

interface DocumentState {
  cache: DraftCheckCache;
  /** What the cache's quotes were read and located against: `local`, or an archive's URL (its own people). */
  backend: string;
  /** How the document is read (its name, or an untitled one's language): another format needs another cache. */
  format: TextFormat;
  /** The document the report is of: a URI closed and opened again (untitled drafts reuse names) is another one. */
  document?: TextDocument;
  /** What the report was made with: the document version, the index, the ignore list and the severities. */
  key?: string;
  report?: DraftReport;
  /** The document version the cache last read (by `report`), which the editor's edits since are counted from. */
  analyzedVersion?: number;
}

const LOCAL = 'local';

export class DraftChecks {
  private readonly states = new Map<string, DocumentState>();
  /** Grows whenever the ignore lists change: every cached report is stale then. */
  private ignoreGeneration = 0;

  ignoresChanged(): void {
    this.ignoreGeneration++;
  }

  /** The report of the document's current text, made now unless the same text was checked with the same inputs. */
  report(document: TextDocument, index: CorpusIndex, indexGeneration: number, ignore: IgnoreList, settings: AttributorSettings): DraftReport {
    const { state, key } = this.stateOf(document, LOCAL, String(indexGeneration), settings);
    if (state.report && state.key === key && state.document === document) return state.report;
    const edit = state.analyzedVersion === undefined ? undefined : editSince(document, state.analyzedVersion);
    const report = checkDraft(document.getText(), index, { severities: engineSeverities(settings.severities), ignore, cache: state.cache, format: state.format, edit });
    state.analyzedVersion = document.version;
    return this.keep(state, document, key, report);
  }

  /**
   * The same against an index that answers asynchronously (the newsroom's archive, named by `indexKey`): the draft
   * is read here, its quotes located in one call, and the report kept as the one hovers and quick fixes read.
   */
  async reportFrom(document: TextDocument, index: SourceIndex, archiveUrl: string, ignore: IgnoreList, settings: AttributorSettings): Promise<DraftReport> {
    const { state, key } = this.stateOf(document, archiveUrl, archiveUrl, settings);
    if (state.report && state.key === key && state.document === document) return state.report;
    // Checks of the archive may overlap: the cache's last text is not known here.
    state.analyzedVersion = undefined;
    const report = await checkDraftAsync(document.getText(), index, { severities: engineSeverities(settings.severities), ignore, cache: state.cache, format: state.format });
    return this.keep(state, document, key, report);
  }

  private stateOf(document: TextDocument, backend: string, indexKey: string, settings: AttributorSettings): { state: DocumentState; key: string } {
    const format = formatOfDraft(document.uri, document.languageId);
    let state = this.states.get(document.uri);
    if (!state) this.states.set(document.uri, (state = { cache: new DraftCheckCache(), backend, format }));
    if (state.backend !== backend || state.format !== format) Object.assign(state, { cache: new DraftCheckCache(), backend, format, report: undefined, key: undefined, analyzedVersion: undefined });
    return { state, key: `${document.version}|${backend}|${indexKey}|${this.ignoreGeneration}|${JSON.stringify(settings.severities)}` };
  }

  private keep(state: DocumentState, document: TextDocument, key: string, report: DraftReport): DraftReport {
    state.key = key;
    state.document = document;
    state.report = report;
    return report;
  }

  /** The archive's URL when the document's last report came from an archive, `undefined` when from the folders. */
  archiveOf(document: TextDocument): string | undefined {
    const backend = this.states.get(document.uri)?.backend;
    return backend && backend !== LOCAL ? backend : undefined;
  }

  /** The last report, when it is for this version of the document (no check is run). */
  lastReport(document: TextDocument): DraftReport | undefined {
    const state = this.states.get(document.uri);
    return state?.document === document && state.key?.startsWith(`${document.version}|`) ? state.report : undefined;
  }

  forget(uri: string): void {
    this.states.delete(uri);
  }
}
