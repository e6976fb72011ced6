// The persisted index's strings: each is written as its UTF-8 bytes, length first, and read back as it was, whether it
// is short ASCII (written in place by the writer), short with other characters, or long.
import * as assert from 'assert';
import { ByteReader, ByteWriter } from '../../src/core/index/binaryCodec';
import { joinedBytes } from '../../src/core/index/sectionedFile';

describe('the persisted index’s strings', () => {
  const texts = [
    '',
    'Kral',
    'Ana Kral\u0000person\u0000Ana\u0000Kral',
    // A character past ASCII after ASCII already written: the whole string is written again as UTF-8.
    'mayor Burtón',
    'é',
    'Zoë said “no”',
    'a'.repeat(64),
    'a'.repeat(63) + 'ñ',
    'a'.repeat(65),
    'emoji 🚲 here',
    `"We will meet again," the harbour master said. ${'More words. '.repeat(40)}`,
  ];

  it('writes each as its UTF-8 bytes after its length, and reads every one back as it was', () => {
    const writer = new ByteWriter(16);
    for (const text of texts) writer.string(text);
    const bytes = joinedBytes(writer.written());
    const reader = ByteReader.region(bytes, 0);
    assert.deepStrictEqual(texts.map(() => reader.string()), texts);
    // Byte for byte what a UTF-8 encoder gives, each after a five-byte length.
    let at = 0;
    for (const text of texts) {
      const utf8 = new TextEncoder().encode(text);
      assert.deepStrictEqual(bytes.subarray(at + 5, at + 5 + utf8.length), utf8, text);
      at += 5 + utf8.length;
    }
    assert.strictEqual(at, bytes.length);
  });
});

describe('the persisted index’s numbers passed over', () => {
  it('lands where reading the same numbers one by one lands, for numbers of one to eight bytes, and never reads past the end', () => {
    const numbers = [0, 1, 127, 128, 300, 16_383, 16_384, 2 ** 21, 2 ** 31 - 1, 2 ** 40 + 5, 2 ** 53 - 1, 7];
    const writer = new ByteWriter(16);
    for (const n of numbers) writer.uint(n);
    const bytes = joinedBytes(writer.written());
    for (let skip = 0; skip <= numbers.length; skip++) {
      const reader = ByteReader.region(bytes, 0);
      reader.skipUints(skip);
      assert.deepStrictEqual(numbers.slice(skip).map(() => reader.uint()), numbers.slice(skip), `after passing over ${skip}`);
      assert.ok(reader.done);
    }
    assert.throws(() => ByteReader.region(bytes, 0).skipUints(numbers.length + 1), /past the end/);
    assert.throws(() => ByteReader.region(new Uint8Array(12).fill(0x80), 0).skipUints(1), /too long/);
  });
});

describe('the persisted index read from a file’s buffer', () => {
  it('reads the same strings, numbers and aligned integers from a Buffer standing part way into a larger memory as from a plain copy', () => {
    const writer = new ByteWriter(16);
    writer.string('Ana Kral');
    writer.uint(300);
    writer.int32s([7, -1, 2 ** 30]);
    writer.string('Zoë said “no”');
    const bytes = joinedBytes(writer.written());
    // As a file is read: a Buffer (a subclass of Uint8Array) in a larger memory, at an offset that is a multiple of four.
    const memory = new ArrayBuffer(bytes.length + 64);
    const file = Buffer.from(memory, 32, bytes.length);
    file.set(bytes);
    const read = (from: Uint8Array) => {
      const reader = ByteReader.region(from, 0);
      return [reader.string(), reader.uint(), [...reader.int32s()], reader.string(), reader.done];
    };
    assert.deepStrictEqual(read(file), read(bytes.slice()));
    assert.deepStrictEqual(read(file), ['Ana Kral', 300, [7, -1, 2 ** 30], 'Zoë said “no”', true]);
  });
});
