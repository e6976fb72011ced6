// The language server's persisted index store: the engine's folder store, except that a file is written through the
// thread pool (fs.promises), not with synchronous writes: a 100 MB index written at once held the server's thread
// for as long as the disk took. Written beside its name and renamed over it, as the folder store does.
import { promises as fsp } from 'fs';
import * as path from 'path';
import type { CacheStore } from '../../core';
import { folderCacheStore } from '../../node/folderCacheStore';

export function serverCacheStore(folder: string): CacheStore {
  const store = folderCacheStore(folder);
  return {
    open: (name) => store.open(name),
    async write(name, parts) {
      await fsp.mkdir(folder, { recursive: true });
      const target = path.join(folder, name);
      const partial = `${target}.${process.pid}.writing`;
      try {
        const file = await fsp.open(partial, 'w');
        try {
          for (const part of parts) await file.write(part);
        } finally {
          await file.close();
        }
        await fsp.rename(partial, target);
      } finally {
        await fsp.rm(partial, { force: true });
      }
    },
  };
}
