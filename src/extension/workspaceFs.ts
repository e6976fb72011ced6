import * as vscode from 'vscode';
import type { CorpusFileSystem } from '../core';
import type { Log } from './log';

function kindOf(type: vscode.FileType): 'file' | 'directory' | 'other' {
  if (type & vscode.FileType.Directory) return 'directory';
  if (type & vscode.FileType.File) return 'file';
  return 'other';
}

/** The engine's file system interface over `vscode.workspace.fs`. Paths are URI strings, so virtual file systems work too. */
export const workspaceCorpusFs: CorpusFileSystem = {
  async readDirectory(path) {
    const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.parse(path, true));
    return entries.map(([name, type]) => ({ name, kind: kindOf(type), symlink: (type & vscode.FileType.SymbolicLink) !== 0 }));
  },
  async readFile(path) {
    return vscode.workspace.fs.readFile(vscode.Uri.parse(path, true));
  },
  async stat(path) {
    const s = await vscode.workspace.fs.stat(vscode.Uri.parse(path, true));
    return { size: s.size, kind: kindOf(s.type) };
  },
  joinPath(folder, name) {
    return vscode.Uri.joinPath(vscode.Uri.parse(folder, true), name).toString();
  },
};

/** Reads a UTF-8 text file, or returns undefined when it does not exist. */
export async function readTextIfExists(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return new TextDecoder('utf-8').decode(bytes);
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    if ((error as { code?: string }).code === 'FileNotFound' || (error as { code?: string }).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Reads a workspace file (`.attributor/ignore.json`, `.attributor/aliases.json`) in every workspace folder that
 * has one and parses it; parse problems and unreadable files are logged, never thrown.
 */
export async function readWorkspaceFiles<T>(
  relativePath: string,
  what: string,
  parse: (text: string) => { value: T; problems: readonly string[] },
  log: Log,
): Promise<Array<{ folder: vscode.WorkspaceFolder; value: T }>> {
  const found: Array<{ folder: vscode.WorkspaceFolder; value: T }> = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const uri = vscode.Uri.joinPath(folder.uri, relativePath);
    try {
      const text = await readTextIfExists(uri);
      if (text === undefined) continue;
      const { value, problems } = parse(text);
      for (const problem of problems) log.warn(`${uri.fsPath || uri.toString()}: ${problem}`);
      found.push({ folder, value });
    } catch (error) {
      log.warn(`Could not read the ${what} ${uri.toString()}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return found;
}
