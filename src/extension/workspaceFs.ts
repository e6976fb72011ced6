import * as vscode from 'vscode';
import type { CorpusFileSystem } from '../core';

function kindOf(type: vscode.FileType): 'file' | 'directory' | 'other' {
  if (type & vscode.FileType.Directory) return 'directory';
  if (type & vscode.FileType.File) return 'file';
  return 'other';
}

/** The engine's file system interface over `vscode.workspace.fs`. Paths are URI strings, so virtual file systems work too. */
export const workspaceCorpusFs: CorpusFileSystem = {
  async readDirectory(path) {
    const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.parse(path, true));
    return entries.map(([name, type]) => ({ name, kind: kindOf(type) }));
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
