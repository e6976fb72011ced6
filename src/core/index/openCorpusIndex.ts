// The sources' index as a run needs it: from the persisted index when every source file is as it was (nothing is
// analysed), else built again taking every article whose analysis still holds (analysisTrace) and reading anew only
// the files that changed, then persisted for the next run. Without a cache store it is built as before.
import type { AliasTable } from '../sources/aliasFile';
import type { CorpusFileSystem } from '../sources/corpusFileSystem';
import { readListedSource, type ListedSource, type LoadCorpusOptions } from '../sources/loadCorpus';
import { distinctIds, listSourceFolders } from '../sources/loadSourceFolders';
import { silentLogger, type LoadProblem, type Logger, type SourceArticle } from '../types';
import { CorruptData } from './binaryCodec';
import { buildCorpusIndex, forgetAnalyses, type BuildIndexOptions, type CorpusIndex } from './corpusIndex';
import type { StoredFile } from './sectionedFile';
import { runSteps, type Steps } from './stepwise';
import { readIndexFileSteps, sameSourceFile, writeIndexFile, type IndexFile, type IndexFileHeader, type SourceFileKey } from './persistedIndex';

/** Where persisted indexes are kept (a folder on disk): files by name. */
export interface CacheStore {
  /** The file open for reading (it stays the same file while open, even if written again meanwhile), or undefined when there is none. */
  open(name: string): Promise<StoredFile | undefined>;
  /** Replaces the file whole with the parts one after another (a reader never sees half of it). */
  write(name: string, parts: readonly Uint8Array[]): Promise<void>;
}

export interface OpenIndexOptions {
  readonly aliases?: AliasTable;
  /** Persist the index here, keyed by `engine` (the engine's version: another engine's file is never read). */
  readonly cache?: { readonly store: CacheStore; readonly engine: string };
  readonly load?: LoadCorpusOptions;
  readonly logger?: Logger;
  /**
   * How to build when something changed (default: at once). `persistAs`, when the index will be persisted: the keys
   * and header of its file, for a build that writes the file itself (in another thread) and returns the index with it
   * (`withPersistedFile`), so that it is not encoded again here.
   */
  readonly build?: (articles: readonly SourceArticle[], options: BuildIndexOptions, persistAs?: PersistAs) => Promise<CorpusIndex>;
  /** How to run the reading of the persisted index, whose digest is checked in steps (default: at once; a server runs them in slices). */
  readonly runSteps?: <T>(steps: Steps<T>) => Promise<T>;
}

/** What a persisted index's file is written with besides the index: its source files' keys (in order) and its header. */
export interface PersistAs {
  readonly keys: readonly SourceFileKey[];
  readonly header: IndexFileHeader;
}

/** The persisted file a build already wrote for an index (see `build`'s `persistAs`). */
const writtenFiles = new WeakMap<CorpusIndex, readonly Uint8Array[]>();

/** Marks `parts` as the persisted file of `index`, written with the `persistAs` its build was given. */
export function withPersistedFile(index: CorpusIndex, parts: readonly Uint8Array[]): CorpusIndex {
  writtenFiles.set(index, parts);
  return index;
}

export interface OpenedIndex {
  readonly index: CorpusIndex;
  readonly problems: readonly LoadProblem[];
  /** How the persisted index served: `warm` (taken whole), `partial` (some articles analysed anew), `cold` (none usable), `off` (no cache store). */
  readonly cache: 'warm' | 'partial' | 'cold' | 'off';
  /** Articles taken from the persisted index without reading their files. */
  readonly reused: number;
  /** Why a persisted index was not used (damaged, another engine's, unreadable), when it was not. */
  readonly cacheProblem?: string;
}

function hashHex(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The persisted index's file name for a set of folders: each set of folders has its own. */
export function indexFileName(folders: readonly string[]): string {
  return `index-${hashHex(folders.join('\n'))}-${hashHex(folders.join('\u0000'))}.bin`;
}

function keyOf(file: ListedSource, id: string): SourceFileKey | undefined {
  return file.mtime === null ? undefined : { id, path: file.path, size: file.size, mtime: file.mtime, given: JSON.stringify(file.given ?? null) };
}

/** Reads the folders' articles and opens their index, through the persisted index when there is one. Never throws for a bad file or a bad cache. */
export async function openCorpusIndex(fs: CorpusFileSystem, folders: readonly string[], options: OpenIndexOptions = {}): Promise<OpenedIndex> {
  const logger = options.logger ?? silentLogger;
  const build = options.build ?? (async (articles, o) => buildCorpusIndex(articles, o));
  const { files, problems } = await listSourceFolders(fs, folders, { ...options.load, logger });
  const header = { engine: options.cache?.engine ?? '', settings: JSON.stringify(options.aliases ?? null) };
  const name = indexFileName(folders);
  const run = options.runSteps ?? (<T>(steps: Steps<T>) => Promise.resolve(runSteps(steps)));
  let file: IndexFile | undefined;
  let cacheProblem: string | undefined;
  if (options.cache) {
    try {
      const stored = await options.cache.store.open(name);
      if (stored) file = await run(readIndexFileSteps(stored, header));
    } catch (error) {
      cacheProblem = error instanceof CorruptData ? `the persisted index is not usable (${error.message}); building it again` : `cannot read the persisted index (${(error as Error).message})`;
      logger.warn(cacheProblem);
    }
  }
  // Each listed file: the persisted article it still is (same path, size, time and metadata), else read now.
  const byPath = new Map<string, number>();
  file?.keys.forEach((key, i) => byPath.set(key.path, i));
  const read: Array<SourceArticle | { listed: ListedSource; from: number }> = [];
  for (const listed of files) {
    const from = byPath.get(listed.path);
    const persisted = from === undefined ? undefined : file!.keys[from];
    const key = persisted && keyOf(listed, persisted.id);
    if (persisted && key && sameSourceFile(persisted, key)) {
      read.push({ listed, from: from! });
      continue;
    }
    const article = await readListedSource(fs, listed, logger);
    if ('text' in article) read.push(article);
    else problems.push(article);
  }
  // Ids made distinct over the articles in order, as a fresh read would (a file persisted under another id is read anew).
  const withIds = distinctIds(read.map((r) => ('text' in r ? r : { id: r.listed.id, path: r.listed.path, entry: r })), logger);
  const warm = file !== undefined && withIds.length === file.keys.length && withIds.every((a, i) => 'entry' in a && a.entry.from === i && file.keys[i].id === a.id);
  if (warm) return { index: await run(file!.indexSteps()), problems, cache: 'warm', reused: withIds.length };

  const listedAt = new Map(files.map((f) => [f.path, f]));
  const articles: SourceArticle[] = [];
  const keys: Array<SourceFileKey | undefined> = [];
  const earlier: Array<number | undefined> = [];
  // Where each article stands in the persisted index, when its text is the one persisted (its words are taken again).
  const persistedText: Array<number | undefined> = [];
  for (const a of withIds) {
    if ('entry' in a) {
      const from = a.entry.from;
      articles.push({ ...file!.source(from), id: a.id });
      keys.push(keyOf(a.entry.listed, a.id));
      earlier.push(file!.keys[from].id === a.id ? from : undefined);
      persistedText.push(from);
    } else {
      articles.push(a);
      persistedText.push(undefined);
      const listed = listedAt.get(a.path);
      keys.push(listed ? keyOf(listed, a.id) : undefined);
      earlier.push(undefined);
    }
  }
  const persistAs = options.cache && keys.every((k) => k !== undefined) ? { keys: keys as SourceFileKey[], header } : undefined;
  const index = await build(articles, {
    aliases: options.aliases,
    keepAnalyses: options.cache !== undefined,
    earlier: (i) => (earlier[i] === undefined ? undefined : file!.analysis(earlier[i]!)),
    earlierWords: file && { wordList: file.wordList, tokens: (i) => (persistedText[i] === undefined ? undefined : { ...file!.tokens(persistedText[i]!), text: articles[i].text }) },
  }, persistAs);
  const reused = earlier.filter((e) => e !== undefined).length;
  if (options.cache && persistAs) {
    try {
      const parts = writtenFiles.get(index) ?? writeIndexFile(index, persistAs.keys, header);
      if (parts) await options.cache.store.write(name, parts);
    } catch (error) {
      logger.warn(`cannot write the persisted index (${(error as Error).message})`);
    }
  }
  // The traces are in the file now; in memory they would only weigh.
  forgetAnalyses(index);
  return { index, problems, cache: options.cache ? (reused ? 'partial' : 'cold') : 'off', reused, cacheProblem };
}
