import * as vscode from 'vscode';
import { toCslJson } from '../core';
import { settingsFor } from './config';
import type { Log } from './log';
import type { SourceLibrary } from './sources';

/** "Write CSL-JSON Bibliography": the sources as CSL-JSON (toCslJson) for pandoc's --bibliography, next to the drafts. */
export function registerBibliography(library: SourceLibrary, log: Log): vscode.Disposable {
  return vscode.commands.registerCommand('attributor.writeBibliography', (target?: vscode.Uri | string) =>
    log.guardAsync('Writing the bibliography', () => write(library, log, target), undefined),
  );
}

async function write(library: SourceLibrary, log: Log, target?: vscode.Uri | string): Promise<vscode.Uri | undefined> {
  let uri = typeof target === 'string' ? vscode.Uri.parse(target, true) : target;
  if (!uri) {
    const active = vscode.window.activeTextEditor?.document.uri;
    const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      uri = await vscode.window.showSaveDialog({ title: 'Attributor: Save the CSL-JSON bibliography', filters: { 'CSL-JSON': ['json'] } });
      if (!uri) return undefined;
    } else {
      uri = vscode.Uri.joinPath(folder.uri, settingsFor(folder.uri).bibliographyFile);
    }
  }
  const index = await library.ready();
  const items = toCslJson(index.articles);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(items, null, 2) + '\n'));
  log.info(`Wrote ${items.length} source(s) to ${uri.toString()}.`);
  vscode.window.setStatusBarMessage(`Attributor: wrote ${items.length} source(s) to ${vscode.workspace.asRelativePath(uri)}`, 5000);
  return uri;
}
