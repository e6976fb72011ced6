// A sort that yields (see stepwise.ts): runs of a few thousand items sorted at once, then merged pairwise a few
// thousand items at a time. The word index's vocabulary is sorted so while it is built; one `Array.prototype.sort` of
// 100,000 quotes held a language server's thread 0.1-0.3 s when an index read back made its completion structures.
import type { Steps } from './stepwise';

/** Items sorted at once between two yields. */
const RUN = 4096;

/**
 * `items` sorted by `compare` (a total order), in steps: runs of `run` items sorted at once, then merged, `perStep`
 * items between two yields. Returns the sorted array (`items` or another of its length).
 */
export function* sortInSteps(items: Int32Array, compare: (a: number, b: number) => number, run = RUN, perStep = run): Steps<Int32Array> {
  const n = items.length;
  for (let from = 0; from < n; from += run) {
    items.subarray(from, Math.min(n, from + run)).sort(compare);
    yield;
  }
  let source: Int32Array = items;
  let target: Int32Array = new Int32Array(n);
  let moved = 0;
  for (let width = run; width < n; width *= 2) {
    for (let left = 0; left < n; left += 2 * width) {
      const middle = Math.min(n, left + width);
      const end = Math.min(n, left + 2 * width);
      let i = left;
      let j = middle;
      for (let k = left; k < end; k++) {
        target[k] = i < middle && (j >= end || compare(source[i], source[j]) <= 0) ? source[i++] : source[j++];
        if (++moved % perStep === 0) yield;
      }
    }
    [source, target] = [target, source];
  }
  return source;
}
