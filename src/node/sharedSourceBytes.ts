// The bytes of every source file a run reads, kept in shared memory, so that another thread can decode the very same
// texts (with the same decoder) without this thread copying them into a message: cloning the 10,000 articles' text
// for a worker held this thread 180-500 ms (load 5-6). For a cold build the other thread also reads the files ahead
// (`prefetch`): each listed file has its place in one shared buffer, sized by the listing's sizes, and is read there
// by whichever thread takes it first (a shared state a file: the other thread goes ahead in order, this one takes
// any it reaches first, and waits for one the other is reading), so this thread makes no system calls for most.
import * as fs from 'fs';
import type { CorpusFileSystem } from '../core';

/** Where a file's bytes stand: in which shared buffer, from where, how many. */
export interface SharedSlice {
  readonly buffer: number;
  readonly at: number;
  readonly length: number;
}

/** What the reading thread is sent: the listed files, their places in `buffer` (a file has `capacity` bytes, one more than listed, to tell one that grew), and their states. */
export interface PrefetchRequest {
  readonly paths: readonly string[];
  readonly buffer: SharedArrayBuffer;
  readonly at: Float64Array;
  readonly capacity: Int32Array;
  /** Each file's state (Int32Array on a SharedArrayBuffer): see `State`. */
  readonly states: SharedArrayBuffer;
  /** Each file's length once read (Int32Array on a SharedArrayBuffer). */
  readonly lengths: SharedArrayBuffer;
}

/** A listed file's state: not taken yet, read (its length set), not read there (grown, gone, unreadable), being read by this thread, being read by the other. */
const State = { Waiting: 0, Read: 1, Failed: 2, Here: 3, There: 4 } as const;

/** Shared buffers for files read otherwise are taken this large (a larger file has one of its own). */
const BUFFER_BYTES = 8 << 20;
/** Files larger than this are not read ahead (an article is far smaller; a larger one is read as it comes). */
const PREFETCHED_FILE_BYTES = 8 << 20;
/** Read ahead at most this much in all (a shared buffer of that size). */
const PREFETCHED_BYTES = 1 << 30;
/** How long this thread waits at once for a file the other thread is reading (then it looks again, and at last reads it itself). */
const WAIT_MS = 1000;

/** Whether this Node decodes views of shared memory (else each is copied out first). */
export const decodesShared = (() => {
  try {
    const view = new Uint8Array(new SharedArrayBuffer(2));
    view[0] = 0x6f;
    view[1] = 0x6b;
    return new TextDecoder('utf-8', { fatal: true }).decode(view) === 'ok';
  } catch {
    return false;
  }
})();

export class SharedSourceBytes {
  readonly buffers: SharedArrayBuffer[] = [];
  private used = BUFFER_BYTES;
  private readonly byPath = new Map<string, SharedSlice>();
  /** Files listed (stat'ed as files), in order, with their sizes, until the first is read. */
  private readonly listed: Array<{ path: string; size: number }> = [];
  private ahead?: { readonly slot: Map<string, number>; readonly request: PrefetchRequest; readonly states: Int32Array; readonly lengths: Int32Array };

  /** `prefetch`, when given: starts the other thread reading the listed files (see the file's head), at the first read of one. */
  constructor(private readonly prefetch?: (request: PrefetchRequest) => void) {}

  /** `files`, keeping the bytes of each file it reads in shared memory. */
  recording(files: CorpusFileSystem): CorpusFileSystem {
    return {
      readDirectory: (folder) => files.readDirectory(folder),
      joinPath: (folder, name) => files.joinPath(folder, name),
      stat: async (file) => {
        const stat = await files.stat(file);
        if (this.prefetch && !this.ahead && stat.kind === 'file' && stat.size <= PREFETCHED_FILE_BYTES) this.listed.push({ path: file, size: stat.size });
        return stat;
      },
      readFile: async (file) => {
        if (this.prefetch && !this.ahead && this.listed.length) this.startAhead();
        const slot = this.ahead?.slot.get(file);
        return slot === undefined ? this.keep(file, await files.readFile(file)) : this.readAhead(file, slot, files);
      },
    };
  }

  /** Lets go of every byte kept (once the build that needed them is done: they are as large as the texts). */
  release(): void {
    this.buffers.length = 0;
    this.byPath.clear();
    this.ahead = undefined;
    this.used = BUFFER_BYTES;
  }

  /** The bytes last read of `path`, if it was read. */
  slice(path: string): SharedSlice | undefined {
    return this.byPath.get(path);
  }

  private startAhead(): void {
    const listed = this.listed.splice(0);
    if (listed.reduce((n, f) => n + f.size + 1, 0) > PREFETCHED_BYTES) return;
    const paths = listed.map((f) => f.path);
    const at = new Float64Array(paths.length);
    const capacity = new Int32Array(paths.length);
    const slot = new Map<string, number>();
    let end = 0;
    listed.forEach((file, k) => {
      at[k] = end;
      capacity[k] = file.size + 1;
      end += capacity[k];
      slot.set(file.path, k);
    });
    const request: PrefetchRequest = { paths, buffer: new SharedArrayBuffer(end), at, capacity, states: new SharedArrayBuffer(4 * paths.length), lengths: new SharedArrayBuffer(4 * paths.length) };
    this.buffers.push(request.buffer);
    this.used = BUFFER_BYTES;
    this.ahead = { slot, request, states: new Int32Array(request.states), lengths: new Int32Array(request.lengths) };
    this.prefetch!(request);
  }

  /** File `k` of the listed ones: as the other thread read it, or read here. */
  private async readAhead(path: string, k: number, files: CorpusFileSystem): Promise<Uint8Array> {
    const { states, lengths, request } = this.ahead!;
    const buffer = this.buffers.indexOf(request.buffer);
    let state = Atomics.compareExchange(states, k, State.Waiting, State.Here);
    for (let waited = 0; state === State.There && waited < 30; waited++) {
      Atomics.wait(states, k, State.There, WAIT_MS);
      state = Atomics.load(states, k);
    }
    if (state === State.Read) {
      const length = lengths[k];
      const view = new Uint8Array(request.buffer, request.at[k], length);
      this.byPath.set(path, { buffer, at: request.at[k], length });
      return decodesShared ? view : view.slice();
    }
    const bytes = await files.readFile(path);
    if (state === State.Waiting && bytes.length < request.capacity[k]) {
      // Taken here: read into its place.
      new Uint8Array(request.buffer, request.at[k], bytes.length).set(bytes);
      this.byPath.set(path, { buffer, at: request.at[k], length: bytes.length });
      return bytes;
    }
    return this.keep(path, bytes);
  }

  private keep(path: string, bytes: Uint8Array): Uint8Array {
    if (this.used + bytes.length > BUFFER_BYTES) {
      this.buffers.push(new SharedArrayBuffer(Math.max(BUFFER_BYTES, bytes.length)));
      this.used = 0;
    }
    const buffer = this.buffers.length - 1;
    new Uint8Array(this.buffers[buffer], this.used, bytes.length).set(bytes);
    this.byPath.set(path, { buffer, at: this.used, length: bytes.length });
    this.used += bytes.length;
    return bytes;
  }
}

/** The other thread's side of `prefetch`: reads the listed files in order into their places, each it takes before this thread does. */
export function readAhead(request: PrefetchRequest): void {
  const states = new Int32Array(request.states);
  const lengths = new Int32Array(request.lengths);
  for (let k = 0; k < request.paths.length; k++) {
    if (Atomics.compareExchange(states, k, State.Waiting, State.There) !== State.Waiting) continue;
    let state: number = State.Failed;
    try {
      const into = new Uint8Array(request.buffer, request.at[k], request.capacity[k]);
      const fd = fs.openSync(request.paths[k], 'r');
      try {
        let length = 0;
        for (let n = 1; n > 0 && length < into.length; length += n) n = fs.readSync(fd, into, length, into.length - length, null);
        // A file that filled its place grew since it was listed: read it there as it is now.
        if (length < into.length) {
          lengths[k] = length;
          state = State.Read;
        }
      } finally {
        fs.closeSync(fd);
      }
    } catch {
      // Read again there, for the message its failure gives.
    }
    Atomics.store(states, k, state);
    Atomics.notify(states, k);
  }
}
