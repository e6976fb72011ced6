// A file of a few sections, as the persisted index is kept: a header (a magic string, each section's length, and a
// digest of the lengths and of every byte), then the sections. Opening it checks the whole digest, but keeps only
// the first section in memory: the others (the articles' text, the traces of their analysis) are read through a
// small buffer for the digest and later read in place, a part at a time, when they are used. On this kind of
// machine fresh memory costs as much as reading it (5 to 10 ms a megabyte), and a check touches a few articles.
import { CorruptData } from './binaryCodec';
import { runSteps, type Steps } from './stepwise';

/** A stored file open for reading: its size, and any part of it (the same file for as long as it is open). */
export interface StoredFile {
  readonly size: number;
  /** `length` bytes from `at`, into `into` when given (a buffer used again: fresh memory is slow to touch); throws when they cannot all be read. */
  read(at: number, length: number, into?: Uint8Array): Uint8Array;
}

/** Sections are stored padded to this, so that the digest's lanes line up from one to the next. */
const ALIGN = 16;
/** How much of a section not kept is read at once for the digest. */
const CHUNK = 1 << 20;

const encoder = new TextEncoder();

function padded(n: number): number {
  return Math.ceil(n / ALIGN) * ALIGN;
}

/** The header's length: the magic string padded to four bytes, the section count, each length, the digest. */
function headerLength(magic: Uint8Array, sections: number): number {
  return padded(Math.ceil(magic.length / 4) * 4 + 4 * (sections + 2));
}

/**
 * A 32-bit digest of a run of bytes fed in parts of any length: four FNV-style lanes (xor a word in, multiply by an
 * odd number) over every fourth 32-bit word each, so that the processor runs them side by side (one chain of
 * multiplies took ten times as long: 450 ms for a 115 MB file against 40 ms). Each step maps a lane's state
 * one-to-one, and so does the final mix of each lane: a file that differs from the one written in any single word,
 * or within a single lane, never passes.
 */
class Digest {
  private a: number;
  private b = 0x9747b28c | 0;
  private c = 0x2545f491 | 0;
  private d = 0x61c88647 | 0;
  /** Bytes of a part that did not fill a group of 16, waiting for the next part. */
  private readonly carry = new Uint8Array(ALIGN);
  private carried = 0;

  constructor(seed: number) {
    this.a = (0x811c9dc5 ^ seed) | 0;
  }

  update(bytes: Uint8Array): void {
    let from = 0;
    if (this.carried > 0) {
      from = Math.min(bytes.length, ALIGN - this.carried);
      this.carry.set(bytes.subarray(0, from), this.carried);
      this.carried += from;
      if (this.carried < ALIGN) return;
      this.groups(this.carry);
      this.carried = 0;
    }
    const whole = from + Math.floor((bytes.length - from) / ALIGN) * ALIGN;
    if (whole > from) this.groups(bytes.subarray(from, whole));
    this.carry.set(bytes.subarray(whole));
    this.carried = bytes.length - whole;
  }

  /** Bytes in groups of 16. */
  private groups(bytes: Uint8Array): void {
    const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
    const words = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.length >> 2);
    let { a, b, c, d } = this;
    for (let i = 0; i < words.length; i += 4) {
      a = Math.imul(a ^ words[i], 0x01000193);
      b = Math.imul(b ^ words[i + 1], 0x01000193);
      c = Math.imul(c ^ words[i + 2], 0x01000193);
      d = Math.imul(d ^ words[i + 3], 0x01000193);
    }
    Object.assign(this, { a, b, c, d });
  }

  /** The digest; what is carried must be none (each section is fed padded to 16 bytes). */
  value(): number {
    if (this.carried !== 0) throw new Error('a digest of a part of a group');
    return (this.a ^ Math.imul(this.b, 0x5bd1e995) ^ Math.imul(this.c, 0x27d4eb2d) ^ Math.imul(this.d, 0x165667b1)) >>> 0;
  }
}

/** The digest of the section lengths, then of each section's bytes (padded). */
function lengthsSeed(lengths: readonly number[]): number {
  let seed = lengths.length;
  for (const n of lengths) seed = Math.imul(seed ^ n, 0x01000193);
  return seed;
}

/** The file's bytes, as parts to write one after another (no part is copied into one buffer); each section is given as its parts. */
export function writeSectionedFile(magic: string, sections: ReadonlyArray<readonly Uint8Array[]>): Uint8Array[] {
  const head = encoder.encode(magic);
  const header = new Uint8Array(headerLength(head, sections.length));
  header.set(head);
  const view = new DataView(header.buffer);
  let at = Math.ceil(head.length / 4) * 4;
  view.setUint32(at, sections.length, true);
  const lengths = sections.map((parts) => parts.reduce((n, p) => n + p.length, 0));
  lengths.forEach((n, k) => view.setUint32(at + 4 * (k + 1), n, true));
  const digest = new Digest(lengthsSeed(lengths));
  const out: Uint8Array[] = [header];
  sections.forEach((parts, k) => {
    const padding = new Uint8Array(padded(lengths[k]) - lengths[k]);
    for (const part of [...parts, padding]) {
      digest.update(part);
      if (part.length) out.push(part);
    }
  });
  at += 4 * (sections.length + 1);
  view.setUint32(at, digest.value(), true);
  return out;
}

export interface OpenedSections {
  /** The first section, whole. */
  readonly first: Uint8Array;
  /** The file's digest, as its header gives it (checked): what tells one file from another. */
  readonly digest: number;
  /** How long section k is. */
  length(k: number): number;
  /** `length` bytes of section k from `at` (read now). */
  read(k: number, at: number, length: number): Uint8Array;
}

/** Opens a file written by `writeSectionedFile`: checks the magic string, the lengths and the digest of every byte; throws CorruptData when any is wrong. */
export function openSectionedFile(file: StoredFile, magic: string, sections: number): OpenedSections {
  return runSteps(openSectionedFileSteps(file, magic, sections));
}

/** How a file is opened. */
export interface OpenOptions {
  /**
   * The file never left this process's memory since it was written (another thread wrote it and handed its buffers
   * over): its digest was computed from these very bytes as they were written, so it is taken from the header, not
   * computed again, and the first section is used in place when the file gives it as one aligned view. Reading a
   * 10,000-article index back this way allocates and hashes nothing of its 100 MB on the reading thread.
   */
  readonly written?: 'in memory';
}

/** `openSectionedFile` in steps: it yields after each chunk it reads for the digest (a language server answers requests in between). */
export function* openSectionedFileSteps(file: StoredFile, magic: string, sections: number, options: OpenOptions = {}): Steps<OpenedSections> {
  const head = encoder.encode(magic);
  const size = headerLength(head, sections);
  if (file.size < size) throw new CorruptData('too short');
  const header = file.read(0, size);
  for (let i = 0; i < head.length; i++) if (header[i] !== head[i]) throw new CorruptData('not an index of this kind');
  const at = Math.ceil(head.length / 4) * 4;
  for (let i = head.length; i < at; i++) if (header[i] !== 0) throw new CorruptData('not an index of this kind');
  const view = new DataView(header.buffer, header.byteOffset, header.length);
  if (view.getUint32(at, true) !== sections) throw new CorruptData('not an index of this kind');
  const lengths = Array.from({ length: sections }, (_, k) => view.getUint32(at + 4 * (k + 1), true));
  for (let i = at + 4 * (sections + 2); i < size; i++) if (header[i] !== 0) throw new CorruptData('not an index of this kind');
  const starts: number[] = [];
  let end = size;
  for (const n of lengths) {
    starts.push(end);
    end += padded(n);
  }
  if (end !== file.size) throw new CorruptData('truncated');
  const written = view.getUint32(at + 4 * (sections + 1), true);
  const opened = (first: Uint8Array): OpenedSections => ({
    first: first.subarray(0, lengths[0]),
    digest: written,
    length: (k) => lengths[k],
    read(k, from, length) {
      if (from < 0 || length < 0 || from + length > lengths[k]) throw new CorruptData('outside the section');
      return file.read(starts[k] + from, length);
    },
  });
  if (options.written === 'in memory') {
    const first = file.read(starts[0], padded(lengths[0]));
    // Integer blocks are read from the first section as views: it must stand at a multiple of four.
    return opened(first.byteOffset % 4 === 0 ? first : first.slice());
  }
  const digest = new Digest(lengthsSeed(lengths));
  // The first section is kept: read a chunk at a time into one buffer (37 MB at 10,000 articles held the thread
  // 140 ms in one read), which also stands at a multiple of four, as the integer blocks read from it as views need.
  const first = new Uint8Array(padded(lengths[0]));
  for (let from = 0; from < first.length; from += CHUNK) {
    const length = Math.min(CHUNK, first.length - from);
    const part = file.read(starts[0] + from, length, first.subarray(from, from + length));
    if (part.buffer !== first.buffer || part.byteOffset !== first.byteOffset + from) first.set(part, from);
    digest.update(first.subarray(from, from + length));
    yield;
  }
  const chunk = new Uint8Array(Math.min(CHUNK, file.size));
  for (let k = 1; k < sections; k++) {
    for (let from = 0; from < padded(lengths[k]); from += CHUNK) {
      digest.update(file.read(starts[k] + from, Math.min(CHUNK, padded(lengths[k]) - from), chunk));
      yield;
    }
  }
  if (digest.value() !== written) throw new CorruptData('checksum differs');
  return opened(first);
}

/** A file written as parts (`writeSectionedFile`), as one buffer: what a thread hands over whole, or a test reads. */
export function joinedBytes(parts: readonly Uint8Array[]): Uint8Array {
  const file = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    file.set(part, at);
    at += part.length;
  }
  return file;
}

/** A file already in memory, as a StoredFile. */
export function storedBytes(bytes: Uint8Array): StoredFile {
  return {
    size: bytes.length,
    read: (at, length) => {
      if (at < 0 || at + length > bytes.length) throw new CorruptData('outside the file');
      return bytes.subarray(at, at + length);
    },
  };
}
