// Building the index off the request path. Where the host gives a thread of its own (`IndexThread`: a Node worker
// thread, with its own heap), the index is built there and comes back as its persisted file, which this thread
// reads back in slices, as it reads a persisted index from the disk: the thread answering requests never holds the
// index being built, nor collects its garbage. Otherwise, or when that thread fails, the index is built here in
// slices of a few milliseconds, the thread answering requests between them from the index it already has.
import {
  buildCorpusIndex,
  buildCorpusIndexInSlices,
  joinedBytes,
  readIndexFileSteps,
  readKeyedSources,
  runStepsInSlices,
  withPersistedFile,
  writeIndexFile,
  type AliasTable,
  type BuildIndexOptions,
  type CorpusFileSystem,
  type CorpusIndex,
  type IndexFileHeader,
  type ListedSource,
  type LoadProblem,
  type PersistAs,
  type SourceArticle,
  type SourceFileKey,
  type Steps,
  type StoredFile,
} from '../core';
import type { ServiceLogger } from './workspace';

/** A slice of index building: short enough that a hover or a keystroke's check waits at most about this long. */
const SLICE_MS = 15;

export interface BuildTiming {
  /** The longest the thread was held by one step of the build. */
  readonly longestStepMs: number;
  readonly buildMs: number;
  /** Where the index was built: `thread` (another thread; this one only read it back) or `here` (in slices). */
  readonly builtIn?: 'thread' | 'here';
}

/** What another thread is asked to build. */
export interface IndexThreadRequest {
  readonly articles: readonly SourceArticle[];
  readonly aliases?: AliasTable;
  /** The keys and header of the persisted file, when the index is persisted (else the file is only the way back). */
  readonly persistAs?: PersistAs;
  /** Aborted when a newer build supersedes this one: the thread stops building (a worker is terminated) and the build rejects. */
  readonly signal?: AbortSignal;
}

/** What another thread that reads the disk itself is asked: to read the listed files and build their index. */
export interface FilesThreadRequest {
  readonly files: readonly ListedSource[];
  readonly aliases?: AliasTable;
  /** The persisted file's header, when the index is persisted (the keys are the thread's, taken as it reads each file). */
  readonly header?: IndexFileHeader;
  /** As IndexThreadRequest's. */
  readonly signal?: AbortSignal;
}

/** What such a thread gives back: the index's file, and the listed files that could not be articles. */
export interface FilesThreadBuild {
  readonly parts: readonly Uint8Array[];
  readonly longestStepMs: number;
  readonly problems: readonly LoadProblem[];
  /** Whether the file is the persisted index's (a header was given and every file had its key), not only a carrier. */
  readonly persisted: boolean;
}

/** Another thread the index can be built in. */
export interface IndexThread {
  /** Resolves with the index's file (`buildIndexFile`'s parts) and the longest this thread was held sending the articles there; rejects when that thread fails. */
  build(request: IndexThreadRequest): Promise<{ readonly parts: readonly Uint8Array[]; readonly longestStepMs: number }>;
  /** Sources with less text than this are built here in slices: a short build, quicker than starting a thread. */
  readonly fromChars: number;
  /**
   * For a thread that reads files itself: whether it can read `uri` (a file on the disk it shares with this one), and
   * the build of listed files it reads (`buildListedFiles`), so that their text never passes through this thread.
   */
  readonly reads?: (uri: string) => boolean;
  readonly buildFiles?: (request: FilesThreadRequest) => Promise<FilesThreadBuild>;
}

/** The header of a file that only carries an index from one thread to another. */
const CARRIED: IndexFileHeader = { engine: 'carried between threads', settings: '' };

/**
 * The index of the articles, built at once and written as a persisted index's file in one buffer (what another
 * thread runs). One buffer, so that the thread reading it back takes its sections in place: joining its thousands of
 * parts there took a 37 MB allocation and copy on the thread that answers requests (a step of 220 ms at 10,000
 * articles, with the collection it set off); here it costs the building thread a copy.
 */
export function buildIndexFile(request: IndexThreadRequest): Uint8Array {
  const index = buildCorpusIndex(request.articles, { aliases: request.aliases, keepAnalyses: true });
  const keys: readonly SourceFileKey[] = request.persistAs?.keys ?? request.articles.map((a) => ({ id: a.id, path: a.path, size: 0, mtime: 0, given: '' }));
  const parts = writeIndexFile(index, keys, request.persistAs?.header ?? CARRIED);
  if (!parts) throw new Error('the index built could not be written as a file');
  return joinedBytes(parts);
}

/**
 * The index of listed files read here (what a thread reading the disk runs), written as `buildIndexFile` writes it:
 * the persisted index's file when a header is given and every file has its key, and the files that were no article.
 */
export async function buildListedFiles(fs: CorpusFileSystem, request: Omit<FilesThreadRequest, 'signal'>): Promise<{ file: Uint8Array; problems: LoadProblem[]; persisted: boolean }> {
  const { articles, keys, problems } = await readKeyedSources(fs, request.files);
  const persisted = request.header !== undefined && keys.every((k) => k !== undefined);
  const persistAs = persisted ? { keys: keys as SourceFileKey[], header: request.header! } : undefined;
  return { file: buildIndexFile({ articles, aliases: request.aliases, persistAs }), problems, persisted };
}

/** A file held in memory as parts one after another (as another thread sent them). */
export function partsFile(parts: readonly Uint8Array[]): StoredFile {
  const starts: number[] = [];
  let size = 0;
  for (const part of parts) {
    starts.push(size);
    size += part.length;
  }
  return {
    size,
    read(at, length, into) {
      if (at < 0 || at + length > size) throw new Error(`the file ends before ${at + length}`);
      let i = starts.length - 1;
      while (i > 0 && starts[i] > at) i--;
      const offset = at - starts[i];
      // Within one part: a view of it, unless the reader gives its own buffer.
      if (offset + length <= parts[i].length && !into) return parts[i].subarray(offset, offset + length);
      const out = into ? into.subarray(0, length) : new Uint8Array(length);
      for (let done = 0; done < length; i++) {
        const from = done === 0 ? offset : 0;
        const take = Math.min(parts[i].length - from, length - done);
        out.set(parts[i].subarray(from, from + take), done);
        done += take;
      }
      return out;
    },
  };
}

/** Runs steps in this thread's slices, timing the longest step. */
export async function sliced<T>(steps: Steps<T>): Promise<{ value: T; longestStepMs: number }> {
  const { value, timing } = await runStepsInSlices(steps, SLICE_MS);
  return { value, longestStepMs: timing.longestStepMs };
}

/**
 * The index of a file another thread built (`buildIndexFile`'s parts), read back in this thread's slices, with the
 * build's timing from `started`: the longest this thread was held, sending the articles there or reading back.
 */
async function readBackBuilt(
  built: { readonly parts: readonly Uint8Array[]; readonly longestStepMs: number },
  header: IndexFileHeader | undefined,
  started: number,
): Promise<{ index: CorpusIndex; timing: BuildTiming }> {
  const { parts } = built;
  // The file came from the index's thread (written in this process's memory): its digest is not computed again.
  const file = await sliced(readIndexFileSteps(partsFile(parts), header ?? CARRIED, { written: 'in memory' }));
  const index = await sliced(file.value.indexSteps());
  const longestStepMs = Math.max(built.longestStepMs, file.longestStepMs, index.longestStepMs);
  return { index: header ? withPersistedFile(index.value, parts) : index.value, timing: { longestStepMs, buildMs: Date.now() - started, builtIn: 'thread' } };
}

/** Builds the index in `thread` when there is one and the sources are large enough (falling back to this thread's slices when it fails), else here in slices. */
export async function buildIndex(
  articles: readonly SourceArticle[],
  options: BuildIndexOptions,
  persistAs: PersistAs | undefined,
  thread: IndexThread | undefined,
  logger: ServiceLogger,
  signal?: AbortSignal,
): Promise<{ index: CorpusIndex; timing: BuildTiming }> {
  const started = Date.now();
  if (thread && articles.reduce((n, a) => n + a.text.length, 0) >= thread.fromChars) {
    try {
      const built = await thread.build({ articles, aliases: options.aliases, persistAs, signal });
      signal?.throwIfAborted();
      return await readBackBuilt(built, persistAs?.header, started);
    } catch (error) {
      // A superseded build is not built again here: the newer one is under way.
      signal?.throwIfAborted();
      logger.error(`The index could not be built in its own thread (${error instanceof Error ? error.message : String(error)}); building it on the server's thread instead, in slices`);
    }
  }
  // A superseded build stops at its next pause between slices: the newer one is under way, and this one would hold
  // the thread for seconds more for an index nobody takes.
  const pause = signal && (async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    signal.throwIfAborted();
  });
  signal?.throwIfAborted();
  const { index, timing } = await buildCorpusIndexInSlices(articles, options, SLICE_MS, pause);
  return { index, timing: { longestStepMs: timing.longestStepMs, buildMs: Date.now() - started, builtIn: 'here' } };
}

/**
 * Reads and builds the listed files in `thread`, when it reads them itself and they are large enough: their text
 * never comes to this thread, only the index's file, read back in slices. Undefined when the thread does not take
 * them, or fails (said in the log): they are then read and built here.
 */
export async function buildListedIndex(
  files: readonly ListedSource[],
  options: BuildIndexOptions,
  header: IndexFileHeader | undefined,
  thread: IndexThread | undefined,
  logger: ServiceLogger,
  signal?: AbortSignal,
): Promise<{ index: CorpusIndex; problems: readonly LoadProblem[]; timing: BuildTiming } | undefined> {
  const reads = thread?.reads;
  if (!thread?.buildFiles || !reads || files.reduce((n, f) => n + f.size, 0) < thread.fromChars || !files.every((f) => reads(f.path))) return undefined;
  const started = Date.now();
  try {
    const built = await thread.buildFiles({ files, aliases: options.aliases, header, signal });
    signal?.throwIfAborted();
    // Said as a read on this thread says them.
    for (const problem of built.problems) logger.warn(`${problem.path}: ${problem.message}`);
    return { ...(await readBackBuilt(built, built.persisted ? header : undefined, started)), problems: built.problems };
  } catch (error) {
    signal?.throwIfAborted();
    logger.error(`The sources could not be read and indexed in their own thread (${error instanceof Error ? error.message : String(error)}); reading them and building the index on the server's thread instead`);
    return undefined;
  }
}

/** Other long work (reading the persisted index back) in the same slices; it rejects at its next pause once `signal` is aborted. */
export async function runInSlices<T>(steps: Steps<T>, signal?: AbortSignal): Promise<T> {
  const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => signal?.throwIfAborted());
  return (await runStepsInSlices(steps, SLICE_MS, pause)).value;
}
