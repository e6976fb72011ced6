// Halving searches over ascending numbers: where a text offset falls among sorted starts (lines, sentences, words,
// quotes, mentions). One search serves every caller, so an off-by-one is mended in one place.

/** The first of `length` ascending values (`valueAt(i)`) that is at least `at` (`length` when none is). */
export function firstAtLeast(length: number, at: number, valueAt: (i: number) => number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (valueAt(mid) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index of ascending `sorted` holding at least `at` (`sorted.length` when none does). */
export function firstAtLeastIn(sorted: ArrayLike<number>, at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the last of `spans` (ascending starts) that starts at or before `at`: the one holding it (0 when none does). */
export function lastStartingBy(spans: readonly { readonly start: number }[], at: number): number {
  return Math.max(0, firstAtLeast(spans.length, at + 1, (i) => spans[i].start) - 1);
}
