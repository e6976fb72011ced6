// The sort that yields: the same order as one sort at once, whatever the sizes of its runs, and steps that are short.
import * as assert from 'assert';
import { sortInSteps } from '../../src/core/index/sortInSteps';
import type { Steps } from '../../src/core/index/stepwise';

function run<T>(steps: Steps<T>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, yields };
    yields++;
  }
}

describe('sorting in steps', () => {
  it('orders as one sort at once for any length, with many equal keys, yielding along the way', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const n of [0, 1, 5, 16, 17, 100, 1000, 4097]) {
      const keys = Array.from({ length: n }, () => Math.floor(random() * 50));
      const compare = (a: number, b: number) => keys[a] - keys[b] || a - b;
      const expected = Array.from({ length: n }, (_, i) => i).sort(compare);
      const { value, yields } = run(sortInSteps(Int32Array.from({ length: n }, (_, i) => n - 1 - i), compare, 16, 16));
      assert.deepStrictEqual(Array.from(value), expected, `${n} items`);
      if (n > 64) assert.ok(yields >= n / 16, `${yields} yields for ${n} items`);
    }
  });
});
