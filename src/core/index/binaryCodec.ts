// A small binary encoding for the persisted index: unsigned varints, strings (UTF-8, length first) and aligned
// blocks of 16- and 32-bit integers that are read back as views of the file's own bytes (no copy, no parse). The
// file's header and digest are sectionedFile's.

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** A file that is not a whole, well-formed index: it is never trusted. */
export class CorruptData extends Error {}

/** Blocks at least this long are kept by reference rather than copied (see `ByteWriter.written`). */
const BY_REFERENCE = 1 << 16;
/** Texts up to this many code units are tried as ASCII first (see `asciiInPlace`). */
const SHORT_TEXT = 64;

/**
 * Writes into a buffer that doubles as it fills; large blocks of integers (the word index's arrays) are not copied
 * into it but kept by reference, and the bytes come out as parts to be written one after another: copying them
 * whole cost as much as writing the file (fresh memory is slow to touch). A writer made with `into` hands its bytes
 * on as its buffer fills instead, and fills the same buffer again.
 */
export class ByteWriter {
  private buf: Uint8Array;
  private length = 0;
  /** Parts done with, before `buf`, and their length. */
  private readonly parts: Uint8Array[] = [];
  private flushed = 0;
  /** Where a writer made with `into` hands its bytes. */
  private target?: (part: Uint8Array) => void;

  /** `expected`: about how many bytes will be written (the buffer starts that large). */
  constructor(expected = 1 << 16) {
    this.buf = new Uint8Array(Math.max(1 << 10, expected));
  }

  /**
   * A writer that hands what it writes to `target`, in order, each time `scratch` (its buffer, used again and again)
   * is full, and at `written`; `target` must be done with a part when it returns.
   */
  static into(target: (part: Uint8Array) => void, scratch: Uint8Array): ByteWriter {
    const writer = new ByteWriter(0);
    writer.buf = scratch;
    writer.target = target;
    return writer;
  }

  /** Hands the bytes in the buffer to the target. */
  private flush(): void {
    if (this.length === 0) return;
    this.target!(this.buf.subarray(0, this.length));
    this.flushed += this.length;
    this.length = 0;
  }

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    if (this.target) {
      // Handed on in multiples of 16 bytes, the rest moved to the front: the file's digest reads its input in
      // aligned groups of 16, and a part of any other length left the next one misaligned, to be copied whole.
      const whole = this.length - (this.length % 16);
      if (whole > 0) this.target(this.buf.subarray(0, whole));
      this.flushed += whole;
      this.buf.copyWithin(0, whole, this.length);
      this.length -= whole;
      if (this.length + n > this.buf.length) {
        // A value larger than the buffer (a long text) gets a buffer of its own size.
        const bigger = new Uint8Array(this.length + n);
        bigger.set(this.buf.subarray(0, this.length));
        this.buf = bigger;
      }
      return;
    }
    let size = Math.max(1 << 10, this.buf.length * 2);
    while (size < this.length + n) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this.buf.subarray(0, this.length));
    this.buf = bigger;
  }

  /** Zero bytes up to a multiple of `n` of the whole (so that blocks of integers are read back as views). */
  private align(n: number): void {
    this.room(n);
    while ((this.flushed + this.length) % n !== 0) this.buf[this.length++] = 0;
  }

  /** Appends bytes: copied when small, else by reference (the caller leaves them unchanged until written). */
  private append(bytes: Uint8Array): void {
    if (this.target && bytes.length >= BY_REFERENCE) {
      this.flush();
      this.target(bytes);
      this.flushed += bytes.length;
      return;
    }
    if (bytes.length < BY_REFERENCE) {
      this.room(bytes.length);
      this.buf.set(bytes, this.length);
      this.length += bytes.length;
      return;
    }
    this.parts.push(this.buf.subarray(0, this.length), bytes);
    this.flushed += this.length + bytes.length;
    this.buf = this.buf.subarray(this.length);
    this.length = 0;
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
    const written = this.asciiInPlace(text, at) ?? encoder.encodeInto(text, this.buf.subarray(at)).written;
    // The length goes first, in a fixed five bytes, so the text can be written in place.
    let n = written;
    for (let i = 0; i < 4; i++) {
      this.buf[this.length++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    this.buf[this.length++] = n;
    this.length += written;
  }

  /**
   * A short text of ASCII alone, written at `at` by this thread (its UTF-8 is its code units), and its length; else
   * undefined (written in part, for `encodeInto` to write over). Most strings of an index are short names, words and
   * keys: a call of `encodeInto` and the view it is given cost them more than their bytes (a tenth of a cold build's
   * writing at 10,000 articles).
   */
  private asciiInPlace(text: string, at: number): number | undefined {
    if (text.length > SHORT_TEXT) return undefined;
    const buf = this.buf;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) return undefined;
      buf[at + i] = c;
    }
    return text.length;
  }

  /** 32-bit integers, aligned to four bytes so that they are read back as a view. */
  int32s(values: ArrayLike<number>): void {
    this.uint(values.length);
    this.align(4);
    const block = values instanceof Int32Array ? values : Int32Array.from(values as ArrayLike<number>);
    this.append(new Uint8Array(block.buffer, block.byteOffset, block.byteLength));
  }

  /** 16-bit integers (each under 65,536), aligned to two bytes so that they are read back as a view; kept by reference when they are 16-bit already. */
  uint16s(values: ArrayLike<number>): void {
    this.uint(values.length);
    this.align(2);
    const block = values instanceof Uint16Array ? values : Uint16Array.from(values);
    this.append(new Uint8Array(block.buffer, block.byteOffset, block.byteLength));
  }

  /** Raw bytes (as one or as parts), their length first. */
  bytes(data: Uint8Array | readonly Uint8Array[]): void {
    const parts = data instanceof Uint8Array ? [data] : data;
    this.uint(parts.reduce((n, p) => n + p.length, 0));
    for (const part of parts) this.append(part);
  }

  /** How many bytes are written so far (where the next one goes). */
  get size(): number {
    return this.flushed + this.length;
  }

  /** The bytes written, as parts to be written one after another (none for a writer made with `into`: it hands the last of them to its target). */
  written(): Uint8Array[] {
    if (this.target) {
      this.flush();
      return [];
    }
    return [...this.parts, this.buf.subarray(0, this.length)];
  }
}

export class ByteReader {
  private at: number;
  private readonly end: number;
  private readonly buf: Uint8Array;

  /** A reader of a part of a file already checked, from `at` to its end. */
  static region(bytes: Uint8Array, at: number): ByteReader {
    return new ByteReader(bytes, at);
  }

  private constructor(bytes: Uint8Array, at: number) {
    if (at > bytes.length) throw new CorruptData('outside the file');
    // Read through a plain Uint8Array view: a file's bytes come as a subclass (Node's Buffer), whose `subarray` runs
    // its own constructor for every string read; opening the 10,000-article index reads 70,000 of them, and in
    // callgrind 70,000 views of a subclass took 64 M instructions against 46 M for plain ones.
    this.buf = bytes.constructor === Uint8Array ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    this.at = at;
    this.end = bytes.length;
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

  /**
   * Passes over `count` numbers written with `uint` without making them: a number ends at its first byte under 0x80,
   * so counting those is all it takes (an update passes over the stored calls of every article before the one it reads).
   */
  skipUints(count: number): void {
    const buf = this.buf;
    let at = this.at;
    let run = 0;
    for (let left = count; left > 0; at++) {
      if (at >= this.end) throw new CorruptData('reads past the end');
      if (buf[at] < 0x80) {
        left--;
        run = 0;
      } else if (++run > 8) throw new CorruptData('integer too long');
    }
    this.at = at;
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
    const n = this.stringLength();
    const out = this.buf.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }

  /** Passes over a string written with `string`, to read it later from where it stood (`seek`). */
  skipString(): void {
    const n = this.stringLength();
    this.at += n;
  }

  private stringLength(): number {
    this.need(5);
    let n = 0;
    for (let i = 0; i < 5; i++) n |= (this.buf[this.at + i] & 0x7f) << (7 * i);
    this.at += 5;
    n >>>= 0;
    this.need(n);
    return n;
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
