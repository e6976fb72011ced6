// A persisted index with a delta of changed articles applied (indexDelta), as a fresh build of the same articles
// would be: the base's articles stay in the file, decoded on first use, their speakers given the names the delta's
// registry gives them; the changed articles are the delta's; the word index is the base's patched
// (patchedWordIndex) and the quote index is made from the base's quote refs, moved, and the changed articles' own.
import { SpeakerRegistry } from '../attribution/speakerRegistry';
import type { AnalyzedArticle } from '../types';
import { currentSpeaker } from './analyzeSources';
import { assembleCorpusIndexSteps, type CorpusIndex } from './corpusIndex';
import type { IndexDelta } from './indexDelta';
import { lazyArticle } from './persistedArticles';
import type { PersistedBase } from './persistedIndex';
import { patchedWordIndexParts, type WordSource } from './patchedWordIndex';
import { quoteRefs } from './quoteIndex';
import type { Steps } from './stepwise';
import type { WordIndex } from './wordIndex';

const REF_SIZE = 4;

/**
 * The index of `base` with `delta` applied; `passes`: what the update that made the delta took again and analysed;
 * `made`: the registry the delta's snapshot was taken of, when the update ran here (a fresh build's index holds the
 * registry it made, as this one then does).
 */
export function* patchedIndexSteps(base: PersistedBase, delta: IndexDelta, passes?: { readonly taken: number; readonly analysed: number }, made?: SpeakerRegistry): Steps<CorpusIndex> {
  const registry = made ?? (yield* SpeakerRegistry.fromSnapshotSteps(delta.registry));
  const table = base.speakerTable.map((s) => currentSpeaker(registry, s));
  const articles: AnalyzedArticle[] = delta.entries.map((e) => {
    if ('base' in e) return lazyArticle(base.sources[e.base], base.block, e.base, table, base.text);
    const a = delta.articles[e.article];
    return { ...a.source, ...a.analyzed };
  });
  yield;
  const sources = delta.entries.map((e): WordSource => {
    if ('base' in e) return e;
    const a = delta.articles[e.article];
    return a.baseText === undefined ? { text: a.analyzed.text } : { base: a.baseText };
  });
  const words = patchedWordIndexParts(base.words, sources);
  yield;
  return yield* assembleCorpusIndexSteps({
    articles,
    registry,
    speakers: delta.speakers.map((s) => s.speaker),
    words,
    quoteRefs: (index) => movedQuoteRefs(base, delta, articles, index),
    passes,
  });
}

/** The quote refs of the patched index: a base article's own, moved to where its words now stand; a changed article's read from it. */
function movedQuoteRefs(base: PersistedBase, delta: IndexDelta, articles: readonly AnalyzedArticle[], words: WordIndex): Int32Array {
  const refs = base.quotes.refs;
  const baseArticles = base.words.firstToken.length - 1;
  const refCount = refs.length / REF_SIZE;
  // The base's refs are in the order of their articles: where each article's begin.
  const refStart = new Int32Array(baseArticles + 1);
  let r = 0;
  for (let j = 0; j < baseArticles; j++) {
    refStart[j] = r;
    while (r < refCount && refs[r * REF_SIZE] === j) r++;
  }
  refStart[baseArticles] = r;
  const firstToken = words.parts.firstToken;
  const out: number[] = [];
  delta.entries.forEach((e, i) => {
    if (!('base' in e)) {
      for (const n of quoteRefs(articles[i], i, words)) out.push(n);
      return;
    }
    const shift = firstToken[i] - base.words.firstToken[e.base];
    for (let k = refStart[e.base]; k < refStart[e.base + 1]; k++) out.push(i, refs[k * REF_SIZE + 1], refs[k * REF_SIZE + 2] + shift, refs[k * REF_SIZE + 3]);
  });
  return Int32Array.from(out);
}
