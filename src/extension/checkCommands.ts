import * as vscode from 'vscode';
import { checkDraft } from '../core';
import { settingsFor } from './config';
import { engineSeverities, type DraftChecker } from './diagnostics';
import type { IgnoreStore } from './ignoreStore';
import type { Log } from './log';
import { SOURCE_SCHEME } from './served';
import type { SourceLibrary } from './sources';

const DRAFT_GLOB = '**/*.{md,markdown,txt}';
const EXCLUDE_GLOB = '{**/node_modules/**,**/.git/**,**/.attributor/**}';

/** "Check Document" (on demand, also over the size limit) and "Check Workspace" (every .md/.txt draft; Problems panel). */
export function registerCheckCommands(library: SourceLibrary, checker: DraftChecker, ignores: IgnoreStore, log: Log): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('attributor.checkDocument', (uri?: vscode.Uri | string) =>
      log.guardAsync('Checking the document', () => checkDocument(checker, uri), undefined),
    ),
    vscode.commands.registerCommand('attributor.checkWorkspace', () => log.guardAsync('Checking the workspace', () => checkWorkspace(library, checker, ignores, log), undefined)),
  );
}

/** Returns the number of findings, or undefined when there is no draft to check. */
async function checkDocument(checker: DraftChecker, uri?: vscode.Uri | string): Promise<number | undefined> {
  let document: vscode.TextDocument | undefined;
  if (uri) {
    const u = typeof uri === 'string' ? vscode.Uri.parse(uri, true) : uri;
    document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === u.toString()) ?? (await vscode.workspace.openTextDocument(u));
  } else {
    document = vscode.window.activeTextEditor?.document;
  }
  if (!document || document.uri.scheme === SOURCE_SCHEME) {
    void vscode.window.showInformationMessage('Attributor: open a draft to check it.');
    return undefined;
  }
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: 'Attributor: checking' },
    () => checker.check(document!, true),
  );
  const count = result?.findings.length ?? 0;
  vscode.window.setStatusBarMessage(`Attributor: ${count === 0 ? 'no findings' : `${count} finding(s)`} in ${vscode.workspace.asRelativePath(document.uri)}`, 4000);
  return count;
}

/** Checks every draft of the workspace; returns the number of files checked and of findings. */
async function checkWorkspace(library: SourceLibrary, checker: DraftChecker, ignores: IgnoreStore, log: Log): Promise<{ files: number; findings: number }> {
  const [index] = await Promise.all([library.ready(), ignores.ready()]);
  const uris = (await vscode.workspace.findFiles(DRAFT_GLOB, EXCLUDE_GLOB)).filter((u) => !library.isSource(u));
  let files = 0;
  let findings = 0;
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Attributor: checking the workspace', cancellable: true },
    async (progress, token) => {
      for (const uri of uris) {
        if (token.isCancellationRequested) break;
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / Math.max(1, uris.length) });
        try {
          const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
          if (open) {
            findings += (await checker.check(open, true))?.findings.length ?? 0;
          } else {
            const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
            const settings = settingsFor(uri);
            const report = checkDraft(text, index, { severities: engineSeverities(settings.severities), ignore: ignores.listFor(uri) });
            findings += checker.publishForFile(uri, report);
          }
          files++;
        } catch (error) {
          log.warn(`Could not check ${uri.toString()}: ${error instanceof Error ? error.message : String(error)}`);
        }
        // Let the extension host breathe between files.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    },
  );
  log.info(`Checked ${files} draft(s) of the workspace: ${findings} finding(s).`);
  if (files) void vscode.commands.executeCommand('workbench.actions.view.problems');
  else void vscode.window.showInformationMessage('Attributor: the workspace has no Markdown or text drafts to check.');
  return { files, findings };
}
