// The persisted index's encoding: what is written reads back the same, and a file changed anywhere is refused, the
// sections not kept in memory included.
import * as assert from 'assert';
import { ByteReader, ByteWriter, CorruptData } from '../../src/core/index/binaryCodec';
import { joinedBytes, openSectionedFile, SectionedFileWriter, storedBytes, writeSectionedFile } from '../../src/core/index/sectionedFile';

const MAGIC = 'codec test\n';
const LARGE = Int32Array.from({ length: 40_000 }, (_, i) => i * 7919 - 1_000_000);

/** Writes the three sections' values: values of every kind, a few bytes, and a longer run of numbers; with `large`, blocks kept by reference too. */
function writeSample(large: boolean, section: (write: (out: ByteWriter) => void) => void): void {
  section((first) => {
    first.string('Ann Lee, harbour master — «Ça va»');
    first.uint(300);
    first.int32s([1, -2, 70_000, 0x7fffffff]);
    first.bytes(new Uint8Array([9, 8, 7]));
    first.uint16s([0, 65_535, 7]);
    if (large) {
      // Blocks large enough to be kept by reference, not copied, between values that leave them unaligned.
      first.string('odd');
      first.int32s(LARGE);
      first.uint(7);
      // An odd count of 16-bit numbers kept by reference: what follows must still stand where a view needs it.
      first.uint16s(LARGE.subarray(1).map((n) => n & 0xffff));
      first.int32s([5, -6]);
      first.string('after ' + 'a long string, longer than a small buffer. '.repeat(20));
    }
  });
  section((second) => second.string('the second section'));
  section((third) => {
    for (let i = 0; i < 40; i++) third.uint(i * 997);
  });
}

/** The sample file, its sections' parts kept. */
function sample(large = false): Uint8Array {
  const sections: Uint8Array[][] = [];
  writeSample(large, (write) => {
    const out = new ByteWriter();
    write(out);
    sections.push(out.written());
  });
  return joinedBytes(writeSectionedFile(MAGIC, sections));
}

/** The sample file written as it is made, through a buffer of `scratch` bytes used again (each part copied as it comes, as a disk would take it). */
function sampleAsMade(large: boolean, scratch: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const file = new SectionedFileWriter(MAGIC, (part) => parts.push(part.slice()));
  const buffer = new Uint8Array(scratch);
  writeSample(large, (write) => {
    file.begin();
    const out = ByteWriter.into(file.write, buffer);
    write(out);
    assert.deepStrictEqual(out.written(), [], 'everything handed on');
    file.end();
  });
  file.finish();
  return joinedBytes(parts);
}

describe('the index file encoding', () => {
  it('reads back what was written, the first section whole and the others in place', () => {
    const file = openSectionedFile(storedBytes(sample(true)), MAGIC, 3);
    const input = ByteReader.region(file.kept, 0);
    assert.strictEqual(input.string(), 'Ann Lee, harbour master — «Ça va»');
    assert.strictEqual(input.uint(), 300);
    assert.deepStrictEqual(Array.from(input.int32s()), [1, -2, 70_000, 0x7fffffff]);
    assert.deepStrictEqual(Array.from(input.bytes()), [9, 8, 7]);
    assert.deepStrictEqual(Array.from(input.uint16s()), [0, 65_535, 7]);
    assert.strictEqual(input.string(), 'odd');
    assert.deepStrictEqual(Array.from(input.int32s()), Array.from(LARGE));
    assert.strictEqual(input.uint(), 7);
    assert.deepStrictEqual(Array.from(input.uint16s()), Array.from(LARGE.subarray(1), (n) => n & 0xffff));
    assert.deepStrictEqual(Array.from(input.int32s()), [5, -6]);
    assert.strictEqual(input.string(), 'after ' + 'a long string, longer than a small buffer. '.repeat(20));
    assert.ok(input.done);
    assert.strictEqual(ByteReader.region(file.read(1, 0, file.length(1)), 0).string(), 'the second section');
    const third = ByteReader.region(file.read(2, 0, file.length(2)), 0);
    for (let i = 0; i < 40; i++) assert.strictEqual(third.uint(), i * 997);
    assert.throws(() => file.read(1, 1, file.length(1)), CorruptData);
  });

  it('writes, through a small buffer used again as it fills, the very bytes it writes with every part kept', () => {
    for (const large of [false, true]) {
      const kept = sample(large);
      for (const scratch of [16, 100, 4096, 1 << 20]) assert.ok(Buffer.from(sampleAsMade(large, scratch)).equals(Buffer.from(kept)), `large ${large}, a buffer of ${scratch} bytes`);
    }
  });

  it('refuses a file with any one byte changed, any bit of it, or cut short, or with another magic string', () => {
    const good = sample();
    for (let at = 0; at < good.length; at++) {
      for (const bit of [0x01, 0x80, 0xff]) {
        const bad = good.slice();
        bad[at] ^= bit;
        assert.throws(() => openSectionedFile(storedBytes(bad), MAGIC, 3), CorruptData, `byte ${at} changed by ${bit}`);
      }
    }
    for (const length of [0, 4, good.length - 16, good.length - 1]) assert.throws(() => openSectionedFile(storedBytes(good.slice(0, length)), MAGIC, 3), CorruptData);
    assert.throws(() => openSectionedFile(storedBytes(good), 'codec tesT\n', 3), CorruptData);
    assert.throws(() => openSectionedFile(storedBytes(good), MAGIC, 2), CorruptData);
  });

  it('refuses a change in the last megabytes of a long section, read through a small buffer', () => {
    const long = new Uint8Array(3_000_001).map((_, i) => i % 251);
    const good = joinedBytes(writeSectionedFile(MAGIC, [[new Uint8Array(8)], [long.subarray(0, 5), long.subarray(5)]]));
    assert.strictEqual(openSectionedFile(storedBytes(good), MAGIC, 2).read(1, 2_999_000, 1000)[999], 2_999_999 % 251);
    for (const at of [good.length - 17, good.length - 1_500_000]) {
      const bad = good.slice();
      bad[at] ^= 1;
      assert.throws(() => openSectionedFile(storedBytes(bad), MAGIC, 2), CorruptData, `byte ${at}`);
    }
  });

  it('refuses two words swapped, whichever lane of the digest they fall in', () => {
    const good = sample();
    const words = good.length >> 2;
    for (let i = 0; i < words; i++) {
      for (const j of [i + 1, i + 4]) {
        if (j >= words) continue;
        const bad = good.slice();
        const view = new DataView(bad.buffer);
        const [x, y] = [view.getUint32(4 * i), view.getUint32(4 * j)];
        if (x === y) continue;
        view.setUint32(4 * i, y);
        view.setUint32(4 * j, x);
        assert.throws(() => openSectionedFile(storedBytes(bad), MAGIC, 3), CorruptData, `words ${i} and ${j} swapped`);
      }
    }
  });
});
