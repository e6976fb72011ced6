// The VS Code extension: a language client of attributor-ls (which does all the work) plus what only VS Code has:
// the sources view, the pickers, the status bar, read-only source documents and the commands that need a cursor.
import * as vscode from 'vscode';
import { registerCheckCommands } from './checkCommands';
import { DraftQuotesView, type DraftQuotesSnapshot } from './draftQuotesView';
import { LoadProblemsNotice } from './loadProblems';
import { registerEditCommands } from './editCommands';
import { ServerSession } from './serverSession';
import { SourceDocuments } from './sourceDocuments';
import { registerSourcePickers } from './sourcePickers';
import { SourcesView, type SourcesViewSnapshot } from './sourcesView';
import { StatusBar } from './statusBar';
import { undoFileEdit, UNDO_FILE_EDIT_COMMAND } from './workspaceFileEdits';

/** What `activate` returns (`vscode.extensions.getExtension('attributor.attributor').exports`), for tests and other extensions. */
export interface AttributorApi {
  /** How long `activate()` took, in milliseconds. */
  readonly activationMs: number;
  /** Resolves once the sources are indexed, with the number of source articles. */
  whenIndexed(): Promise<number>;
  /** The status bar item's text. */
  statusText(): string;
  /** The files of the last load that could not be read (they are listed in the output channel too). */
  loadProblems(): ReadonlyArray<{ readonly path: string; readonly message: string }>;
  /** How many load-problem notifications were shown (one per load that skipped files). */
  loadProblemNotices(): number;
  /** What the sources view shows (labels, descriptions, click commands), every level or the first `depth`. */
  sourcesView(depth?: number): Promise<SourcesViewSnapshot[]>;
  /** What the Quotes of this Draft view shows for the active draft. */
  draftQuotesView(): Promise<DraftQuotesSnapshot[]>;
}

export function activate(context: vscode.ExtensionContext): AttributorApi {
  const started = performance.now();
  const output = vscode.window.createOutputChannel('Attributor', { log: true });
  const session = new ServerSession(context, output);
  // Commands and the source documents' file system now (either can be what activated the extension, a restored
  // source editor the latter); the view and the status bar just after activation returns, then the server.
  const sourceDocuments = new SourceDocuments(session);
  const loadProblemsNotice = new LoadProblemsNotice(session);
  const ui = new Promise<{ statusBar: StatusBar; sourcesView: SourcesView; draftQuotesView: DraftQuotesView }>((resolve) =>
    setTimeout(() => {
      const parts = { statusBar: new StatusBar(session), sourcesView: new SourcesView(session), draftQuotesView: new DraftQuotesView(session) };
      context.subscriptions.push(parts.statusBar, parts.sourcesView, parts.draftQuotesView);
      resolve(parts);
      session.start().catch((error) => output.error(`The language server did not start: ${error instanceof Error ? error.message : String(error)}`));
    }, 0),
  );
  let statusBar: StatusBar | undefined;
  void ui.then((parts) => (statusBar = parts.statusBar));
  context.subscriptions.push(
    output,
    session,
    sourceDocuments,
    loadProblemsNotice,
    vscode.commands.registerCommand('attributor.openSource', (args?: Parameters<SourceDocuments['openCommand']>[0]) => sourceDocuments.openCommand(args)),
    registerEditCommands(session),
    registerSourcePickers(session),
    registerCheckCommands(session),
    vscode.commands.registerCommand('attributor.showOutput', () => output.show(true)),
    vscode.commands.registerCommand(UNDO_FILE_EDIT_COMMAND, () => undoFileEdit((uri, deleted) => session.fileChanged(uri, deleted))),
  );
  const activationMs = performance.now() - started;
  output.info(`Activated in ${activationMs.toFixed(1)} ms.`);
  return {
    activationMs,
    whenIndexed: async () => (await session.whenIndexed()).articles,
    statusText: () => statusBar?.text ?? '',
    loadProblems: () => session.status?.problems ?? [],
    loadProblemNotices: () => loadProblemsNotice.shown,
    sourcesView: async (depth?: number) => (await ui).sourcesView.snapshot(undefined, depth),
    draftQuotesView: async () => (await ui).draftQuotesView.snapshot(),
  };
}

export function deactivate(): void {
  // Everything, the language client included, is disposed through context.subscriptions.
}
