// The VS Code extension: a language client of attributor-ls (which does all the work) plus what only VS Code has:
// the sources view, the pickers, the status bar, read-only source documents and the commands that need a cursor.
import * as vscode from 'vscode';
import { registerCheckCommands } from './checkCommands';
import { registerEditCommands } from './editCommands';
import { ServerSession } from './serverSession';
import { SourceDocuments } from './sourceDocuments';
import { registerSourcePickers } from './sourcePickers';
import { SourcesView, type SourcesViewSnapshot } from './sourcesView';
import { StatusBar } from './statusBar';

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
  /** What the sources view shows, two levels deep under each source (labels, descriptions, click commands). */
  sourcesView(): Promise<SourcesViewSnapshot[]>;
}

export function activate(context: vscode.ExtensionContext): AttributorApi {
  const started = performance.now();
  const output = vscode.window.createOutputChannel('Attributor', { log: true });
  const session = new ServerSession(context, output);
  const statusBar = new StatusBar(session);
  const sourcesView = new SourcesView(session);
  context.subscriptions.push(
    output,
    session,
    statusBar,
    sourcesView,
    new SourceDocuments(session),
    registerEditCommands(session),
    registerSourcePickers(session),
    registerCheckCommands(session),
    vscode.commands.registerCommand('attributor.showOutput', () => output.show(true)),
  );
  const activationMs = performance.now() - started;
  output.info(`Activated in ${activationMs.toFixed(1)} ms.`);
  // Off the activation path: the server starts, loads and indexes the sources, then checks the drafts already open.
  setTimeout(() => void session.start().catch((error) => output.error(`The language server did not start: ${error instanceof Error ? error.message : String(error)}`)), 0);
  return {
    activationMs,
    whenIndexed: async () => (await session.whenIndexed()).articles,
    statusText: () => statusBar.text,
    loadProblems: () => session.status?.problems ?? [],
    sourcesView: () => sourcesView.snapshot(),
  };
}

export function deactivate(): void {
  // Everything, the language client included, is disposed through context.subscriptions.
}
