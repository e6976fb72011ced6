// Where a quote's rarest words (its anchors) stand close together in the sources: the places findClosest aligns the
// quote against. A check asks this of every quote of a draft not found word for word, and again for another source's
// rendering of each altered one; reading every occurrence of every anchor made its cost grow with the corpus (the
// commonest anchors of a quote stand thousands of times in 10,000 articles). A window needs several distinct anchors,
// so it holds an occurrence of one of the rarer anchors: only the occurrences near those are read.

/**
 * The windows' ends, in the order findClosest tries them. Each anchor occurrence, shifted by the anchor's place in
 * the quote (`offsets`), estimates where the quote would start; a window ends at an estimate and holds the estimates
 * up to `width` before it (an estimate equal to its end counts when its anchor comes first in `postings`, as in a
 * stable sort of the anchors' estimates). Windows with `needed` distinct anchors or more are given, those with the
 * most first, each count's in stream order.
 */
export function anchorWindows(postings: readonly Int32Array[], offsets: readonly number[], width: number, needed: number): Int32Array {
  const anchors = postings.length;
  if (anchors < needed) return new Int32Array(0);
  // Any `anchors - needed + 1` anchors hold one of a window's `needed`: the window ends within `width` after an
  // estimate of one of them. The ones with the fewest occurrences are taken; when they hold a quarter of them or more,
  // every estimate is read in turn (skipping through the others would cost more than it saves).
  const byLength = postings.map((_, a) => a).sort((a, b) => postings[a].length - postings[b].length);
  const rareAnchors = byLength.slice(0, anchors - needed + 1);
  let total = 0;
  for (const list of postings) total += list.length;
  let rareTotal = 0;
  for (const a of rareAnchors) rareTotal += postings[a].length;
  const skip = rareTotal * SKIP_WORTH < total;
  const rare = skip ? mergedEstimates(rareAnchors.map((a) => postings[a]), rareAnchors.map((a) => offsets[a])).at : null;
  // Each anchor's estimates that may end a window (all of them, or those within `width` after a rare estimate).
  const candidates = mergedEstimates(
    postings.map((list, a) => (rare && !rareAnchors.includes(a) ? near(list, offsets[a], rare, width) : list)),
    offsets.map((offset, a) => (rare && !rareAnchors.includes(a) ? 0 : offset)),
  );
  const windowAt = new Int32Array(candidates.at.length);
  const windowCount = new Uint8Array(candidates.at.length);
  let windows = 0;
  const count = rare ? countsAmong(postings, offsets, width, candidates) : countsInTurn(anchors, width, candidates);
  for (let c = 0; c < candidates.at.length; c++) {
    if (count[c] >= needed) {
      windowAt[windows] = candidates.at[c];
      windowCount[windows++] = count[c];
    }
  }
  const ordered = new Int32Array(windows);
  let filled = 0;
  for (let most = anchors; most >= needed; most--) for (let w = 0; w < windows; w++) if (windowCount[w] === most) ordered[filled++] = windowAt[w];
  return ordered;
}

/** Skipping through the commoner anchors' occurrences pays when the rarer ones are fewer than 1 in this many. */
const SKIP_WORTH = 4;

interface Estimates {
  readonly at: Int32Array;
  readonly anchor: Uint8Array;
}

/** The distinct anchors of each window, where `all` is every estimate: the window slides along them. */
function countsInTurn(anchors: number, width: number, all: Estimates): Uint8Array {
  const count = new Uint8Array(all.at.length);
  const inWindow = new Int32Array(anchors);
  let distinct = 0;
  for (let i = 0, j = 0; i < all.at.length; i++) {
    if (inWindow[all.anchor[i]]++ === 0) distinct++;
    for (; all.at[j] < all.at[i] - width; j++) if (--inWindow[all.anchor[j]] === 0) distinct--;
    count[i] = distinct;
  }
  return count;
}

/** The distinct anchors of each window, where `candidates` are some estimates: each anchor's occurrences are searched. */
function countsAmong(postings: readonly Int32Array[], offsets: readonly number[], width: number, candidates: Estimates): Uint8Array {
  const count = new Uint8Array(candidates.at.length);
  // The last occurrence of each anchor whose estimate is at or before the candidate (candidates come in stream order).
  const upTo = new Int32Array(postings.length).fill(-1);
  for (let c = 0; c < candidates.at.length; c++) {
    const at = candidates.at[c];
    let distinct = 0;
    for (let a = 0; a < postings.length; a++) {
      const list = postings[a];
      const offset = offsets[a];
      upTo[a] = firstAtLeast(list, at + offset + 1, Math.max(0, upTo[a])) - 1;
      // An estimate at the candidate's own place comes after it in stream order when its anchor comes later.
      const last = upTo[a] >= 0 && list[upTo[a]] - offset === at && a > candidates.anchor[c] ? upTo[a] - 1 : upTo[a];
      if (last >= 0 && list[last] - offset >= at - width) distinct++;
    }
    count[c] = distinct;
  }
  return count;
}

/** The estimates of `lists` (each ascending, less its offset) in stream order: merged, the earlier list first on a tie. */
function mergedEstimates(lists: readonly Int32Array[], offsets: readonly number[]): Estimates {
  let total = 0;
  for (const list of lists) total += list.length;
  const at = new Int32Array(total);
  const anchor = new Uint8Array(total);
  const next = new Int32Array(lists.length);
  for (let n = 0; n < total; n++) {
    let chosen = -1;
    let chosenAt = 0;
    for (let a = 0; a < lists.length; a++) {
      if (next[a] === lists[a].length) continue;
      const estimate = lists[a][next[a]] - offsets[a];
      if (chosen < 0 || estimate < chosenAt) {
        chosen = a;
        chosenAt = estimate;
      }
    }
    at[n] = chosenAt;
    anchor[n] = chosen;
    next[chosen]++;
  }
  return { at, anchor };
}

/** The estimates of `list` (ascending, less `offset`) that stand within `width` at or after a rare estimate (ascending). */
function near(list: Int32Array, offset: number, rare: Int32Array, width: number): Int32Array {
  const kept: number[] = [];
  let from = 0;
  for (let r = 0; r < rare.length && from < list.length; r++) {
    from = firstAtLeast(list, rare[r] + offset, from);
    for (; from < list.length && list[from] - offset <= rare[r] + width; from++) kept.push(list[from] - offset);
  }
  return Int32Array.from(kept);
}

/** The first index at or after `from` whose value is at least `value` (a galloping search: steps double, then halve). */
function firstAtLeast(list: Int32Array, value: number, from: number): number {
  if (from >= list.length || list[from] >= value) return from;
  let low = from;
  let step = 1;
  while (low + step < list.length && list[low + step] < value) {
    low += step;
    step *= 2;
  }
  let high = Math.min(low + step, list.length);
  // list[low] < value; list[high] >= value or high is the end.
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    if (list[mid] < value) low = mid;
    else high = mid;
  }
  return high;
}
