// Node's file system behind the engine's CorpusFileSystem, for the CLI, the tests and the benchmarks.
import { promises as fsp } from 'fs';
import * as path from 'path';
import type { CorpusFileSystem } from '../core/sources/corpusFileSystem';

function kindOf(stat: { isFile(): boolean; isDirectory(): boolean }): 'file' | 'directory' | 'other' {
  return stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : 'other';
}

export const nodeFileSystem: CorpusFileSystem = {
  async readDirectory(dir) {
    const entries = await fsp.readdir(dir, { withFileTypes: true });
    return Promise.all(
      entries.map(async (e) => {
        if (!e.isSymbolicLink()) return { name: e.name, kind: kindOf(e) };
        // A link's kind is its target's (as VS Code reports it); a broken link is 'other'.
        const target = await fsp.stat(path.join(dir, e.name)).catch(() => null);
        return { name: e.name, kind: target ? kindOf(target) : ('other' as const), symlink: true };
      }),
    );
  },
  async readFile(file) {
    return fsp.readFile(file);
  },
  async stat(file) {
    const s = await fsp.stat(file);
    return { size: s.size, kind: kindOf(s) };
  },
  joinPath(folder, name) {
    return path.join(folder, name);
  },
};
