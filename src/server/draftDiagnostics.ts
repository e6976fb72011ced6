// Pushes diagnostics: a draft is checked when it opens, after typing settles (`attributor.diagnostics.delay`, longer
// after a slow check), and whenever the sources, the ignore lists or the settings change.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AttributorService } from '../service/attributorService';
import type { ServiceLogger, AttributorWorkspace } from '../service/workspace';

interface Pending {
  timer?: ReturnType<typeof setTimeout>;
  /** How long the last check took: slow checks wait longer after a keystroke, so typing is not interrupted. */
  lastMs: number;
  tooLargeSaid?: boolean;
}

export class DraftDiagnostics {
  private readonly pending = new Map<string, Pending>();
  /** Files checked by Check Workspace that are not open: their diagnostics stay after they close. */
  private readonly checkedFiles = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly service: AttributorService,
    private readonly workspace: AttributorWorkspace,
    private readonly logger: ServiceLogger,
  ) {}

  private stateOf(uri: string): Pending {
    let state = this.pending.get(uri);
    if (!state) this.pending.set(uri, (state = { lastMs: 0 }));
    return state;
  }

  /** Checks `document` after `delay` ms (default: the setting, longer after slow checks). */
  schedule(document: TextDocument, delay?: number): void {
    const state = this.stateOf(document.uri);
    if (state.timer) clearTimeout(state.timer);
    void this.workspace.settings(document.uri).then((settings) => {
      if (state.timer) clearTimeout(state.timer);
      state.timer = setTimeout(() => {
        state.timer = undefined;
        void this.check(document.uri, false);
      }, delay ?? Math.max(settings.diagnosticsDelay, Math.min(5000, state.lastMs * 4)));
    });
  }

  /** Checks an open document now and publishes its diagnostics; returns the findings' count when it was checked. */
  async check(uri: string, force: boolean): Promise<number | undefined> {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const version = document.version;
    try {
      const result = await this.service.diagnostics(document, undefined, force);
      // A newer version, or the document closed and another opened under its name: that one's check publishes.
      if (!result || this.documents.get(uri) !== document || document.version !== version) return undefined;
      if (result.kind === 'skipped') {
        if (!this.checkedFiles.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
        if (result.tooLarge) this.sayTooLarge(document, result.tooLarge.lines, result.tooLarge.maxLines);
        return undefined;
      }
      this.stateOf(uri).lastMs = result.ms;
      if (result.ms > 200) this.logger.info(`Checked ${uri} (${document.lineCount} lines) in ${result.ms} ms.`);
      await this.connection.sendDiagnostics({ uri, version: document.version, diagnostics: result.diagnostics });
      return result.diagnostics.length;
    } catch (error) {
      this.logger.error(`Checking ${uri} failed`, error);
      return undefined;
    }
  }

  /** Checks a draft that is not open (Check Workspace) and publishes its diagnostics, which stay after it closes. */
  async checkText(uri: string, text: string): Promise<number> {
    const diagnostics = await this.service.diagnosticsOfText(uri, text);
    this.checkedFiles.add(uri);
    await this.connection.sendDiagnostics({ uri, diagnostics });
    return diagnostics.length;
  }

  private sayTooLarge(document: TextDocument, lines: number, maxLines: number): void {
    const state = this.stateOf(document.uri);
    if (state.tooLargeSaid) return;
    state.tooLargeSaid = true;
    const message = `Attributor: ${document.uri} has ${lines.toLocaleString('en')} lines, more than attributor.diagnostics.maxLines (${maxLines.toLocaleString('en')}). It is checked only when you run "Attributor: Check Document".`;
    this.logger.info(message);
    void this.connection.window.showInformationMessage(message, { title: 'Check Now' }).then((choice) => {
      if (choice?.title === 'Check Now') void this.check(document.uri, true);
    });
  }

  /** Re-checks every open document (sources, ignore lists or settings changed). */
  recheckAll(reason: string): void {
    this.logger.info(`Re-checking open drafts (${reason}).`);
    for (const document of this.documents.all()) this.schedule(document, 0);
  }

  closed(uri: string): void {
    const state = this.pending.get(uri);
    if (state?.timer) clearTimeout(state.timer);
    this.pending.delete(uri);
    this.service.forget(uri);
    if (uri.startsWith('untitled:') || !this.checkedFiles.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  dispose(): void {
    for (const state of this.pending.values()) if (state.timer) clearTimeout(state.timer);
  }
}
