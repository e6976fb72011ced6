// The bytes of every source file a run reads, kept in shared memory as they are read, so that another thread can
// decode the very same texts (with the same decoder) without this thread copying them into a message: cloning the
// 10,000 articles' text for a worker held this thread 180-500 ms (load 5-6); a copy of the bytes costs a few ms.
import type { CorpusFileSystem } from '../core';

/** Where a file's bytes stand: in which shared buffer, from where, how many. */
export interface SharedSlice {
  readonly buffer: number;
  readonly at: number;
  readonly length: number;
}

/** Shared buffers are taken this large (a larger file has one of its own). */
const BUFFER_BYTES = 8 << 20;

export class SharedSourceBytes {
  readonly buffers: SharedArrayBuffer[] = [];
  private used = BUFFER_BYTES;
  private readonly byPath = new Map<string, SharedSlice>();

  /** `files`, keeping a copy of the bytes of each file it reads. */
  recording(files: CorpusFileSystem): CorpusFileSystem {
    return {
      readDirectory: (folder) => files.readDirectory(folder),
      stat: (file) => files.stat(file),
      joinPath: (folder, name) => files.joinPath(folder, name),
      readFile: async (file) => {
        const bytes = await files.readFile(file);
        this.keep(file, bytes);
        return bytes;
      },
    };
  }

  /** The bytes last read of `path`, if it was read. */
  slice(path: string): SharedSlice | undefined {
    return this.byPath.get(path);
  }

  private keep(path: string, bytes: Uint8Array): void {
    if (this.used + bytes.length > BUFFER_BYTES || this.buffers.length === 0) {
      this.buffers.push(new SharedArrayBuffer(Math.max(BUFFER_BYTES, bytes.length)));
      this.used = 0;
    }
    const buffer = this.buffers.length - 1;
    new Uint8Array(this.buffers[buffer], this.used, bytes.length).set(bytes);
    this.byPath.set(path, { buffer, at: this.used, length: bytes.length });
    this.used += bytes.length;
  }
}
