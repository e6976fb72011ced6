import * as assert from 'assert';
import { trimmed } from '../../src/core/text/trimmedArrays';

describe('trimmed arrays', () => {
  it('copies a short array grown by push into one of its own length, with the same elements in order', () => {
    const grown: Array<{ at: number }> = [];
    for (let i = 0; i < 3; i++) grown.push({ at: i });
    const kept = trimmed(grown);
    assert.notStrictEqual(kept, grown);
    assert.deepStrictEqual(kept, grown);
    assert.strictEqual(kept[2], grown[2]);
  });

  it('keeps a long array as it is', () => {
    const long = Array.from({ length: 40 }, (_, i) => i);
    assert.strictEqual(trimmed(long), long);
  });

  it('gives an empty array for an empty one', () => {
    assert.deepStrictEqual(trimmed([]), []);
  });
});
