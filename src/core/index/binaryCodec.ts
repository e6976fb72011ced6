// A small binary encoding for the persisted index: unsigned varints, strings (UTF-8, length first) and aligned
// blocks of 32-bit integers that are read back as views of the file's own bytes (no copy, no parse). A checksum
// of the whole file tells a damaged file from a good one.

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** A file that is not a whole, well-formed index: it is never trusted. */
export class CorruptData extends Error {}

export class ByteWriter {
  private buf = new Uint8Array(1 << 16);
  private length = 0;
  private readonly headerLength: number;

  /** With `magic`, a whole file: its header (the magic string, the length and a checksum) is kept room for now and filled in by `finish`, so the bytes are never copied whole. */
  constructor(magic?: string) {
    const head = encoder.encode(magic ?? '');
    this.headerLength = magic === undefined ? 0 : headerLengthOf(head);
    this.buf.set(head);
    this.length = this.headerLength;
  }

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this.buf.subarray(0, this.length));
    this.buf = bigger;
  }

  uint(n: number): void {
    if (!(n >= 0) || !Number.isSafeInteger(n)) throw new RangeError(`not an unsigned integer: ${n}`);
    this.room(10);
    while (n >= 0x80) {
      this.buf[this.length++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    this.buf[this.length++] = n;
  }

  /** An integer that may be -1 (none). */
  optional(n: number): void {
    this.uint(n + 1);
  }

  string(text: string): void {
    // At most three bytes per UTF-16 code unit.
    this.room(10 + text.length * 3);
    const at = this.length + 5;
    const { written } = encoder.encodeInto(text, this.buf.subarray(at));
    // The length goes first, in a fixed five bytes, so the text can be written in place.
    let n = written;
    for (let i = 0; i < 4; i++) {
      this.buf[this.length++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    this.buf[this.length++] = n;
    this.length += written;
  }

  /** 32-bit integers, aligned to four bytes so that they are read back as a view. */
  int32s(values: ArrayLike<number>): void {
    this.uint(values.length);
    this.room(3 + values.length * 4);
    while (this.length % 4 !== 0) this.buf[this.length++] = 0;
    const view = new Int32Array(this.buf.buffer, this.buf.byteOffset + this.length, values.length);
    view.set(values);
    this.length += values.length * 4;
  }

  /** 16-bit integers (each under 65,536), aligned to two bytes so that they are read back as a view. */
  uint16s(values: ArrayLike<number>): void {
    this.uint(values.length);
    this.room(1 + values.length * 2);
    if (this.length % 2 !== 0) this.buf[this.length++] = 0;
    const view = new Uint16Array(this.buf.buffer, this.buf.byteOffset + this.length, values.length);
    view.set(values);
    this.length += values.length * 2;
  }

  /** Raw bytes, their length first. */
  bytes(data: Uint8Array): void {
    this.uint(data.length);
    this.room(data.length);
    this.buf.set(data, this.length);
    this.length += data.length;
  }

  /** How many bytes are written so far (where the next one goes). */
  get size(): number {
    return this.length;
  }

  /** The bytes written so far, without a header (a part of a larger file). */
  written(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }

  /** The file: its header filled in (the body's length and checksum), the body padded to a multiple of four bytes. */
  finish(): Uint8Array {
    const headerLength = this.headerLength;
    const bodyLength = this.length - headerLength;
    this.room(3);
    while (this.length % 4 !== 0) this.buf[this.length++] = 0;
    const out = this.buf.subarray(0, this.length);
    const view = new DataView(out.buffer, out.byteOffset, out.length);
    view.setUint32(headerLength - 8, bodyLength, true);
    view.setUint32(headerLength - 4, checksum(out, headerLength, bodyLength), true);
    return out;
  }
}

/** The header's length for a magic string: the string, then the body's length and checksum, to a multiple of four bytes. */
function headerLengthOf(head: Uint8Array): number {
  return Math.ceil((head.length + 8) / 4) * 4;
}

/**
 * A 32-bit digest of the body's `length` and every four bytes after `from`: four FNV-style lanes (xor a word in, multiply by an odd number)
 * over every fourth word each, so that the processor runs them side by side (one chain of multiplies was ten times
 * slower: 450 ms on a 115 MB file, against 40 ms). Each step maps a lane's state one-to-one, and so does the final
 * mix of each lane: a file that differs from the one written in any single word, or within a single lane, never
 * passes; a truncated one is caught by its length first.
 */
function checksum(bytes: Uint8Array, from: number, length: number): number {
  const words = new Int32Array(bytes.buffer, bytes.byteOffset + from, (bytes.length - from) >> 2);
  let a = (0x811c9dc5 ^ length) | 0;
  let b = 0x9747b28c | 0;
  let c = 0x2545f491 | 0;
  let d = 0x61c88647 | 0;
  const whole = words.length & ~3;
  for (let i = 0; i < whole; i += 4) {
    a = Math.imul(a ^ words[i], 0x01000193);
    b = Math.imul(b ^ words[i + 1], 0x01000193);
    c = Math.imul(c ^ words[i + 2], 0x01000193);
    d = Math.imul(d ^ words[i + 3], 0x01000193);
  }
  for (let i = whole; i < words.length; i++) a = Math.imul(a ^ words[i], 0x01000193);
  return (a ^ Math.imul(b, 0x5bd1e995) ^ Math.imul(c, 0x27d4eb2d) ^ Math.imul(d, 0x165667b1)) >>> 0;
}

export class ByteReader {
  private at: number;
  private readonly end: number;
  private readonly buf: Uint8Array;

  /** A reader of a part of a file already checked, from `at` to its end. */
  static region(bytes: Uint8Array, at: number): ByteReader {
    if (at > bytes.length) throw new CorruptData('outside the file');
    const reader = Object.create(ByteReader.prototype) as ByteReader;
    Object.assign(reader, { buf: bytes, at, end: bytes.length });
    return reader;
  }

  /** Checks the magic string, the length and the checksum; throws CorruptData when any is wrong. */
  constructor(bytes: Uint8Array, magic: string) {
    // Blocks of integers are read as views, which must stand at a multiple of four in their buffer.
    this.buf = bytes = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
    const head = encoder.encode(magic);
    const headerLength = headerLengthOf(head);
    if (bytes.length < headerLength) throw new CorruptData('too short');
    for (let i = 0; i < head.length; i++) if (bytes[i] !== head[i]) throw new CorruptData('not an index of this kind');
    for (let i = head.length; i < headerLength - 8; i++) if (bytes[i] !== 0) throw new CorruptData('not an index of this kind');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    const length = view.getUint32(headerLength - 8, true);
    if (headerLength + Math.ceil(length / 4) * 4 !== bytes.length) throw new CorruptData('truncated');
    if (checksum(bytes, headerLength, length) !== view.getUint32(headerLength - 4, true)) throw new CorruptData('checksum differs');
    this.at = headerLength;
    this.end = headerLength + length;
  }

  private need(n: number): void {
    if (this.at + n > this.end) throw new CorruptData('reads past the end');
  }

  uint(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      this.need(1);
      const b = this.buf[this.at++];
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 0x80;
      if (scale > 2 ** 56) throw new CorruptData('integer too long');
    }
  }

  optional(): number {
    return this.uint() - 1;
  }

  string(): string {
    const bytes = this.stringBytes();
    return bytes.length === 0 ? '' : decoder.decode(bytes);
  }

  /** A view of the file's bytes (not a copy): valid as long as the file's buffer is kept. */
  int32s(): Int32Array {
    const n = this.uint();
    while (this.at % 4 !== 0) this.at++;
    this.need(n * 4);
    const view = new Int32Array(this.buf.buffer, this.buf.byteOffset + this.at, n);
    this.at += n * 4;
    return view;
  }

  /** A view of the file's bytes, like `int32s`. */
  uint16s(): Uint16Array {
    const n = this.uint();
    if (this.at % 2 !== 0) this.at++;
    this.need(n * 2);
    const view = new Uint16Array(this.buf.buffer, this.buf.byteOffset + this.at, n);
    this.at += n * 2;
    return view;
  }

  /** The raw bytes of a string written with `string`, decoded later (`decodeText`). */
  stringBytes(): Uint8Array {
    this.need(5);
    let n = 0;
    for (let i = 0; i < 5; i++) n |= (this.buf[this.at + i] & 0x7f) << (7 * i);
    this.at += 5;
    n >>>= 0;
    this.need(n);
    const out = this.buf.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }

  /** Raw bytes written with `bytes`: a view of the file. */
  bytes(): Uint8Array {
    const n = this.uint();
    this.need(n);
    const out = this.buf.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }

  /** Where the reader stands, to come back later (a part decoded on first use). */
  get position(): number {
    return this.at;
  }

  seek(position: number): void {
    if (position < 0 || position > this.end) throw new CorruptData('seeks past the end');
    this.at = position;
  }

  get done(): boolean {
    return this.at === this.end;
  }
}

export function decodeText(bytes: Uint8Array): string {
  return bytes.length === 0 ? '' : decoder.decode(bytes);
}
