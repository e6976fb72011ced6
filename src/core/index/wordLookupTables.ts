// The word index's look-up tables, derived from its parts: its words (word → id, id → word) and which article a
// token is in. Made in steps, so that neither a build nor a read-back of a persisted index holds a language server's
// thread while they are made.
import type { Steps } from './stepwise';
import { TokenArticles } from './tokenArticles';
import type { WordIndexParts } from './wordIndexBuild';
import { listedSpellings, type WordSpellings } from './wordSpellings';

/** What the index derives from its parts for its look-ups (made in steps while a build runs). */
export interface LookupTables {
  readonly spellings: WordSpellings;
  readonly tokenArticle: TokenArticles;
}

export function* lookupTables(parts: WordIndexParts): Steps<LookupTables> {
  // Read back from a persisted index, the words come decoded on first use; else from the list.
  const spellings = parts.spellings ?? (yield* listedSpellings(parts.wordList));
  // Every 64th token's article: a table of articles / 64 + tokens / 64 entries, made at once.
  return { spellings, tokenArticle: new TokenArticles(parts.firstToken) };
}
