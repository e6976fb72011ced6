// A cold build on two threads (the command line's): the word index needs only the texts, not their analysis, so a
// worker thread (dist/wordIndexWorker.js) reads the source files ahead of this thread (sharedSourceBytes), then
// decodes their bytes, kept in shared memory, and reads their words while this thread analyses the texts; the arrays
// come back transferred. The index is the one a build on one thread makes, byte for byte once written. With one
// core, little text, an earlier index's words to take again (a build that copies most of its words), an article
// whose bytes were not kept, or when the worker fails to start or throws, the build runs on this thread as before.
// When the index will be persisted, the worker also writes the file's head (the word index's sections and the texts,
// 88% of its bytes) where the cache store writes the file before it is whole, and this thread writes the rest after it.
import * as fs from 'fs';
import * as os from 'os';
import { Worker } from 'worker_threads';
import { buildCorpusIndex, buildCorpusIndexBeside, withWrittenHead, type BuildIndexOptions, type CorpusFileSystem, type CorpusIndex, type PersistAs, type SourceArticle, type WordIndexParts } from '../core';
import type { IndexHead } from '../core/index/indexFileHead';
import { corpusIndexParts } from '../core/index/corpusIndex';
import { sortedSpellings } from '../core/index/wordSpellings';
import { SharedSourceBytes, type PrefetchRequest } from './sharedSourceBytes';

/**
 * What the word index's thread is sent: the files to read ahead; then the shared buffers and each text's buffer,
 * start and length in bytes (three numbers a text), and where to write the persisted file's head, if anywhere.
 */
export type ToWordThread =
  | { readonly kind: 'read'; readonly request: PrefetchRequest }
  | { readonly kind: 'build'; readonly buffers: readonly SharedArrayBuffer[]; readonly slices: Int32Array; readonly head?: string; readonly waiting?: Int32Array };

/** What it sends back: the parts, the length of each text it decoded (checked against the texts here), and the head it wrote (none when it could not). */
export type FromWordThread =
  | { readonly kind: 'built'; readonly parts: WordIndexParts & { readonly wordList: string[]; readonly postings: Int32Array }; readonly lengths: Int32Array; readonly head?: IndexHead }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Below this much text (about 250 articles) a build takes a fraction of a second, and starting a thread (its
 * bundle loaded and compiled) would cost about what it saves.
 */
const FROM_CHARS = 1_000_000;

export function cores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/** The worker, started when first needed (a warm run starts none) and ended once it has answered. */
export class WordIndexThread {
  private worker?: Worker;
  private reply?: Promise<FromWordThread>;

  constructor(private readonly script: string) {}

  /** Starts the worker reading the listed files ahead (sharedSourceBytes' `prefetch`). */
  readAhead(request: PrefetchRequest): void {
    this.started()?.postMessage({ kind: 'read', request } satisfies ToWordThread);
  }

  /** The word index's parts of `texts`, made by the worker from their bytes, and the file's head it wrote; rejects when it fails. */
  async build(request: Extract<ToWordThread, { kind: 'build' }>, texts: readonly string[]): Promise<{ parts: WordIndexParts; head?: IndexHead }> {
    const worker = this.started();
    if (!worker) throw new Error('the word index\'s thread did not start');
    worker.postMessage(request);
    // Awaited, the worker keeps the process alive (unreferenced, the run would end here with nothing to do).
    worker.ref();
    const reply = await this.reply!;
    if (reply.kind === 'failed') throw new Error(reply.message);
    if (reply.lengths.length !== texts.length || texts.some((t, i) => t.length !== reply.lengths[i])) throw new Error('the word index\'s thread read other texts');
    return { parts: { ...reply.parts, spellings: sortedSpellings(reply.parts.wordList, reply.parts.sortedIds) }, head: reply.head };
  }

  private started(): Worker | undefined {
    if (this.reply) return this.worker;
    this.reply = new Promise<FromWordThread>((resolve, reject) => {
      const worker = new Worker(this.script);
      this.worker = worker;
      let settled = false;
      const settle = (done: () => void) => {
        if (settled) return;
        settled = true;
        done();
        // Its heap (its copy of the texts) is freed on its own thread.
        void worker.terminate();
      };
      worker.once('message', (reply: FromWordThread) => settle(() => resolve(reply)));
      worker.once('error', (error) => settle(() => reject(error)));
      worker.once('exit', (code) => settle(() => reject(new Error(`the word index's thread stopped (exit code ${code})`))));
    });
    // Seen by `build`. Until then the worker keeps no run alive: one never asked to build is ended at exit.
    this.reply.catch(() => {});
    this.worker?.unref();
    return this.worker;
  }
}

/** A build as OpenIndexOptions' `build` is. */
type Build = (articles: readonly SourceArticle[], options: BuildIndexOptions, persistAs?: PersistAs) => Promise<CorpusIndex>;

/**
 * A build (OpenIndexOptions' `build`) that makes the word index in `thread` beside the analysis, from the bytes
 * `shared` kept, when it can gain: two cores or more, at least `fromChars` of text, no earlier words to take again,
 * every article's bytes kept. When the index will be persisted and `headFile` is given (the cache store's
 * `partialFile`), the thread writes the file's head there.
 */
export function buildBesideWordThread(thread: WordIndexThread, shared: SharedSourceBytes, fromChars = FROM_CHARS, headFile?: string): Build {
  return async (articles, options, persistAs) => {
    const slices = new Int32Array(articles.length * 3);
    const kept = articles.every((a, i) => {
      const slice = shared.slice(a.path);
      if (slice) slices.set([slice.buffer, slice.at, slice.length], i * 3);
      return slice !== undefined;
    });
    const besides = kept && cores() > 1 && !options.earlierWords && articles.reduce((n, a) => n + a.text.length, 0) >= fromChars;
    // A worker that cannot start (its script missing, threads unavailable) rejects: the words are then read here.
    const head = besides && persistAs ? headFile : undefined;
    // A head written but never gone on from (the run failed before its write) is not left beside the cache.
    if (head) process.once('exit', () => fs.rmSync(head, { force: true }));
    // Set once this thread has analysed the texts and waits for the words: the worker then writes no head (or no
    // more of it), so that it never keeps this thread waiting (this thread writes the file whole instead).
    const waiting = new Int32Array(new SharedArrayBuffer(4));
    const words = besides ? thread.build({ kind: 'build', buffers: shared.buffers, slices, head, waiting }, articles.map((a) => a.text)) : undefined;
    shared.release();
    if (!words) return buildCorpusIndex(articles, options);
    const index = await buildCorpusIndexBeside(articles, options, words.then((w) => w.parts), () => Atomics.store(waiting, 0, 1));
    const built = await words.catch(() => undefined);
    // The head is this index's only when the index took the very arrays it was written from.
    const same = built?.head && corpusIndexParts(index)?.words.postings === built.parts.postings;
    return same ? withWrittenHead(index, built.head!) : index;
  };
}

/**
 * The file system and build of a run that builds on two threads where it can (none with one core): `files` with their
 * bytes kept, read ahead by the worker running `script` unless a persisted index exists (`persisted`: a warm run
 * reads no file, a change a few, and a thread reading them all would only cost); with less than `fromChars` of text, no thread.
 */
export function twoThreadBuild(script: string, files: CorpusFileSystem, persisted: boolean, fromChars = FROM_CHARS, headFile?: string): { files: CorpusFileSystem; build?: Build } {
  if (cores() < 2) return { files };
  const thread = new WordIndexThread(script);
  const shared = new SharedSourceBytes(persisted ? undefined : (request) => thread.readAhead(request));
  return { files: shared.recording(files), build: buildBesideWordThread(thread, shared, fromChars, headFile) };
}
