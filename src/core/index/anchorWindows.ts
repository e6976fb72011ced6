// Where a quote's rarest words (its anchors) stand close together in the sources: the places findClosest aligns the
// quote against. Every occurrence of every anchor is read (the cost grows with the corpus), so the reading is done
// in typed arrays, merged from the sorted postings rather than sorted as objects: a check of a long draft asks this
// of every quote not found word for word, and again for another source's rendering of each altered one.

/**
 * The windows' ends, in the order findClosest tries them. Each anchor occurrence, shifted by the anchor's place in
 * the quote (`offsets`), estimates where the quote would start; a window ends at an estimate and holds the estimates
 * up to `width` before it (an estimate equal to its end counts when its anchor comes first in `postings`, as in a
 * stable sort of the anchors' estimates). Windows with `needed` distinct anchors or more are given, those with the
 * most first, each count's in stream order.
 */
export function anchorWindows(postings: readonly Int32Array[], offsets: readonly number[], width: number, needed: number): Int32Array {
  const anchors = postings.length;
  let total = 0;
  for (const list of postings) total += list.length;
  // The estimates in stream order: a merge of the anchors' ascending postings, the earlier anchor first on a tie.
  const at = new Int32Array(total);
  const anchor = new Uint8Array(total);
  const next = new Int32Array(anchors);
  for (let n = 0; n < total; n++) {
    let chosen = -1;
    let chosenAt = 0;
    for (let a = 0; a < anchors; a++) {
      if (next[a] === postings[a].length) continue;
      const estimate = postings[a][next[a]] - offsets[a];
      if (chosen < 0 || estimate < chosenAt) {
        chosen = a;
        chosenAt = estimate;
      }
    }
    at[n] = chosenAt;
    anchor[n] = chosen;
    next[chosen]++;
  }
  const windowAt = new Int32Array(total);
  const windowCount = new Uint8Array(total);
  let windows = 0;
  const inWindow = new Int32Array(anchors);
  let distinct = 0;
  for (let i = 0, j = 0; i < total; i++) {
    if (inWindow[anchor[i]]++ === 0) distinct++;
    for (; at[j] < at[i] - width; j++) if (--inWindow[anchor[j]] === 0) distinct--;
    if (distinct >= needed) {
      windowAt[windows] = at[i];
      windowCount[windows++] = distinct;
    }
  }
  const ordered = new Int32Array(windows);
  let filled = 0;
  for (let count = anchors; count >= needed; count--) for (let w = 0; w < windows; w++) if (windowCount[w] === count) ordered[filled++] = windowAt[w];
  return ordered;
}
