// The status bar item: how many sources are indexed, and how many findings the active draft has.
import * as vscode from 'vscode';
import { isServed } from './languageClient';
import type { ServerSession } from './serverSession';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('attributor.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly session: ServerSession) {
    this.item.name = 'Attributor';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      session.onDidChangeStatus(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (e.uris.some((u) => u.toString() === active)) this.update();
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
    const status = this.session.status;
    const ready = status?.state === 'ready' || (status?.articles ?? 0) > 0;
    const sources = ready ? `${status!.articles} source${status!.articles === 1 ? '' : 's'}` : 'indexing…';
    const findings = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'attributor').length;
    const untrusted = status?.untrusted?.length ?? 0;
    const shield = untrusted ? '$(workspace-untrusted) ' : '';
    this.item.text = ready ? `${shield}$(quote) ${sources}  $(${findings ? 'warning' : 'check'}) ${findings}` : `$(sync~spin) Attributor ${sources}`;
    const problems = status?.problems.length ?? 0;
    const notRead = untrusted ? ` ${untrusted} source folder(s) not read: they lead out of the workspace, which is not trusted (see the output).` : '';
    this.item.tooltip = ready
      ? `Attributor: ${sources} indexed${problems ? `, ${problems} file(s) could not be read (see the output)` : ''}; ${findings} finding${findings === 1 ? '' : 's'} in this draft.${notRead} Click to check it.`
      : 'Attributor is indexing the sources.';
    this.item.command = { title: 'Check Document', command: 'attributor.checkDocument' };
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
