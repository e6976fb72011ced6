// One cached check per open document and version: a hover, a completion, a quick fix and the diagnostics of the
// same text share one report, and a keystroke re-reads only its paragraph (the engine's DraftCheckCache).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDraft, DraftCheckCache, formatOfDraft, type CorpusIndex, type DraftReport, type IgnoreList, type TextFormat } from '../core';
import { engineSeverities, type AttributorSettings } from './settings';

interface DocumentState {
  readonly cache: DraftCheckCache;
  /** How the document is read (its name, or an untitled one's language): another format needs another cache. */
  readonly format: TextFormat;
  /** The document the report is of: a URI closed and opened again (untitled drafts reuse names) is another one. */
  document?: TextDocument;
  /** What the report was made with: the document version, the index, the ignore list and the severities. */
  key?: string;
  report?: DraftReport;
}

export class DraftChecks {
  private readonly states = new Map<string, DocumentState>();
  /** Grows whenever the ignore lists change: every cached report is stale then. */
  private ignoreGeneration = 0;

  ignoresChanged(): void {
    this.ignoreGeneration++;
  }

  /** The report of the document's current text, made now unless the same text was checked with the same inputs. */
  report(document: TextDocument, index: CorpusIndex, indexGeneration: number, ignore: IgnoreList, settings: AttributorSettings): DraftReport {
    const format = formatOfDraft(document.uri, document.languageId);
    let state = this.states.get(document.uri);
    if (!state || state.format !== format) this.states.set(document.uri, (state = { cache: new DraftCheckCache(), format }));
    const key = `${document.version}|${indexGeneration}|${this.ignoreGeneration}|${JSON.stringify(settings.severities)}`;
    if (state.report && state.key === key && state.document === document) return state.report;
    const report = checkDraft(document.getText(), index, { severities: engineSeverities(settings.severities), ignore, cache: state.cache, format });
    state.key = key;
    state.document = document;
    state.report = report;
    return report;
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
