// A file of a few sections, as the persisted index is kept: a magic string, the sections, then a trailer (each
// section's length and a digest of every byte and of the lengths). The trailer comes last so that a file is written
// as it is made, in order, its parts going to the disk through one small buffer used again: building the whole 105 MB
// in memory first touched 50 MB of fresh memory, and on this kind of machine fresh memory costs as much as reading it
// (5 to 10 ms a megabyte). Opening it checks the whole digest, but keeps only one section in memory (the index's
// tables): the others (the articles' text, the traces of their analysis) are read through a small buffer for the
// digest and later read in place, a part at a time, when they are used; a check touches a few articles.
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
/** How much of a misaligned part the digest copies at once (a multiple of 16). */
const COPY_BYTES = 1 << 16;

const encoder = new TextEncoder();

function padded(n: number): number {
  return Math.ceil(n / ALIGN) * ALIGN;
}

/** The trailer's length: the section count, each length, the digest. */
function trailerLength(sections: number): number {
  return padded(4 * (sections + 2));
}

/**
 * A 32-bit digest of a run of bytes fed in parts of any length: four FNV-style lanes (xor a word in, multiply by an
 * odd number) over every fourth 32-bit word each, so that the processor runs them side by side (one chain of
 * multiplies took ten times as long: 450 ms for a 115 MB file against 40 ms). Each step maps a lane's state
 * one-to-one, and so does the final mix of each lane and of the sections' lengths (folded in at the end, since a file
 * is hashed as it is written, before they are known): a file that differs from the one written in any single word,
 * or within a single lane, never passes.
 */
class Digest {
  private a = 0x811c9dc5 | 0;
  private b = 0x9747b28c | 0;
  private c = 0x2545f491 | 0;
  private d = 0x61c88647 | 0;

  /** A digest going on from `lanes` (`lanes()` of one fed whole groups so far). */
  static from(lanes: readonly number[]): Digest {
    const digest = new Digest();
    if (lanes.length !== 4) throw new Error('a digest has four lanes');
    [digest.a, digest.b, digest.c, digest.d] = lanes.map((lane) => lane | 0);
    return digest;
  }

  /** The lanes' state, for a digest taken on elsewhere (`from`); what is carried must be none. */
  lanes(): number[] {
    if (this.carried !== 0) throw new Error('a digest of a part of a group');
    return [this.a, this.b, this.c, this.d];
  }
  /** Bytes of a part that did not fill a group of 16, waiting for the next part. */
  private readonly carry = new Uint8Array(ALIGN);
  private carried = 0;
  /** Where misaligned bytes are copied to be read as 32-bit words. */
  private copy?: Uint8Array;

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
    if (bytes.byteOffset % 4 !== 0) {
      // Copied a piece at a time into one aligned buffer (a copy of a whole 10 MB block is 10 MB of fresh memory).
      this.copy ??= new Uint8Array(COPY_BYTES);
      for (let from = 0; from < bytes.length; from += COPY_BYTES) {
        const piece = bytes.subarray(from, Math.min(bytes.length, from + COPY_BYTES));
        this.copy.set(piece);
        this.groups(this.copy.subarray(0, piece.length));
      }
      return;
    }
    const words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2);
    let { a, b, c, d } = this;
    for (let i = 0; i < words.length; i += 4) {
      a = Math.imul(a ^ words[i], 0x01000193);
      b = Math.imul(b ^ words[i + 1], 0x01000193);
      c = Math.imul(c ^ words[i + 2], 0x01000193);
      d = Math.imul(d ^ words[i + 3], 0x01000193);
    }
    Object.assign(this, { a, b, c, d });
  }

  /** The digest of the bytes fed and of the sections' `lengths`; what is carried must be none (each section is fed padded to 16 bytes). */
  value(lengths: readonly number[]): number {
    if (this.carried !== 0) throw new Error('a digest of a part of a group');
    const lanes = this.a ^ Math.imul(this.b, 0x5bd1e995) ^ Math.imul(this.c, 0x27d4eb2d) ^ Math.imul(this.d, 0x165667b1);
    return Math.imul(lanes ^ lengthsSeed(lengths), 0x01000193) >>> 0;
  }
}

/** The section lengths, mixed into one number for the digest. */
function lengthsSeed(lengths: readonly number[]): number {
  let seed = lengths.length;
  for (const n of lengths) seed = Math.imul(seed ^ n, 0x01000193);
  return seed;
}

/**
 * A file's first sections, written already (by another thread, to the place the rest will follow): how many bytes
 * they are, magic string included, their lengths, and the digest's state after them, so that a writer goes on where
 * they end (`SectionedFileWriter.after`) and the file is the one a writer of every section makes.
 */
export interface WrittenHead {
  readonly size: number;
  readonly lengths: readonly number[];
  readonly lanes: readonly number[];
}

/**
 * Writes a sectioned file as it is made: each part goes to `out` at once, in file order (`out` must be done with it
 * when it returns: the caller may use its buffer again), with the digest taken on the way; the trailer last.
 */
export class SectionedFileWriter {
  private digest = new Digest();
  private readonly lengths: number[] = [];
  private open = false;
  /** Bytes handed to `out`, magic string included. */
  private size = 0;

  constructor(magic: string, private readonly out: (part: Uint8Array) => void) {
    const head = encoder.encode(magic);
    const bytes = new Uint8Array(padded(head.length));
    bytes.set(head);
    if (bytes.length > 0) this.put(bytes);
  }

  /** A writer of the sections that follow `head` (the magic string and the head's sections are not written again). */
  static after(head: WrittenHead, out: (part: Uint8Array) => void): SectionedFileWriter {
    const writer = new SectionedFileWriter('', out);
    writer.digest = Digest.from(head.lanes);
    writer.lengths.push(...head.lengths);
    writer.size = head.size;
    return writer;
  }

  /** What is written so far, as a head that another writer goes on from (`after`); no section may be open. */
  head(): WrittenHead {
    if (this.open) throw new Error('a section is still open');
    return { size: this.size, lengths: [...this.lengths], lanes: this.digest.lanes() };
  }

  private put(part: Uint8Array): void {
    this.out(part);
    this.size += part.length;
  }

  /** Begins the next section. */
  begin(): void {
    if (this.open) throw new Error('a section is still open');
    this.open = true;
    this.lengths.push(0);
  }

  /** Appends `part` to the open section. */
  readonly write = (part: Uint8Array): void => {
    if (!this.open) throw new Error('no section is open');
    if (part.length === 0) return;
    this.digest.update(part);
    this.put(part);
    this.lengths[this.lengths.length - 1] += part.length;
  };

  /** Ends the open section, padded. */
  end(): void {
    if (!this.open) throw new Error('no section is open');
    const n = this.lengths[this.lengths.length - 1];
    const padding = new Uint8Array(padded(n) - n);
    if (padding.length) {
      this.digest.update(padding);
      this.put(padding);
    }
    this.open = false;
  }

  /** Writes the trailer: the file is whole. */
  finish(): void {
    if (this.open) throw new Error('a section is still open');
    const trailer = new Uint8Array(trailerLength(this.lengths.length));
    const view = new DataView(trailer.buffer);
    view.setUint32(0, this.lengths.length, true);
    this.lengths.forEach((n, k) => view.setUint32(4 * (k + 1), n, true));
    view.setUint32(4 * (this.lengths.length + 1), this.digest.value(this.lengths), true);
    this.put(trailer);
  }
}

/** The file's bytes, as parts to write one after another (no part is copied into one buffer); each section is given as its parts. */
export function writeSectionedFile(magic: string, sections: ReadonlyArray<readonly Uint8Array[]>): Uint8Array[] {
  const out: Uint8Array[] = [];
  const file = new SectionedFileWriter(magic, (part) => out.push(part));
  for (const parts of sections) {
    file.begin();
    for (const part of parts) file.write(part);
    file.end();
  }
  file.finish();
  return out;
}

export interface OpenedSections {
  /** The section kept in memory (`OpenOptions.kept`, the first when it names several), whole. */
  readonly kept: Uint8Array;
  /** Section k, one of those kept in memory, whole. */
  keptSection(k: number): Uint8Array;
  /** The file's digest, as its trailer gives it (checked): what tells one file from another. */
  readonly digest: number;
  /** How long section k is. */
  length(k: number): number;
  /** `length` bytes of section k from `at` (read now). */
  read(k: number, at: number, length: number): Uint8Array;
}

/** Opens a file written by `writeSectionedFile`: checks the magic string, the lengths and the digest of every byte; throws CorruptData when any is wrong. */
export function openSectionedFile(file: StoredFile, magic: string, sections: number, options: OpenOptions = {}): OpenedSections {
  return runSteps(openSectionedFileSteps(file, magic, sections, options));
}

/** How a file is opened. */
export interface OpenOptions {
  /** Which sections are kept in memory (default the first). */
  readonly kept?: number | readonly number[];
  /**
   * The file never left this process's memory since it was written (another thread wrote it and handed its buffers
   * over): its digest was computed from these very bytes as they were written, so it is taken from the header, not
   * computed again, and the kept section is used in place when the file gives it as one aligned view. Reading a
   * 10,000-article index back this way allocates and hashes nothing of its 100 MB on the reading thread.
   */
  readonly written?: 'in memory';
}

/** `openSectionedFile` in steps: it yields after each chunk it reads for the digest (a language server answers requests in between). */
export function* openSectionedFileSteps(file: StoredFile, magic: string, sections: number, options: OpenOptions = {}): Steps<OpenedSections> {
  const head = encoder.encode(magic);
  const start = padded(head.length);
  const tail = trailerLength(sections);
  if (file.size < start + tail) throw new CorruptData('too short');
  const opening = file.read(0, start);
  for (let i = 0; i < start; i++) if (opening[i] !== (i < head.length ? head[i] : 0)) throw new CorruptData('not an index of this kind');
  const trailer = file.read(file.size - tail, tail);
  const view = new DataView(trailer.buffer, trailer.byteOffset, trailer.length);
  if (view.getUint32(0, true) !== sections) throw new CorruptData('not an index of this kind');
  const lengths = Array.from({ length: sections }, (_, k) => view.getUint32(4 * (k + 1), true));
  for (let i = 4 * (sections + 2); i < tail; i++) if (trailer[i] !== 0) throw new CorruptData('not an index of this kind');
  const starts: number[] = [];
  let end = start;
  for (const n of lengths) {
    starts.push(end);
    end += padded(n);
  }
  if (end + tail !== file.size) throw new CorruptData('truncated');
  const written = view.getUint32(4 * (sections + 1), true);
  const keptList = typeof options.kept === 'number' ? [options.kept] : options.kept ?? [0];
  const opened = (wholes: ReadonlyMap<number, Uint8Array>): OpenedSections => ({
    kept: wholes.get(keptList[0])!.subarray(0, lengths[keptList[0]]),
    keptSection(k) {
      const whole = wholes.get(k);
      if (!whole) throw new Error(`section ${k} is not kept`);
      return whole.subarray(0, lengths[k]);
    },
    digest: written,
    length: (k) => lengths[k],
    read(k, from, length) {
      if (from < 0 || length < 0 || from + length > lengths[k]) throw new CorruptData('outside the section');
      return file.read(starts[k] + from, length);
    },
  });
  const wholes = new Map<number, Uint8Array>();
  if (options.written === 'in memory') {
    for (const k of keptList) {
      const whole = file.read(starts[k], padded(lengths[k]));
      // Integer blocks are read from a kept section as views: it must stand at a multiple of four.
      wholes.set(k, whole.byteOffset % 4 === 0 ? whole : whole.slice());
    }
    return opened(wholes);
  }
  const digest = new Digest();
  // Every section is read a chunk at a time through one buffer used again, and its digest taken there (37 MB at
  // 10,000 articles in one read held the thread 140 ms). A kept section is then copied on into a buffer of its own,
  // which stands at a multiple of four, as the integer blocks read from it as views need. Reading it straight into
  // that buffer made the digest the first to touch each of its fresh pages, and on this kind of machine that costs
  // 2 ms a megabyte; the copy touches them at memcpy's pace, and the kernel writes into warm pages (see bench log).
  for (const k of keptList) wholes.set(k, new Uint8Array(padded(lengths[k])));
  const chunk = new Uint8Array(Math.min(CHUNK, file.size));
  for (let k = 0; k < sections; k++) {
    const whole = wholes.get(k);
    for (let from = 0; from < padded(lengths[k]); from += CHUNK) {
      const length = Math.min(CHUNK, padded(lengths[k]) - from);
      const part = file.read(starts[k] + from, length, chunk);
      digest.update(part);
      if (whole) whole.set(part, from);
      yield;
    }
  }
  if (digest.value(lengths) !== written) throw new CorruptData('checksum differs');
  return opened(wholes);
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
