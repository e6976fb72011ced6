// The word index's look-up tables, derived from its parts: word → id, the vocabulary in order (for words that begin
// with what is typed), and which article a token is in. Made in steps, so that neither a build nor a read-back of a
// persisted index holds a language server's thread while they are made.
import type { Steps } from './stepwise';
import { TokenArticles } from './tokenArticles';
import type { WordIndexParts } from './wordIndexBuild';

/** What the index derives from its parts for its look-ups (made in steps while a build runs). */
export interface LookupTables {
  readonly vocabulary: Map<string, number>;
  readonly sortedVocabulary: string[];
  readonly tokenArticle: TokenArticles;
}

/**
 * Entries of the look-up tables made between two yields: at 10,000 articles made at once they held the thread 0.1–0.3 s;
 * a quarter of these are words put in the vocabulary map (50,000 a step held it 20-76 ms under load, the map growing).
 */
const LOOKUP_ENTRIES_PER_STEP = 50_000;

export function* lookupTables(parts: WordIndexParts): Steps<LookupTables> {
  const vocabulary = new Map<string, number>();
  const { wordList, sortedIds, firstToken } = parts;
  for (let from = 0; from < wordList.length; from += LOOKUP_ENTRIES_PER_STEP / 4) {
    for (let id = from, end = Math.min(wordList.length, from + LOOKUP_ENTRIES_PER_STEP / 4); id < end; id++) vocabulary.set(wordList[id], id);
    yield;
  }
  const sortedVocabulary = new Array<string>(sortedIds.length);
  for (let from = 0; from < sortedIds.length; from += LOOKUP_ENTRIES_PER_STEP) {
    for (let i = from, end = Math.min(sortedIds.length, from + LOOKUP_ENTRIES_PER_STEP); i < end; i++) sortedVocabulary[i] = wordList[sortedIds[i]];
    yield;
  }
  // Every 64th token's article: a table of articles / 64 + tokens / 64 entries, made at once.
  return { vocabulary, sortedVocabulary, tokenArticle: new TokenArticles(firstToken) };
}
