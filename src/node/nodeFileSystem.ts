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
    return entries.map((e) => ({ name: e.name, kind: kindOf(e) }));
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
