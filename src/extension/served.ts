import * as vscode from 'vscode';
import { settingsFor } from './config';

/** The scheme of the read-only source documents; never served as drafts. */
export const SOURCE_SCHEME = 'attributor-source';

const DRAFT_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-userdata']);

/** Whether a document is a draft Attributor serves: a language listed in `attributor.languages` (read for its resource), a real or virtual-workspace file. */
export function isServed(document: vscode.TextDocument): boolean {
  const scheme = document.uri.scheme;
  if (scheme === SOURCE_SCHEME) return false;
  if (!DRAFT_SCHEMES.has(scheme) && !(vscode.workspace.workspaceFolders ?? []).some((f) => f.uri.scheme === scheme)) return false;
  return settingsFor(document.uri).languages.includes(document.languageId);
}

/** Every language some folder (or the window) serves, for the providers' document selector. */
export function servedLanguages(): string[] {
  const languages = new Set<string>(settingsFor(undefined).languages);
  for (const folder of vscode.workspace.workspaceFolders ?? []) for (const l of settingsFor(folder.uri).languages) languages.add(l);
  return [...languages];
}

export function servedSelector(): vscode.DocumentSelector {
  return servedLanguages().map((language) => ({ language }));
}

/**
 * Registers language providers for the served languages, and registers them again when `attributor.languages` changes.
 */
export function registerForServedLanguages(register: (selector: vscode.DocumentSelector) => vscode.Disposable): vscode.Disposable {
  let current = register(servedSelector());
  let key = servedLanguages().sort().join(',');
  const listener = vscode.workspace.onDidChangeConfiguration((e) => {
    if (!e.affectsConfiguration('attributor.languages')) return;
    const next = servedLanguages().sort().join(',');
    if (next === key) return;
    key = next;
    current.dispose();
    current = register(servedSelector());
  });
  return { dispose: () => { listener.dispose(); current.dispose(); } };
}
