// The engine's CacheStore as a folder on disk (the command line's `--cache DIR`, the language server's storage).
// A file is written beside its final name and renamed over it, so a reader never sees half of one.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CacheStore } from '../core/index/openCorpusIndex';

export function folderCacheStore(folder: string): CacheStore {
  return {
    async read(name) {
      try {
        return fs.readFileSync(path.join(folder, name));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async write(name, data) {
      fs.mkdirSync(folder, { recursive: true });
      const target = path.join(folder, name);
      const partial = `${target}.${process.pid}.partial`;
      try {
        fs.writeFileSync(partial, data);
        fs.renameSync(partial, target);
      } finally {
        fs.rmSync(partial, { force: true });
      }
    },
  };
}

/** The user's cache folder for Attributor: `$XDG_CACHE_HOME/attributor`, else `~/.cache/attributor` (macOS: `~/Library/Caches/attributor`, Windows: `%LOCALAPPDATA%\attributor`). */
export function defaultCacheFolder(): string {
  if (process.env.XDG_CACHE_HOME) return path.join(process.env.XDG_CACHE_HOME, 'attributor');
  if (process.platform === 'win32' && process.env.LOCALAPPDATA) return path.join(process.env.LOCALAPPDATA, 'attributor');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches', 'attributor');
  return path.join(os.homedir(), '.cache', 'attributor');
}
