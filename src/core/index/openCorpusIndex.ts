// The sources' index as a run needs it: from the persisted index (with its delta of changed articles applied, when
// there is one) when every source file is as it was (nothing is analysed). When some changed, every article whose
// analysis still holds is taken again (analysisTrace), only the changed files are read, and what changed goes in the
// delta beside the persisted index (indexUpdate), which is not written again; once the delta outgrows its share, the
// index is built and written whole. Without a cache store it is built as before.
import type { AliasTable } from '../sources/aliasFile';
import type { CorpusFileSystem } from '../sources/corpusFileSystem';
import { readListedSource, type ListedSource, type LoadCorpusOptions } from '../sources/loadCorpus';
import { distinctIds, listSourceFolders } from '../sources/loadSourceFolders';
import { silentLogger, type LoadProblem, type Logger, type SourceArticle } from '../types';
import { CorruptData } from './binaryCodec';
import { keyOf, sameListedFile } from './keyedSources';
import { buildCorpusIndex, forgetAnalyses, type BuildIndexOptions, type CorpusIndex } from './corpusIndex';
import type { StoredFile, WrittenHead } from './sectionedFile';
import { runSteps, type Steps } from './stepwise';
import { indexFileWriter, readIndexFileSteps, type IndexFile, type IndexFileHeader, type IndexFileWriter, type SourceFileKey } from './persistedIndex';
import { WRITE_CHUNK, type IndexHead } from './indexFileHead';
import { deltaFileName, readIndexDelta, writeIndexDelta, type IndexDelta } from './indexDelta';
import { PersistedState, updatedDeltaSteps, type ListedArticle } from './indexUpdate';
import { patchedIndexSteps } from './patchedIndex';

/** Where persisted indexes are kept (a folder on disk): files by name. */
export interface CacheStore {
  /** The file open for reading (it stays the same file while open, even if written again meanwhile), or undefined when there is none. */
  open(name: string): Promise<StoredFile | undefined>;
  /** Replaces the file whole with the parts one after another (a reader never sees half of it). */
  write(name: string, parts: readonly Uint8Array[]): Promise<void>;
  /**
   * Replaces the file whole with what `write` gives, part by part as it makes them (a reader never sees half of
   * it): each part is written before `write` goes on, so that it may fill the same buffer again. A store that
   * cannot write so is given the parts kept (`write`). Given a `head`, the file's first `head.size` bytes written
   * already where the store writes it before it is whole (`partialFile`), the store goes on after them when they are
   * all there, and tells `write` so (`continued`); else it writes the file whole.
   */
  writeAsMade?(name: string, write: (out: (part: Uint8Array) => void, continued: boolean) => void, head?: WrittenHead): Promise<void>;
  /** Where the store writes `name` before it is whole, for another thread to write its head (see `writeAsMade`). */
  partialFile?(name: string): string;
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
  /**
   * How to read and build when no persisted index gives any article (none kept, none usable): the listed files read
   * and built elsewhere (another thread reading the disk itself), the index coming back with the problems of reading
   * and, given a `header`, its persisted file (`withPersistedFile`). Undefined: read and built here, as `build` says.
   */
  readonly buildListed?: (files: readonly ListedSource[], options: BuildIndexOptions, header: IndexFileHeader | undefined) => Promise<ListedBuild | undefined>;
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

/** The head of the persisted file a build's other thread already wrote for an index (see `withWrittenHead`). */
const writtenHeads = new WeakMap<CorpusIndex, IndexHead>();

/** Marks `head` as the first sections of the persisted file of `index`, written where the store's `partialFile` said. */
export function withWrittenHead(index: CorpusIndex, head: IndexHead): CorpusIndex {
  writtenHeads.set(index, head);
  return index;
}

/** What `buildListed` gives: the index, and the listed files that could not be articles. */
export interface ListedBuild {
  readonly index: CorpusIndex;
  readonly problems: readonly LoadProblem[];
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

/** Reads the folders' articles and opens their index, through the persisted index when there is one. Never throws for a bad file or a bad cache. */
export async function openCorpusIndex(fs: CorpusFileSystem, folders: readonly string[], options: OpenIndexOptions = {}): Promise<OpenedIndex> {
  try {
    return await openThroughCache(fs, folders, options);
  } catch (error) {
    // The digest is checked when the file is opened, but the sections only a change reads (the traces, the stored
    // touches) are decoded later: one that passes its digest and still does not decode (a file written by a faulty
    // engine, or forged) is rebuilt like any other unusable file, never a failed run.
    if (!(error instanceof CorruptData) || !options.cache) throw error;
    const cacheProblem = `the persisted index is not usable (${error.message}); building it again`;
    (options.logger ?? silentLogger).warn(cacheProblem);
    const store = options.cache.store;
    const ignoringStored: CacheStore = {
      open: async () => undefined,
      write: (name, parts) => store.write(name, parts),
      writeAsMade: store.writeAsMade && ((name, write, head) => store.writeAsMade!(name, write, head)),
      partialFile: store.partialFile && ((name) => store.partialFile!(name)),
    };
    const rebuilt = await openThroughCache(fs, folders, { ...options, cache: { ...options.cache, store: ignoringStored } });
    return { ...rebuilt, cacheProblem };
  }
}

async function openThroughCache(fs: CorpusFileSystem, folders: readonly string[], options: OpenIndexOptions): Promise<OpenedIndex> {
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
  let state: PersistedState | undefined;
  if (file && options.cache) {
    let delta: IndexDelta | undefined;
    try {
      const stored = await options.cache.store.open(deltaFileName(name));
      if (stored) delta = readIndexDelta(stored, header, file.base.identity, file.keys.length);
    } catch (error) {
      // The base stands on its own: the changes since are made again from it.
      cacheProblem = error instanceof CorruptData ? `the persisted index's changes are not usable (${error.message}); making them again` : `cannot read the persisted index's changes (${(error as Error).message})`;
      logger.warn(cacheProblem);
    }
    state = new PersistedState(file.base, file.keys, delta);
  }
  // The file as parts another thread wrote, else written here as it is made (with a store that can).
  const writePersisted = async (file: readonly Uint8Array[] | IndexFileWriter | undefined, head?: IndexHead) => {
    const store = options.cache!.store;
    try {
      if (!file) return;
      if (typeof file !== 'function') await store.write(name, file);
      else if (store.writeAsMade) await store.writeAsMade(name, (out, continued) => file(out, WRITE_CHUNK, continued ? head : undefined), head);
      else {
        const parts: Uint8Array[] = [];
        file((part) => parts.push(part));
        await store.write(name, parts);
      }
    } catch (error) {
      logger.warn(`cannot write the persisted index (${(error as Error).message})`);
    }
  };
  const built = !state && options.buildListed ? await options.buildListed(files, { aliases: options.aliases, keepAnalyses: options.cache !== undefined }, options.cache && header) : undefined;
  if (built) {
    for (const problem of built.problems) problems.push(problem); // more than a call takes arguments, in a folder of many unreadable files
    // Persisted only when every file had its key (the build wrote its file then).
    if (options.cache) await writePersisted(writtenFiles.get(built.index));
    forgetAnalyses(built.index);
    return { index: built.index, problems, cache: options.cache ? 'cold' : 'off', reused: 0, cacheProblem };
  }
  // Each listed file: the persisted article it still is (same path, size, time and metadata), else read now.
  const byPath = new Map<string, number>();
  state?.keys.forEach((key, i) => byPath.set(key.path, i));
  const read: Array<SourceArticle | { listed: ListedSource; from: number }> = [];
  for (const listed of files) {
    const from = byPath.get(listed.path);
    const persisted = from === undefined ? undefined : state!.keys[from];
    if (persisted && sameListedFile(persisted, listed)) {
      read.push({ listed, from: from! });
      continue;
    }
    const article = await readListedSource(fs, listed, logger);
    if ('text' in article) read.push(article);
    else problems.push(article);
  }
  // Ids made distinct over the articles in order, as a fresh read would (a file persisted under another id is read anew).
  const withIds = distinctIds(read.map((r) => ('text' in r ? r : { id: r.listed.id, path: r.listed.path, entry: r })), logger);
  const warm = state !== undefined && withIds.length === state.keys.length && withIds.every((a, i) => 'entry' in a && a.entry.from === i && state.keys[i].id === a.id);
  if (warm) {
    const index = await run(state!.delta ? patchedIndexSteps(state!.base, state!.delta) : file!.indexSteps());
    return { index, problems, cache: 'warm', reused: withIds.length, cacheProblem };
  }

  const listedAt = new Map(files.map((f) => [f.path, f]));
  // A file found the same as its persisted key has that key again, when its article keeps its id (as most do).
  const keyAgain = (entry: { listed: ListedSource; from: number }, id: string) => (state!.keys[entry.from].id === id ? state!.keys[entry.from] : keyOf(entry.listed, id));
  // Some files changed: the changes since the base go in its delta, unless they have grown too many (see indexUpdate).
  if (state && options.cache) {
    const listed = withIds.map((a): ListedArticle | undefined => {
      const source = 'entry' in a ? a.entry.listed : listedAt.get(a.path);
      const key = 'entry' in a ? keyAgain(a.entry, a.id) : source && keyOf(source, a.id);
      if (!key) return undefined;
      return 'entry' in a ? { id: a.id, key, persisted: a.entry.from } : { id: a.id, key, article: a };
    });
    if (listed.every((l) => l !== undefined)) {
      const passes = { taken: 0, analysed: 0 };
      const updated = await run(updatedDeltaSteps(state, listed as ListedArticle[], options.aliases, passes));
      if (updated) {
        const { delta, registry } = updated;
        try {
          await options.cache.store.write(deltaFileName(name), writeIndexDelta(delta, header, state.base.identity));
        } catch (error) {
          logger.warn(`cannot write the persisted index's changes (${(error as Error).message})`);
        }
        const index = await run(patchedIndexSteps(state.base, delta, passes, registry));
        const reused = listed.filter((l) => 'persisted' in l!).length;
        return { index, problems, cache: 'partial', reused, cacheProblem };
      }
    }
  }
  const articles: SourceArticle[] = [];
  const keys: Array<SourceFileKey | undefined> = [];
  const earlier: Array<number | undefined> = [];
  // Where each article's words stand in the persisted base, when its text is one the base holds (its words are taken again).
  const baseText: Array<number | undefined> = [];
  for (const a of withIds) {
    if ('entry' in a) {
      const from = a.entry.from;
      articles.push({ ...state!.source(from, a.id) });
      keys.push(keyAgain(a.entry, a.id));
      earlier.push(state!.keys[from].id === a.id ? from : undefined);
      baseText.push(state!.baseText(from));
    } else {
      articles.push(a);
      baseText.push(undefined);
      const listed = listedAt.get(a.path);
      keys.push(listed ? keyOf(listed, a.id) : undefined);
      earlier.push(undefined);
    }
  }
  const persistAs = options.cache && keys.every((k) => k !== undefined) ? { keys: keys as SourceFileKey[], header } : undefined;
  const index = await build(articles, {
    aliases: options.aliases,
    keepAnalyses: options.cache !== undefined,
    earlier: (i) => (earlier[i] === undefined ? undefined : state!.analysis(earlier[i]!)),
    earlierWords: file && { wordList: file.wordList, tokens: (i) => (baseText[i] === undefined ? undefined : { ...file!.tokens(baseText[i]!), text: articles[i].text }) },
  }, persistAs);
  const reused = earlier.filter((e) => e !== undefined).length;
  if (options.cache && persistAs) await writePersisted(writtenFiles.get(index) ?? indexFileWriter(index, persistAs.keys, header), writtenHeads.get(index));
  // The traces are in the file now; in memory they would only weigh.
  forgetAnalyses(index);
  return { index, problems, cache: options.cache ? (reused ? 'partial' : 'cold') : 'off', reused, cacheProblem };
}
