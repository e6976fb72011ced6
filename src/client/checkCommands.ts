// "Check Document" (now, also over the size limit or with checks off), "Check Workspace" (every .md/.txt draft, into
// the Problems panel), "Rebuild Index" and "Write CSL-JSON Bibliography": the server does the work.
import * as vscode from 'vscode';
import { BibliographyRequest, CheckDocumentRequest, CheckFileRequest, RebuildIndexRequest, SOURCE_SCHEME } from '../protocol/lspExtensions';
import type { ServerSession } from './serverSession';
import { statusBarText } from './displayText';

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

async function writeBibliography(session: ServerSession, target?: vscode.Uri | string): Promise<vscode.Uri | undefined> {
  let uri = typeof target === 'string' ? vscode.Uri.parse(target, true) : target;
  if (!uri) {
    const active = vscode.window.activeTextEditor?.document.uri;
    const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
    if (folder) {
      const file = vscode.workspace.getConfiguration('attributor', folder.uri).get<string>('citation.bibliographyFile') || 'bibliography.json';
      uri = vscode.Uri.joinPath(folder.uri, file);
    } else {
      uri = await vscode.window.showSaveDialog({ title: 'Attributor: Save the CSL-JSON bibliography', filters: { 'CSL-JSON': ['json'] } });
      if (!uri) return undefined;
    }
  }
  await session.whenIndexed();
  const items = await session.request(BibliographyRequest);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(items, null, 2) + '\n'));
  session.output.info(`Wrote ${items.length} source(s) to ${uri.toString()}.`);
  vscode.window.setStatusBarMessage(`Attributor: wrote ${items.length} source(s) to ${statusBarText(vscode.workspace.asRelativePath(uri))}`, 5000);
  return uri;
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
