// The engine's CacheStore as a folder on disk (the command line's `--cache DIR`, the language server's storage).
// A file is written beside its final name and renamed over it, so a reader never sees half of one; a file open for
// reading keeps its descriptor, so that what is read later (an article's block on first use) comes from the file
// that was checked, even after another run replaced it.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CacheStore } from '../core/index/openCorpusIndex';
import type { StoredFile } from '../core/index/sectionedFile';

/** Closes a file's descriptor once nothing reads from it any more (an index let go of). */
const closeWhenUnused = new FinalizationRegistry<number>((fd) => {
  try {
    fs.closeSync(fd);
  } catch {
    // Closed already.
  }
});

function openStoredFile(file: string): StoredFile | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const stored: StoredFile = {
    size: fs.fstatSync(fd).size,
    read(at, length, into) {
      const out = into ? into.subarray(0, length) : Buffer.allocUnsafeSlow(length);
      let done = 0;
      while (done < length) {
        const n = fs.readSync(fd, out, done, length - done, at + done);
        if (n === 0) throw new Error(`${file}: ends before ${at + length}`);
        done += n;
      }
      return out;
    },
  };
  closeWhenUnused.register(stored, fd);
  return stored;
}

export function folderCacheStore(folder: string): CacheStore {
  const partialFile = (name: string) => `${path.join(folder, name)}.${process.pid}.partial`;
  const writeAsMade: NonNullable<CacheStore['writeAsMade']> = async (name, write, head) => {
    fs.mkdirSync(folder, { recursive: true });
    const target = path.join(folder, name);
    const partial = partialFile(name);
    try {
      // Gone on after its head, when another thread wrote it whole (of the size it said); else written whole.
      const fd = head ? headWritten(partial, head.size) : undefined;
      const continued = fd !== undefined;
      const out = fd ?? fs.openSync(partial, 'w');
      let at = continued ? head!.size : 0;
      try {
        // Written at once: the writer fills the part's buffer again when this returns.
        write((part) => {
          for (let done = 0; done < part.length; ) {
            const n = fs.writeSync(out, part, done, part.length - done, at);
            done += n;
            at += n;
          }
        }, continued);
      } finally {
        fs.closeSync(out);
      }
      fs.renameSync(partial, target);
    } finally {
      fs.rmSync(partial, { force: true });
    }
  };
  return {
    async open(name) {
      return openStoredFile(path.join(folder, name));
    },
    write: (name, parts) => writeAsMade(name, (out) => parts.forEach((part) => out(part))),
    writeAsMade,
    partialFile,
  };
}

/** The partial file open for writing when it holds `size` bytes (its head, written by another thread), else undefined. */
function headWritten(partial: string, size: number): number | undefined {
  let fd: number;
  try {
    fd = fs.openSync(partial, 'r+');
  } catch {
    return undefined;
  }
  if (fs.fstatSync(fd).size === size) return fd;
  fs.closeSync(fd);
  return undefined;
}

/** The user's cache folder for Attributor: `$XDG_CACHE_HOME/attributor`, else `~/.cache/attributor` (macOS: `~/Library/Caches/attributor`, Windows: `%LOCALAPPDATA%\attributor`). */
export function defaultCacheFolder(): string {
  if (process.env.XDG_CACHE_HOME) return path.join(process.env.XDG_CACHE_HOME, 'attributor');
  if (process.platform === 'win32' && process.env.LOCALAPPDATA) return path.join(process.env.LOCALAPPDATA, 'attributor');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches', 'attributor');
  return path.join(os.homedir(), '.cache', 'attributor');
}
