// The persisted index's encoding: what is written reads back the same, and a file changed anywhere is refused.
import * as assert from 'assert';
import { ByteReader, ByteWriter, CorruptData } from '../../src/core/index/binaryCodec';

const MAGIC = 'codec test\n';
/** The magic string, padded to four bytes, then the body's length and digest. */
const HEADER = 20;

function sample(): Uint8Array {
  const out = new ByteWriter(MAGIC);
  out.string('Ann Lee, harbour master — «Ça va»');
  out.uint(300);
  out.int32s([1, -2, 70_000, 0x7fffffff]);
  out.bytes(new Uint8Array([9, 8, 7]));
  out.uint16s([0, 65_535, 7]);
  for (let i = 0; i < 40; i++) out.uint(i * 997);
  return out.finish();
}

describe('the index file encoding', () => {
  it('reads back what was written', () => {
    const input = new ByteReader(sample(), MAGIC);
    assert.strictEqual(input.string(), 'Ann Lee, harbour master — «Ça va»');
    assert.strictEqual(input.uint(), 300);
    assert.deepStrictEqual(Array.from(input.int32s()), [1, -2, 70_000, 0x7fffffff]);
    assert.deepStrictEqual(Array.from(input.bytes()), [9, 8, 7]);
    assert.deepStrictEqual(Array.from(input.uint16s()), [0, 65_535, 7]);
    for (let i = 0; i < 40; i++) assert.strictEqual(input.uint(), i * 997);
    assert.ok(input.done);
  });

  it('refuses a file with any one byte changed, any bit of it, or with its bytes cut short', () => {
    const good = sample();
    for (let at = 0; at < good.length; at++) {
      for (const bit of [0x01, 0x80, 0xff]) {
        const bad = good.slice();
        bad[at] ^= bit;
        assert.throws(() => new ByteReader(bad, MAGIC), CorruptData, `byte ${at} changed by ${bit}`);
      }
    }
    for (const length of [0, 4, good.length - 4, good.length - 1]) assert.throws(() => new ByteReader(good.slice(0, length), MAGIC), CorruptData);
  });

  it('refuses two words swapped, whichever lane of the digest they fall in', () => {
    const good = sample();
    const words = (good.length - HEADER) >> 2;
    for (let i = 0; i < words; i++) {
      for (const j of [i + 1, i + 4]) {
        if (j >= words) continue;
        const bad = good.slice();
        const view = new DataView(bad.buffer);
        const [x, y] = [view.getUint32(HEADER + 4 * i), view.getUint32(HEADER + 4 * j)];
        if (x === y) continue;
        view.setUint32(HEADER + 4 * i, y);
        view.setUint32(HEADER + 4 * j, x);
        assert.throws(() => new ByteReader(bad, MAGIC), CorruptData, `words ${i} and ${j} swapped`);
      }
    }
  });
});
