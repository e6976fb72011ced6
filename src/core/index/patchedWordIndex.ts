// The word index of a persisted index with some of its articles replaced, added or removed (a delta of changed
// articles, indexDelta), made without reading the other articles' words again and without copying them: the
// base's articles are read in the base's own arrays (tokenRuns), only the changed texts are read, and each word's
// posting list is patched when a query first reads it (the base's positions moved past the changed articles, the
// changed ones' positions merged in). The base's words stay in its file, decoded when asked for; only the words new
// to the base are held apart. Queries answer as over a fresh build of the same texts; only the word ids differ (a
// new word takes the next id, a word no text holds any more keeps its id with no postings, which the index treats
// as unknown).
import { runSteps } from './stepwise';
import { TokenArticles } from './tokenArticles';
import { TokenRuns, type TokenRun } from './tokenRuns';
import { buildWordIndexParts, type WordIndexParts } from './wordIndexBuild';
import { idInOrder, type WordSpellings } from './wordSpellings';

/** Where article i of the patched index takes its words: the base's article `base` (same text), or a text read now. */
export type WordSource = { readonly base: number } | { readonly text: string };

/** The word index's parts for `articles`, taken from `base` where an article's text is the base's. */
export function patchedWordIndexParts(base: WordIndexParts, articles: readonly WordSource[]): WordIndexParts {
  const baseArticles = base.firstToken.length - 1;
  const baseSize = base.postingOffsets.length - 1;
  // The base's words as its file holds them (decoded one at a time), or its list; a word of a text read now is found
  // among them by their sorted ids, and only the words new to the base go in a map (decoding the base's 60,000 words
  // into a list and a map of them cost 0.1-0.2 s at every run while a delta existed).
  const baseWordOf = base.spellings ? (id: number) => base.spellings!.wordOf(id) : (id: number) => base.wordList[id];
  const addedWords: string[] = [];
  const added = new Map<string, number>();
  const baseIdOf = (word: string) => idInOrder(word, base.sortedIds, baseWordOf);
  // The words of the base's articles not taken (a changed article's earlier text), which a changed text mostly
  // shares: found here first, each decoded once, instead of by a binary search of about 16 words decoded each.
  const droppedIds = new Map<string, number>();
  const idOf = (word: string): number => {
    const id = droppedIds.get(word) ?? baseIdOf(word);
    if (id >= 0) return id;
    let next = added.get(word);
    if (next === undefined) {
      next = baseSize + addedWords.length;
      added.set(word, next);
      addedWords.push(word);
    }
    return next;
  };
  const newArticleOf = new Int32Array(baseArticles).fill(-1);
  articles.forEach((source, i) => {
    if ('base' in source) newArticleOf[source.base] = i;
  });
  const own = articles.map((source) => ('base' in source ? undefined : runSteps(buildWordIndexParts([source.text]))));
  // Words decoded for the map of dropped words: no more than the texts read now look up (many articles removed
  // and few read would decode more than the binary searches they spare).
  let decodable = own.reduce((n, parts) => n + (parts ? parts.wordList.length : 0), 0);
  // Each word's count changes only by the words of the base's articles not taken (less) and of the texts read now
  // (more): kept for those few words, not as a count for every word (a fresh array as long as the vocabulary).
  const countChange = new Map<number, number>();
  for (let j = 0; j < baseArticles; j++) {
    if (newArticleOf[j] >= 0) continue;
    for (let p = base.firstToken[j]; p < base.firstToken[j + 1]; p++) {
      const id = base.stream[p];
      const change = countChange.get(id);
      if (change === undefined && decodable > 0) {
        droppedIds.set(baseWordOf(id), id);
        decodable--;
      }
      countChange.set(id, (change ?? 0) - 1);
    }
  }
  const read = own.map((parts) => {
    if (!parts) return undefined;
    const ids = parts.wordList.map(idOf);
    return { ids: Int32Array.from(parts.stream, (k) => ids[k]), starts: parts.starts };
  });
  const size = baseSize + addedWords.length;
  const firstToken = new Int32Array(articles.length + 1);
  articles.forEach((source, i) => {
    const length = 'base' in source ? base.firstToken[source.base + 1] - base.firstToken[source.base] : read[i]!.ids.length;
    firstToken[i + 1] = firstToken[i] + length;
  });
  const total = firstToken[articles.length];
  const readPositions = new Map<number, number[]>();
  // Runs of the base's articles that follow each other are one run of the base's arrays (almost the whole stream in one or two).
  const runs: TokenRun[] = [];
  for (let i = 0; i < articles.length; ) {
    const source = articles[i];
    const at = firstToken[i];
    if ('base' in source) {
      let end = i + 1;
      while (end < articles.length && 'base' in articles[end] && (articles[end] as { base: number }).base === source.base + (end - i)) end++;
      if (firstToken[end] > at) runs.push({ at, ids: base.stream, starts: base.starts, from: base.firstToken[source.base] });
      i = end;
      continue;
    }
    const { ids, starts } = read[i]!;
    if (ids.length > 0) runs.push({ at, ids, starts, from: 0 });
    ids.forEach((id, k) => {
      countChange.set(id, (countChange.get(id) ?? 0) + 1);
      const list = readPositions.get(id);
      if (list) list.push(at + k);
      else readPositions.set(id, [at + k]);
    });
    i++;
  }
  const tokens = new TokenRuns(runs, total);
  const postingOffsets = offsetsWithChanges(base.postingOffsets, size, countChange);
  const baseArticleOf = new TokenArticles(base.firstToken);
  const basePostings = (id: number) => {
    const from = base.postingOffsets[id];
    const count = base.postingOffsets[id + 1] - from;
    return typeof base.postings === 'function' ? base.postings(from, count) : base.postings.subarray(from, from + count);
  };
  /** The postings of the word whose list starts at `at` (a word with none is never read). */
  const postings = (at: number, count: number): Int32Array => {
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (postingOffsets[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    const id = lo;
    const out = new Int32Array(count);
    const mine = readPositions.get(id) ?? [];
    let n = 0;
    let m = 0;
    if (id < baseSize) {
      for (const p of basePostings(id)) {
        const j = baseArticleOf.of(p);
        const i = newArticleOf[j];
        if (i < 0) continue;
        const moved = p - base.firstToken[j] + firstToken[i];
        while (m < mine.length && mine[m] < moved) out[n++] = mine[m++];
        out[n++] = moved;
      }
    }
    while (m < mine.length) out[n++] = mine[m++];
    // Base articles keep their order among themselves (the folders are listed in one order), so the list is sorted.
    return out;
  };
  const wordOf = (id: number) => (id < baseSize ? baseWordOf(id) : addedWords[id - baseSize]);
  const spellings: WordSpellings = { size, wordOf, idOf: (word) => { const id = baseIdOf(word); return id >= 0 ? id : (added.get(word) ?? -1); } };
  let wordList: string[] | undefined;
  let joined: { stream: Int32Array; starts: Int32Array } | undefined;
  return {
    // What needs every word or the whole stream at once (nothing a look-up does) has them made then.
    get wordList() {
      return (wordList ??= Array.from({ length: size }, (_, id) => wordOf(id)));
    },
    get stream() {
      return (joined ??= tokens.joined()).stream;
    },
    get starts() {
      return (joined ??= tokens.joined()).starts;
    },
    spellings,
    tokens,
    firstToken,
    sortedIds: sortedWithNewWords(base.sortedIds, baseWordOf, addedWords, baseSize),
    postingOffsets,
    postings,
  };
}

/**
 * The posting offsets of `size` words: the base's (a word added after it starts with none), each moved by the changes
 * in count of the words before it. Copied and moved in place: the words after the last change are moved alike.
 */
function offsetsWithChanges(baseOffsets: Int32Array, size: number, countChange: ReadonlyMap<number, number>): Int32Array {
  const out = new Int32Array(size + 1);
  out.set(baseOffsets);
  out.fill(baseOffsets[baseOffsets.length - 1], baseOffsets.length);
  const changed = [...countChange.keys()].sort((a, b) => a - b);
  // out[k] moves by the changes of the words before k.
  let shift = 0;
  let k = 1;
  for (const id of changed) {
    if (shift === 0) k = id + 1;
    else for (; k <= id; k++) out[k] += shift;
    shift += countChange.get(id)!;
  }
  if (shift !== 0) for (; k <= size; k++) out[k] += shift;
  return out;
}

/** The base's sorted ids with the words added after it (ids from `baseSize` on) put in, in the order of their words. */
function sortedWithNewWords(sortedIds: Int32Array, baseWordOf: (id: number) => string, addedWords: readonly string[], baseSize: number): Int32Array {
  if (addedWords.length === 0) return sortedIds;
  const order = addedWords.map((_, k) => k).sort((a, b) => (addedWords[a] < addedWords[b] ? -1 : addedWords[a] > addedWords[b] ? 1 : 0));
  const out = new Int32Array(sortedIds.length + addedWords.length);
  // Each new word goes where a binary search of the base's sorted words puts it: a few words decoded, not all.
  let taken = 0;
  order.forEach((k, n) => {
    const word = addedWords[k];
    let lo = taken;
    let hi = sortedIds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (baseWordOf(sortedIds[mid]) < word) lo = mid + 1;
      else hi = mid;
    }
    out.set(sortedIds.subarray(taken, lo), taken + n);
    out[lo + n] = baseSize + k;
    taken = lo;
  });
  out.set(sortedIds.subarray(taken), taken + addedWords.length);
  return out;
}
