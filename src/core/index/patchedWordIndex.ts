// The word index of a persisted index with some of its articles replaced, added or removed (a delta of changed
// articles, indexDelta), made without reading the other articles' words again: their ids and starts are copied as
// blocks, only the changed texts are read, and each word's posting list is patched when a query first reads it
// (the base's positions moved past the changed articles, the changed ones' positions merged in). Queries answer as
// over a fresh build of the same texts; only the word ids differ (a new word takes the next id, a word no text
// holds any more keeps its id with no postings, which the index treats as unknown).
import { runSteps } from './stepwise';
import { TokenArticles } from './tokenArticles';
import { buildWordIndexParts, internWord, type WordIndexParts } from './wordIndexBuild';
import { idInOrder } from './wordSpellings';

/** Where article i of the patched index takes its words: the base's article `base` (same text), or a text read now. */
export type WordSource = { readonly base: number } | { readonly text: string };

/** The word index's parts for `articles`, taken from `base` where an article's text is the base's. */
export function patchedWordIndexParts(base: WordIndexParts, articles: readonly WordSource[]): WordIndexParts {
  const baseArticles = base.firstToken.length - 1;
  const wordList = [...base.wordList];
  // A word of a text read now is found among the base's by its sorted ids (a map of the whole vocabulary cost more
  // than the rest of the patch, at 10,000 articles); only the words new to the base go in a map.
  const added = new Map<string, number>();
  const baseWords = base.wordList;
  const wordOf = (id: number) => baseWords[id];
  const idOf = (word: string): number => {
    const id = idInOrder(word, base.sortedIds, wordOf);
    return id >= 0 ? id : internWord(added, wordList, word);
  };
  const newArticleOf = new Int32Array(baseArticles).fill(-1);
  const read = articles.map((source, i) => {
    if ('base' in source) {
      newArticleOf[source.base] = i;
      return undefined;
    }
    const own = runSteps(buildWordIndexParts([source.text]));
    const ids = own.wordList.map(idOf);
    return { ids: Int32Array.from(own.stream, (k) => ids[k]), starts: own.starts };
  });
  const firstToken = new Int32Array(articles.length + 1);
  articles.forEach((source, i) => {
    const length = 'base' in source ? base.firstToken[source.base + 1] - base.firstToken[source.base] : read[i]!.ids.length;
    firstToken[i + 1] = firstToken[i] + length;
  });
  const total = firstToken[articles.length];
  const wide = !(base.starts instanceof Uint16Array) || read.some((r) => r !== undefined && r.starts.some((s) => s > 0xffff));
  const stream = new Int32Array(total);
  const starts = wide ? new Int32Array(total) : new Uint16Array(total);
  // Each word's count: the base's, less the words of base articles not taken, plus the words read now.
  const counts = new Int32Array(wordList.length);
  for (let id = 0; id < base.wordList.length; id++) counts[id] = base.postingOffsets[id + 1] - base.postingOffsets[id];
  for (let j = 0; j < baseArticles; j++) {
    if (newArticleOf[j] >= 0) continue;
    for (let p = base.firstToken[j]; p < base.firstToken[j + 1]; p++) counts[base.stream[p]]--;
  }
  const readPositions = new Map<number, number[]>();
  // Runs of the base's articles that follow each other are copied in one piece (almost the whole stream in one or two).
  for (let i = 0; i < articles.length; ) {
    const source = articles[i];
    const at = firstToken[i];
    if ('base' in source) {
      let end = i + 1;
      while (end < articles.length && 'base' in articles[end] && (articles[end] as { base: number }).base === source.base + (end - i)) end++;
      const from = base.firstToken[source.base];
      const to = base.firstToken[source.base + (end - i)];
      stream.set(base.stream.subarray(from, to), at);
      starts.set(base.starts.subarray(from, to), at);
      i = end;
      continue;
    }
    const { ids, starts: own } = read[i]!;
    stream.set(ids, at);
    starts.set(own, at);
    ids.forEach((id, k) => {
      counts[id]++;
      const list = readPositions.get(id);
      if (list) list.push(at + k);
      else readPositions.set(id, [at + k]);
    });
    i++;
  }
  const postingOffsets = new Int32Array(wordList.length + 1);
  for (let id = 0; id < wordList.length; id++) postingOffsets[id + 1] = postingOffsets[id] + counts[id];
  const baseArticleOf = new TokenArticles(base.firstToken);
  const basePostings = (id: number) => {
    const from = base.postingOffsets[id];
    const count = base.postingOffsets[id + 1] - from;
    return typeof base.postings === 'function' ? base.postings(from, count) : base.postings.subarray(from, from + count);
  };
  /** The postings of the word whose list starts at `at` (a word with none is never read). */
  const postings = (at: number, count: number): Int32Array => {
    let lo = 0;
    let hi = wordList.length - 1;
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
    if (id < base.wordList.length) {
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
  return { wordList, stream, starts, firstToken, sortedIds: sortedWithNewWords(base, wordList), postingOffsets, postings };
}

/** The base's sorted ids with the words added after it merged in, in the order of their words. */
function sortedWithNewWords(base: WordIndexParts, wordList: readonly string[]): Int32Array {
  const added = Array.from({ length: wordList.length - base.wordList.length }, (_, k) => base.wordList.length + k);
  if (added.length === 0) return base.sortedIds;
  added.sort((a, b) => (wordList[a] < wordList[b] ? -1 : wordList[a] > wordList[b] ? 1 : 0));
  const out = new Int32Array(wordList.length);
  let i = 0;
  let k = 0;
  for (let n = 0; n < out.length; n++) {
    out[n] = k >= added.length || (i < base.sortedIds.length && wordList[base.sortedIds[i]] < wordList[added[k]]) ? base.sortedIds[i++] : added[k++];
  }
  return out;
}
