import * as vscode from 'vscode';
import type { DraftChecker } from './diagnostics';
import { isServed } from './served';
import type { SourceLibrary } from './sources';

/** The status bar item: how many sources are indexed, and how many findings the active draft has. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('attributor.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly library: SourceLibrary,
    private readonly checker: DraftChecker,
  ) {
    this.item.name = 'Attributor';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      library.onDidChange(() => this.update()),
      checker.onDidCheck((uri) => {
        if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) this.update();
      }),
    );
    this.update();
  }

  /** The text shown, for tests and the log. */
  get text(): string {
    return this.item.text;
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isServed(editor.document)) {
      this.item.hide();
      return;
    }
    const index = this.library.current;
    const sources = index ? `${index.articles.length} source${index.articles.length === 1 ? '' : 's'}` : 'indexing…';
    const findings = this.checker.findingCount(editor.document.uri);
    this.item.text = index ? `$(quote) ${sources}  $(${findings ? 'warning' : 'check'}) ${findings}` : `$(sync~spin) Attributor ${sources}`;
    const stats = this.library.stats;
    this.item.tooltip = index
      ? `Attributor: ${sources} indexed${stats?.problems.length ? `, ${stats.problems.length} file(s) could not be read (see the output)` : ''}; ${findings} finding${findings === 1 ? '' : 's'} in this draft. Click to check it.`
      : 'Attributor is indexing the sources.';
    this.item.command = { title: 'Check Document', command: 'attributor.checkDocument' };
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
