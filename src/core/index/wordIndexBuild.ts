// Building the word index's arrays from the texts, in steps that each hold the thread a few milliseconds at most
// (a language server answers requests between them): every text's words read into one stream of word ids, the
// vocabulary sorted a run at a time, and a posting list per word.
import { normalizeWord } from '../text/normalizeText';
import { maxWords, SpellingTable } from './spellingTable';
import { sortInSteps } from './sortInSteps';
import type { Steps } from './stepwise';
import type { TokenRuns } from './tokenRuns';
import type { WordSpellings } from './wordSpellings';

/** The word index's data: what a build makes, what a persisted index writes and reads back. */
export interface WordIndexParts {
  /** Each word id's normalised word, in the order first met. */
  readonly wordList: readonly string[];
  /** The same words as a persisted index read back holds them, decoded when asked for (a look-up needs a few; `wordList` decodes them all). */
  readonly spellings?: WordSpellings;
  /** Every text's word ids, one text after another. */
  readonly stream: Int32Array;
  /** Where each word of the stream starts in its text (its end is found by reading on: words are not stored); 16 bits each when read back from a persisted index whose texts are all shorter than 65,536 characters. */
  readonly starts: Int32Array | Uint16Array;
  /** The stream and the starts as runs of other arrays (an index patched with changed articles: patchedWordIndex), read instead of them. */
  readonly tokens?: TokenRuns;
  /** Index of each text's first token in the stream, plus one past the end. */
  readonly firstToken: Int32Array;
  /** Word ids in the order of their words (for words beginning with what is typed). */
  readonly sortedIds: Int32Array;
  /** For word id w, its positions in the stream are postings[postingOffsets[w] .. postingOffsets[w + 1]). */
  readonly postingOffsets: Int32Array;
  /** Every posting list, one after another; or, for a persisted index, a reader of `count` of them from `at` (read from the file on first use). */
  readonly postings: Int32Array | PostingReader;
}

/** Reads the postings [at, at + count) of a persisted index. */
export type PostingReader = (at: number, count: number) => Int32Array;

/** Work between two yields of the build: tokens counted or posted, characters read, words merged. */
const TOKENS_PER_STEP = 100_000;
const CHARACTERS_PER_STEP = 150_000;
const SORTED_RUN = 2048;

function grown<T extends Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>>(array: T): T {
  const bigger = (array instanceof Uint16Array ? new Uint16Array(array.length * 2) : new Int32Array(array.length * 2)) as T;
  bigger.set(array);
  return bigger;
}

/** The words of texts an earlier index read (a persisted one): taken again instead of reading the texts anew. */
export interface EarlierWords {
  /** The earlier index's words, by its ids. */
  readonly wordList: readonly string[];
  /** Text i's word ids (the earlier index's) and starts, when text i is one the earlier index read. */
  tokens(i: number): { readonly text: string; readonly ids: Int32Array; readonly starts: ArrayLike<number> } | undefined;
}

/**
 * The texts' words read into the word index's arrays, yielding every few milliseconds of work. With `earlier`, a
 * text the earlier index read is not read again: its words are copied, and the ids numbered again in the order words
 * are first met, so the arrays are exactly those a reading of every text gives.
 */
export function* buildWordIndexParts(texts: readonly string[], earlier?: EarlierWords): Steps<WordIndexParts> {
  const vocabulary = new Map<string, number>();
  const wordList: string[] = [...(earlier?.wordList ?? [])];
  wordList.forEach((word, id) => vocabulary.set(word, id));
  // Spellings repeat far more than words do: each is looked up by the characters in the text (no string is
  // made for a spelling seen before) and normalised once; the table reads each text's words itself.
  const newWord = (spelling: string) => internWord(vocabulary, wordList, normalizeWord(spelling));
  // Sized for the texts at once (a word and its space take about six characters): growing by doubling copies
  // millions of tokens in one step, which would hold the thread of a language server building its index.
  let characters = 0;
  let longest = 0;
  for (const text of texts) {
    characters += text.length;
    longest = Math.max(longest, text.length);
  }
  const spellings = new SpellingTable(characters);
  // Each in a step of its own: tens of megabytes at once make V8 collect garbage then ("external memory pressure",
  // 50-140 ms at 10,000 articles on a 2-core machine).
  let ids: Int32Array<ArrayBuffer> = new Int32Array(Math.max(1 << 10, Math.ceil(characters / 5)));
  yield;
  // Where words start, in 16 bits when every text is shorter than 65,536 characters (almost always): half the
  // fresh memory to touch, and the persisted index writes them as they are instead of copying them to 16 bits.
  let starts: Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer> = longest < 0x10000 ? new Uint16Array(ids.length) : new Int32Array(ids.length);
  yield;
  let count = 0;
  const firstToken = new Int32Array(texts.length + 1);
  let read = 0;
  for (let a = 0; a < texts.length; a++) {
    const text = texts[a];
    firstToken[a] = count;
    const taken = earlier?.tokens(a);
    if (taken && taken.text === text) {
      while (count + taken.ids.length > ids.length) {
        ids = grown(ids);
        starts = grown(starts);
      }
      ids.set(taken.ids, count);
      starts.set(taken.starts, count);
      count += taken.ids.length;
      read += taken.ids.length;
      if (read >= CHARACTERS_PER_STEP) {
        read = 0;
        yield;
      }
      continue;
    }
    while (count + maxWords(text) > ids.length) {
      ids = grown(ids);
      starts = grown(starts);
    }
    count = spellings.readWords(text, newWord, ids, starts, count);
    read += text.length;
    if (read >= CHARACTERS_PER_STEP) {
      read = 0;
      yield;
    }
  }
  firstToken[texts.length] = count;
  const stream = ids.subarray(0, count);
  const tokenStarts = starts.subarray(0, count);
  yield;
  const words = earlier ? yield* numberedAsMet(stream, wordList) : wordList;
  const sortedIds = yield* sortedWordIds(words);
  const { postingOffsets, postings } = yield* postingLists(stream, words.length);
  return { wordList: words, stream, starts: tokenStarts, firstToken, sortedIds, postingOffsets, postings };
}

/** Ids numbered again, in place, in the order words are first met in the stream (as a reading of every text numbers them); words no longer met are dropped. */
function* numberedAsMet(stream: Int32Array, wordList: readonly string[]): Steps<string[]> {
  const renumbered = new Int32Array(wordList.length).fill(-1);
  const words: string[] = [];
  for (let from = 0; from < stream.length; from += TOKENS_PER_STEP) {
    for (let p = from, end = Math.min(stream.length, from + TOKENS_PER_STEP); p < end; p++) {
      const old = stream[p];
      let id = renumbered[old];
      if (id < 0) {
        id = renumbered[old] = words.length;
        words.push(wordList[old]);
      }
      stream[p] = id;
    }
    yield;
  }
  return words;
}

/** Word ids in the order of their words: runs sorted one at a time, then merged a step's worth at a time. */
function sortedWordIds(words: readonly string[]): Steps<Int32Array> {
  const byWord = (a: number, b: number) => (words[a] < words[b] ? -1 : words[a] > words[b] ? 1 : 0);
  return sortInSteps(Int32Array.from({ length: words.length }, (_, i) => i), byWord, SORTED_RUN, TOKENS_PER_STEP / 4);
}

/** For each word id, where it stands in the stream: counted, then posted, a slice of the stream at a time. */
function* postingLists(stream: Int32Array, words: number): Steps<{ postingOffsets: Int32Array; postings: Int32Array }> {
  const counts = new Int32Array(words + 1);
  for (let from = 0; from < stream.length; from += TOKENS_PER_STEP) {
    for (let p = from, end = Math.min(stream.length, from + TOKENS_PER_STEP); p < end; p++) counts[stream[p] + 1]++;
    yield;
  }
  for (let i = 1; i < counts.length; i++) counts[i] += counts[i - 1];
  const postings = new Int32Array(stream.length);
  yield;
  // Touched in order first, a slice a step: the posting loop below writes all over the array, and the first touch
  // of each of its pages (the system zeroes it) would otherwise all fall in its first step (80 ms at 10,000 articles).
  for (let from = 0; from < postings.length; from += TOKENS_PER_STEP * 5) {
    postings.fill(0, from, from + TOKENS_PER_STEP * 5);
    yield;
  }
  const fill = counts.slice(0, -1);
  for (let from = 0; from < stream.length; from += TOKENS_PER_STEP) {
    for (let p = from, end = Math.min(stream.length, from + TOKENS_PER_STEP); p < end; p++) postings[fill[stream[p]]++] = p;
    yield;
  }
  return { postingOffsets: counts, postings };
}

/** The id of `word` in a word list and its vocabulary, the next id (the word added to both) when it is new. */
export function internWord(vocabulary: Map<string, number>, wordList: string[], word: string): number {
  let id = vocabulary.get(word);
  if (id === undefined) {
    id = wordList.length;
    vocabulary.set(word, id);
    wordList.push(word);
  }
  return id;
}
