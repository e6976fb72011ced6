// A word index's words: the word of an id, the id of a word. A build holds its word list in memory and finds ids in
// a map; a persisted index read back keeps its words in the file's bytes and decodes one when it is first asked
// for, finding ids by a binary search in the words' alphabetical order (which the file holds): decoding 60,000
// words and filling a map of them at every read-back allocated megabytes at once, and the collections that caused
// landed in a language server's steps, for the few thousand words a check looks up.
import type { Steps } from './stepwise';

export interface WordSpellings {
  /** How many words (ids 0 to size - 1). */
  readonly size: number;
  wordOf(id: number): string;
  /** The id of a word, or -1. */
  idOf(word: string): number;
}

/** Words put in the map between two yields: 12,500 a step held the thread up to 76 ms under load, the map growing. */
const WORDS_PER_STEP = 12_500;

/** The words of a list in memory, their map made in steps. */
export function* listedSpellings(wordList: readonly string[]): Steps<WordSpellings> {
  const ids = new Map<string, number>();
  for (let from = 0; from < wordList.length; from += WORDS_PER_STEP) {
    for (let id = from, end = Math.min(wordList.length, from + WORDS_PER_STEP); id < end; id++) ids.set(wordList[id], id);
    yield;
  }
  return { size: wordList.length, wordOf: (id) => wordList[id], idOf: (word) => ids.get(word) ?? -1 };
}

/**
 * The words of a list in memory, found by a binary search of `sortedIds` as a persisted index's are: a cold build
 * whose words were read in another thread gets them with their order, and filling a map of them (60,000 words and
 * more at 10,000 articles, their hashes not yet taken) held its thread 110-150 ms after the analysis.
 */
export function sortedSpellings(wordList: readonly string[], sortedIds: Int32Array): WordSpellings {
  const wordOf = (id: number) => wordList[id];
  return { size: wordList.length, wordOf, idOf: (word) => idInOrder(word, sortedIds, wordOf) };
}

/** Words decoded on first use: `decode(id)` reads word `id`; `sortedIds` are the ids in the order of their words (as `<` orders them). */
export function storedSpellings(size: number, decode: (id: number) => string, sortedIds: Int32Array): WordSpellings {
  const decoded: Array<string | undefined> = new Array(size);
  const wordOf = (id: number) => (decoded[id] ??= decode(id));
  return {
    size,
    wordOf,
    idOf: (word) => idInOrder(word, sortedIds, wordOf),
  };
}

/** The id of `word` by a binary search of `sortedIds` (ids in the order of their words, as `<` orders them), or -1. */
export function idInOrder(word: string, sortedIds: Int32Array, wordOf: (id: number) => string): number {
  let lo = 0;
  let hi = sortedIds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (wordOf(sortedIds[mid]) < word) lo = mid + 1;
    else hi = mid;
  }
  return lo < sortedIds.length && wordOf(sortedIds[lo]) === word ? sortedIds[lo] : -1;
}
