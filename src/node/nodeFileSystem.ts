// Node's file system behind the engine's CorpusFileSystem, for the CLI, the tests and the benchmarks. Reads are
// synchronous: one by one with fs.promises, 10,000 small files took 3.75 times as long (a thread-pool round trip
// each), and a caller that must stay responsive (the language server) pauses between files itself.
import * as fs from 'fs';
import * as path from 'path';
import type { CorpusFileSystem } from '../core/sources/corpusFileSystem';

function kindOf(stat: { isFile(): boolean; isDirectory(): boolean }): 'file' | 'directory' | 'other' {
  return stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : 'other';
}

/** The last folder joined to and whether plain names join to it by concatenation: a listing joins every entry of one folder in turn. */
let joinedFolder: string | undefined;
let concatenates = false;

/**
 * `path.join(folder, name)`. path.join normalizes the whole path again for every entry (4% of a warm check of
 * 10,000 articles); a plain entry name (what readdir gives: no separator, not `.` or `..`) joins to a folder that
 * path.join leaves as it is by concatenation, which gives the same string.
 */
function joinPath(folder: string, name: string): string {
  const plain = name !== '' && name !== '.' && name !== '..' && !name.includes('/') && !name.includes(path.sep);
  if (!plain) return path.join(folder, name);
  if (folder !== joinedFolder) {
    joinedFolder = folder;
    concatenates = path.join(folder, 'entry') === `${folder}${path.sep}entry`;
  }
  return concatenates ? `${folder}${path.sep}${name}` : path.join(folder, name);
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
  joinPath,
};
