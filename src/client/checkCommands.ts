// "Check Document" (now, also over the size limit or with checks off), "Check Workspace" (every .md/.txt draft, into
// the Problems panel), "Rebuild Index" and "Write CSL-JSON Bibliography": the server does the work.
import * as vscode from 'vscode';
import { CheckDocumentRequest, CheckFileRequest, RebuildIndexRequest, ServerCommand, SOURCE_SCHEME, type WriteBibliographyArgs } from '../protocol/lspExtensions';
import type { ServerSession } from './serverSession';
import { notificationText, statusBarText } from './displayText';

const DRAFT_GLOB = '**/*.{md,markdown,txt}';
const EXCLUDE_GLOB = '{**/node_modules/**,**/.git/**,**/.attributor/**}';

async function checkDocument(session: ServerSession, uri?: vscode.Uri | string): Promise<number | undefined> {
  const target = typeof uri === 'string' ? vscode.Uri.parse(uri, true) : uri;
  const document = target
    ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString()) ?? (await vscode.workspace.openTextDocument(target))
    : vscode.window.activeTextEditor?.document;
  if (!document || document.uri.scheme === SOURCE_SCHEME) {
    void vscode.window.showInformationMessage('Attributor: open a draft to check it.');
    return undefined;
  }
  await session.whenIndexed();
  const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Attributor: checking' }, () =>
    session.request(CheckDocumentRequest, { uri: document.uri.toString() }),
  );
  const count = result?.findings ?? 0;
  vscode.window.setStatusBarMessage(`Attributor: ${count === 0 ? 'no findings' : `${count} finding(s)`} in ${statusBarText(vscode.workspace.asRelativePath(document.uri))}`, 4000);
  return count;
}

async function checkWorkspace(session: ServerSession): Promise<{ files: number; findings: number }> {
  await session.whenIndexed();
  const uris = await vscode.workspace.findFiles(DRAFT_GLOB, EXCLUDE_GLOB);
  let files = 0;
  let findings = 0;
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Attributor: checking the workspace', cancellable: true }, async (progress, token) => {
    for (const uri of uris) {
      if (token.isCancellationRequested) break;
      progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / Math.max(1, uris.length) });
      try {
        const result = await session.request(CheckFileRequest, { uri: uri.toString() });
        if (result.skipped) continue;
        findings += result.findings;
        files++;
      } catch (error) {
        session.output.warn(`Could not check ${uri.toString()}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  });
  session.output.info(`Checked ${files} draft(s) of the workspace: ${findings} finding(s).`);
  if (files) void vscode.commands.executeCommand('workbench.actions.view.problems');
  else void vscode.window.showInformationMessage('Attributor: the workspace has no Markdown or text drafts to check.');
  return { files, findings };
}

/**
 * The server writes the file (inside the workspace folder only, the file named by attributor.citation.bibliographyFile
 * or `target`) as one edit; an existing file is replaced undoably. With no folder open, the writer picks the file.
 */
async function writeBibliography(session: ServerSession, target?: vscode.Uri | string): Promise<vscode.Uri | undefined> {
  let uri = typeof target === 'string' ? vscode.Uri.parse(target, true) : target;
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!uri && !folder) {
    uri = await vscode.window.showSaveDialog({ title: 'Attributor: Save the CSL-JSON bibliography', filters: { 'CSL-JSON': ['json'] } });
    if (!uri) return undefined;
  }
  await session.whenIndexed();
  const args: WriteBibliographyArgs = uri ? { target: uri.toString() } : { folder: folder!.uri.toString() };
  const result = await session.execute(ServerCommand.writeBibliography, args);
  if (!result.applied) {
    if (result.message) void vscode.window.showWarningMessage(notificationText(`Attributor: ${result.message}`));
    return undefined;
  }
  return result.savedFile ? vscode.Uri.parse(result.savedFile, true) : undefined;
}

async function rebuildIndex(session: ServerSession): Promise<number> {
  const status = await session.request(RebuildIndexRequest);
  const problems = status.problems.length;
  vscode.window.setStatusBarMessage(`Attributor: indexed ${status.articles} source(s)${problems ? `, ${problems} could not be read` : ''}`, 4000);
  return status.articles;
}

export function registerCheckCommands(session: ServerSession): vscode.Disposable {
  const guard = <T>(what: string, run: () => Promise<T>) =>
    run().catch((error) => {
      session.output.error(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    });
  return vscode.Disposable.from(
    vscode.commands.registerCommand('attributor.checkDocument', (uri?: vscode.Uri | string) => guard('Checking the document', () => checkDocument(session, uri))),
    vscode.commands.registerCommand('attributor.checkWorkspace', () => guard('Checking the workspace', () => checkWorkspace(session))),
    vscode.commands.registerCommand('attributor.writeBibliography', (target?: vscode.Uri | string) => guard('Writing the bibliography', () => writeBibliography(session, target))),
    vscode.commands.registerCommand('attributor.rebuildIndex', () => guard('Rebuilding the index', () => rebuildIndex(session))),
  );
}
