// The windows findClosest aligns a quote against come from a merge of the anchors' postings; they must be the ones,
// in the order, that sorting every anchor occurrence as an object gave (the order decides which passages are tried
// when more than six qualify, so a different order could give a quote another closest passage).
import * as assert from 'assert';
import { anchorWindows } from '../../src/core/index/anchorWindows';
import { seededRandom } from '../support/generateCorpus';

/** The reading findClosest made before: every estimate an object, a stable sort, then a stable sort by count. */
function sortedWindows(postings: readonly Int32Array[], offsets: readonly number[], width: number, needed: number): number[] {
  const estimates: Array<{ at: number; anchor: number }> = [];
  postings.forEach((list, anchor) => list.forEach((at) => estimates.push({ at: at - offsets[anchor], anchor })));
  estimates.sort((a, b) => a.at - b.at);
  const windows: Array<{ at: number; count: number }> = [];
  const inWindow = new Int32Array(postings.length);
  let distinct = 0;
  for (let i = 0, j = 0; i < estimates.length; i++) {
    if (inWindow[estimates[i].anchor]++ === 0) distinct++;
    for (; estimates[j].at < estimates[i].at - width; j++) if (--inWindow[estimates[j].anchor] === 0) distinct--;
    if (distinct >= needed) windows.push({ at: estimates[i].at, count: distinct });
  }
  return windows.sort((a, b) => b.count - a.count).map((w) => w.at);
}

describe('anchorWindows: where a quote’s rarest words stand together', () => {
  it('gives the windows of a stable sort of the anchors’ occurrences, ties of position and of count included', () => {
    const random = seededRandom(5);
    for (let round = 0; round < 600; round++) {
      const anchors = 2 + Math.floor(random() * 5);
      // Crowded streams, so that estimates of different anchors often fall on one position, and long ones where a
      // common anchor stands far more often than the rare ones (the reading skips through its occurrences).
      const span = round % 2 ? 20 + Math.floor(random() * 400) : 1000 + Math.floor(random() * 20_000);
      const sizes = Array.from({ length: anchors }, () => Math.floor(random() ** 3 * (round % 2 ? 60 : 2000)));
      const postings = sizes.map((size) => Int32Array.from([...new Set(Array.from({ length: size }, () => Math.floor(random() * span)))].sort((a, b) => a - b)));
      const offsets = Array.from({ length: anchors }, () => Math.floor(random() * 8));
      const width = 6 + Math.floor(random() * 6);
      const needed = Math.max(2, Math.ceil(anchors / 2));
      assert.deepStrictEqual([...anchorWindows(postings, offsets, width, needed)], sortedWindows(postings, offsets, width, needed));
    }
  });

  it('gives no window where the anchors never stand within the width of one another', () => {
    assert.deepStrictEqual([...anchorWindows([Int32Array.of(0, 100), Int32Array.of(50, 150)], [0, 0], 6, 2)], []);
  });
});
