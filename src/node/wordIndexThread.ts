// A cold build on two threads (the command line's): the word index needs only the texts, not their analysis, so a
// worker thread (dist/wordIndexWorker.js) decodes the source files' bytes, kept in shared memory as they were read
// (sharedSourceBytes), and reads their words while this thread analyses the texts; the arrays come back
// transferred. The index is the one a build on one thread makes, byte for byte once written. With one core, little
// text, an earlier index's words to take again (a build that copies most of its words), an article whose bytes were
// not kept, or when the worker fails to start or throws, the build runs on this thread as before.
import * as os from 'os';
import { Worker } from 'worker_threads';
import { buildCorpusIndex, buildCorpusIndexBeside, type BuildIndexOptions, type CorpusIndex, type SourceArticle, type WordIndexParts } from '../core';
import type { SharedSourceBytes } from './sharedSourceBytes';

/** What the word index's thread is sent: the shared buffers, and each text's buffer, start and length in bytes, three numbers a text. */
export interface ToWordThread {
  readonly buffers: readonly SharedArrayBuffer[];
  readonly slices: Int32Array;
}

/** What it sends back: the parts, and the length of each text it decoded (checked against the texts here). */
export type FromWordThread =
  | { readonly kind: 'built'; readonly parts: WordIndexParts & { readonly wordList: string[]; readonly postings: Int32Array }; readonly lengths: Int32Array }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Below this much text (about 250 articles) a build takes a fraction of a second, and starting a thread (its
 * bundle loaded and compiled) would cost about what it saves.
 */
const FROM_CHARS = 1_000_000;

/** The word index's parts of `texts`, made by a worker running `script` from their bytes (`request`); rejects when it fails. The worker is ended once it has answered. */
export function wordIndexInThread(script: string, request: ToWordThread, texts: readonly string[]): Promise<WordIndexParts> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script);
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      done();
      // Its heap (its copy of the texts) is freed on its own thread.
      void worker.terminate();
    };
    const built = (reply: Extract<FromWordThread, { kind: 'built' }>) => {
      if (reply.lengths.length !== texts.length || texts.some((t, i) => t.length !== reply.lengths[i])) reject(new Error('the word index\'s thread read other texts'));
      else resolve(reply.parts);
    };
    worker.once('message', (reply: FromWordThread) => settle(() => (reply.kind === 'built' ? built(reply) : reject(new Error(reply.message)))));
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) => settle(() => reject(new Error(`the word index's thread stopped (exit code ${code})`))));
    worker.postMessage(request);
  });
}

export function cores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/**
 * A build (OpenIndexOptions' `build`) that makes the word index in a worker running `script` beside the analysis,
 * from the bytes `shared` kept, when it can gain: two cores or more, at least `fromChars` of text, no earlier words
 * to take again, every article's bytes kept.
 */
export function buildBesideWordThread(script: string, shared: SharedSourceBytes, fromChars = FROM_CHARS): (articles: readonly SourceArticle[], options: BuildIndexOptions) => Promise<CorpusIndex> {
  return async (articles, options) => {
    const slices = new Int32Array(articles.length * 3);
    const kept = articles.every((a, i) => {
      const slice = shared.slice(a.path);
      if (slice) slices.set([slice.buffer, slice.at, slice.length], i * 3);
      return slice !== undefined;
    });
    if (!kept || cores() < 2 || options.earlierWords || articles.reduce((n, a) => n + a.text.length, 0) < fromChars) return buildCorpusIndex(articles, options);
    // A worker that cannot start (its script missing, threads unavailable) rejects: the words are then read here.
    const texts = articles.map((a) => a.text);
    return buildCorpusIndexBeside(articles, options, wordIndexInThread(script, { buffers: shared.buffers, slices }, texts));
  };
}
