// Node's file system behind the engine's CorpusFileSystem, for the CLI, the tests and the benchmarks. Reads are
// synchronous: one by one with fs.promises, 10,000 small files took 3.75 times as long (a thread-pool round trip
// each), and a caller that must stay responsive (the language server) pauses between files itself.
import * as fs from 'fs';
import * as path from 'path';
import type { CorpusFileSystem } from '../core/sources/corpusFileSystem';

function kindOf(stat: { isFile(): boolean; isDirectory(): boolean }): 'file' | 'directory' | 'other' {
  return stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : 'other';
}

export const nodeFileSystem: CorpusFileSystem = {
  async readDirectory(dir) {
    return fs.readdirSync(dir, { withFileTypes: true }).map((e) => {
      if (!e.isSymbolicLink()) return { name: e.name, kind: kindOf(e) };
      // A link's kind is its target's (as VS Code reports it); a broken link is 'other'.
      const target = fs.statSync(path.join(dir, e.name), { throwIfNoEntry: false });
      return { name: e.name, kind: target ? kindOf(target) : ('other' as const), symlink: true };
    });
  },
  async readFile(file) {
    return fs.readFileSync(file);
  },
  async stat(file) {
    const s = fs.statSync(file);
    return { size: s.size, kind: kindOf(s), mtime: s.mtimeMs };
  },
  joinPath(folder, name) {
    return path.join(folder, name);
  },
};
