// The service's file system on Node: `file:` URIs read from the disk.
import { promises as fsp } from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { URI, Utils } from 'vscode-uri';
import type { WorkspaceFileSystem } from '../../service/workspace';

function kindOf(entry: { isFile(): boolean; isDirectory(): boolean }): 'file' | 'directory' | 'other' {
  return entry.isDirectory() ? 'directory' : entry.isFile() ? 'file' : 'other';
}

export const nodeUriFileSystem: WorkspaceFileSystem = {
  async readDirectory(uri) {
    const dir = fileURLToPath(uri);
    const entries = await fsp.readdir(dir, { withFileTypes: true });
    return Promise.all(
      entries.map(async (e) => {
        if (!e.isSymbolicLink()) return { name: e.name, kind: kindOf(e) };
        // A link's kind is its target's (as VS Code reports it); a broken link is 'other'. The engine follows none.
        const target = await fsp.stat(path.join(dir, e.name)).catch(() => null);
        return { name: e.name, kind: target ? kindOf(target) : ('other' as const), symlink: true };
      }),
    );
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
