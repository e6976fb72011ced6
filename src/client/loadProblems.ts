// Load problems made visible: after each load of the sources in which files were skipped (binary, empty, too large,
// not UTF-8), one notification names how many and offers the output channel that lists them.
import * as vscode from 'vscode';
import type { ServerSession } from './serverSession';

export class LoadProblemsNotice implements vscode.Disposable {
  private readonly subscription: vscode.Disposable;
  private notifiedGeneration = -1;
  /** How many notifications were shown (for tests). */
  shown = 0;

  constructor(session: ServerSession) {
    this.subscription = session.onDidChangeStatus((status) => {
      if (status.state !== 'ready' || status.generation === this.notifiedGeneration) return;
      this.notifiedGeneration = status.generation;
      const count = status.problems.length;
      if (count === 0) return;
      this.shown++;
      const show = 'Show Output';
      const message = `Attributor: ${count} source file${count === 1 ? ' was' : 's were'} skipped (not readable as text: binary, empty, too large or not UTF-8). The other ${status.articles} source${status.articles === 1 ? ' is' : 's are'} indexed.`;
      void vscode.window.showWarningMessage(message, show).then((choice) => {
        if (choice === show) session.output.show(true);
      });
    });
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
