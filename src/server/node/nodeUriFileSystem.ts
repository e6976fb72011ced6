// The service's file system on Node: `file:` URIs read from the disk.
import { promises as fsp } from 'fs';
import { fileURLToPath } from 'url';
import { URI, Utils } from 'vscode-uri';
import type { WorkspaceFileSystem } from '../../service/workspace';

function kindOf(entry: { isFile(): boolean; isDirectory(): boolean }): 'file' | 'directory' | 'other' {
  return entry.isDirectory() ? 'directory' : entry.isFile() ? 'file' : 'other';
}

export const nodeUriFileSystem: WorkspaceFileSystem = {
  async readDirectory(uri) {
    const entries = await fsp.readdir(fileURLToPath(uri), { withFileTypes: true });
    return entries.map((e) => ({ name: e.name, kind: kindOf(e) }));
  },
  async readFile(uri) {
    return fsp.readFile(fileURLToPath(uri));
  },
  async stat(uri) {
    const s = await fsp.stat(fileURLToPath(uri));
    return { size: s.size, kind: kindOf(s) };
  },
  joinPath(folder, name) {
    return Utils.joinPath(URI.parse(folder), name).toString();
  },
};
