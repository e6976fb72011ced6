// The extension: thin adapters from VS Code to the engine in src/core, one feature per file.
import * as vscode from 'vscode';
import { registerBibliography } from './bibliography';
import { registerCheckCommands } from './checkCommands';
import { Citations } from './citations';
import { CodeActionsFeature } from './codeActions';
import { QuoteCompletionFeature, TRIGGER_CHARACTERS } from './completion';
import { DraftChecker } from './diagnostics';
import { HoverFeature } from './hover';
import { IgnoreStore } from './ignoreStore';
import { Log } from './log';
import { registerForServedLanguages } from './served';
import { SourceDocuments } from './sourceDocuments';
import { SourceLibrary } from './sources';
import { SourcesView, type SourcesViewSnapshot } from './sourcesView';
import { registerSearchSources } from './searchSources';
import { registerSpeakerQuotes } from './speakerQuotes';
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
  const log = new Log();
  context.subscriptions.push(log);

  // Nothing here reads a file: the sources load after activate() returns.
  const library = new SourceLibrary(context.extensionUri, log);
  const ignores = new IgnoreStore(log);
  const checker = new DraftChecker(library, ignores, log);
  const citations = new Citations(library, checker, log);
  const completion = new QuoteCompletionFeature(library, checker, log);
  const hover = new HoverFeature(library, checker, ignores, log);
  const codeActions = new CodeActionsFeature(library, checker, ignores, log);
  const statusBar = new StatusBar(library, checker);
  const sourcesView = new SourcesView(library);
  context.subscriptions.push(
    library,
    ignores,
    checker,
    citations,
    completion,
    codeActions,
    statusBar,
    new SourceDocuments(library, log),
    sourcesView,
    registerSearchSources(library, log),
    registerSpeakerQuotes(library, log),
    registerCheckCommands(library, checker, ignores, log),
    registerBibliography(library, log),
    registerForServedLanguages((selector) =>
      vscode.Disposable.from(
        vscode.languages.registerHoverProvider(selector, hover),
        vscode.languages.registerCompletionItemProvider(selector, completion, ...TRIGGER_CHARACTERS),
        vscode.languages.registerCodeActionsProvider(selector, codeActions, CodeActionsFeature.metadata),
      ),
    ),
    vscode.commands.registerCommand('attributor.rebuildIndex', () =>
      log.guardAsync('Rebuilding the index', async () => {
        const index = await library.reload('rebuild requested');
        const problems = library.stats?.problems.length ?? 0;
        vscode.window.setStatusBarMessage(`Attributor: indexed ${index.articles.length} source(s)${problems ? `, ${problems} could not be read` : ''}`, 4000);
        return index.articles.length;
      }, undefined),
    ),
    vscode.commands.registerCommand('attributor.showOutput', () => log.show()),
  );

  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms.`);
  // Off the activation path: load and index the sources, then check the drafts already open.
  setTimeout(() => {
    library.start();
    ignores.start();
    checker.start();
  }, 0);

  return {
    activationMs,
    whenIndexed: async () => (await library.ready()).articles.length,
    statusText: () => statusBar.text,
    loadProblems: () => library.stats?.problems ?? [],
    sourcesView: () => sourcesView.snapshot(),
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
