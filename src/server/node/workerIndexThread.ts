// The language server's index thread on Node: one worker thread (its own heap and its own garbage collection) per
// build. Given the articles, the server's thread feeds them in chunks, giving its event loop a turn between them (one
// message of 10,000 articles' text would be copied in one go); given files on the disk, it sends only their listing
// and the worker reads them itself. Either way the index comes back as its file, transferred.
import { Worker } from 'worker_threads';
import type { AliasTable, IndexFileHeader, ListedSource, LoadProblem, SourceArticle, SourceFileKey } from '../../core';
import type { FilesThreadBuild, IndexThread } from '../../service/indexBuild';

/**
 * Characters sent to the worker in one message: copying a message holds the thread (a million characters' took
 * 70–180 ms in a CPU profile of the server at load 7).
 */
const CHUNK_CHARS = 1 << 16;

/** The messages the index thread is sent: the articles (and their file keys), or the files to read, in order; then the order to build. */
export type ToIndexThread =
  | { readonly kind: 'articles'; readonly articles: readonly SourceArticle[]; readonly keys?: readonly SourceFileKey[] }
  | { readonly kind: 'files'; readonly files: readonly ListedSource[] }
  | { readonly kind: 'build'; readonly aliases?: AliasTable; readonly header?: IndexFileHeader };

export type FromIndexThread =
  | { readonly kind: 'built'; readonly parts: Uint8Array[]; readonly problems?: readonly LoadProblem[]; readonly persisted?: boolean }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Below this much text (about 250 articles) the build in the server's slices is short (the bundled corpus: 0.1 s),
 * and a worker, whose bundle is loaded anew for each build (0.3–0.8 s on a loaded 2-core machine), would only delay
 * the first diagnostics.
 */
const FROM_CHARS = 1_000_000;

/**
 * An IndexThread running `script` (dist/indexWorker.js) for sources of `fromChars` characters or more; with `reads`,
 * the worker reads the files it says it can itself (`file:` URIs of this machine's disk). A worker that throws,
 * fails to start or stops rejects the build; so does the request's signal, which terminates the worker.
 */
export function workerIndexThread(script: string, fromChars = FROM_CHARS, reads?: (uri: string) => boolean): IndexThread {
  return {
    fromChars,
    build: async (request) => {
      const { persistAs } = request;
      const chunks = inChunks(request.articles, (a) => a.text.length, (from, to) => ({ kind: 'articles', articles: request.articles.slice(from, to), keys: persistAs?.keys.slice(from, to) }));
      const built = await runWorker(script, chunks, { kind: 'build', aliases: request.aliases, header: persistAs?.header }, request.signal);
      return { parts: built.parts, longestStepMs: built.longestStepMs };
    },
    reads,
    buildFiles: reads && (async (request) => {
      // A listed file is its path and a few numbers: a chunk of them weighs what its paths weigh.
      const chunks = inChunks(request.files, (f) => f.path.length + 64, (from, to) => ({ kind: 'files', files: request.files.slice(from, to) }));
      return runWorker(script, chunks, { kind: 'build', aliases: request.aliases, header: request.header }, request.signal);
    }),
  };
}

/** The items as messages of about CHUNK_CHARS each, made one at a time as they are sent. */
function* inChunks<T>(items: readonly T[], weight: (item: T) => number, message: (from: number, to: number) => ToIndexThread): Generator<ToIndexThread> {
  for (let from = 0; from < items.length; ) {
    let to = from;
    for (let chars = 0; to < items.length && chars < CHUNK_CHARS; to++) chars += weight(items[to]);
    yield message(from, to);
    from = to;
  }
}

function runWorker(script: string, chunks: Iterable<ToIndexThread>, build: ToIndexThread, signal: AbortSignal | undefined): Promise<FilesThreadBuild> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(script);
    } catch (error) {
      reject(error);
      return;
    }
    let settled = false;
    let longestStepMs = 0;
    // A superseded build's worker is ended at once: it would hold a core and its heap for seconds for nothing.
    const abort = () => settle(() => reject(signal!.reason));
    // Settled once the worker has exited. Ending a worker frees its heap (the whole index it built) on its own
    // thread; read back beside that, the server's steps met collections of 27-60 ms (measured in the bench's cold
    // rebuild; none once the read-back waited for the exit), the two threads sharing this machine's cores. A
    // superseded build, too, rejects once its worker has stopped working.
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', abort);
      void worker.terminate().then(done, done);
    };
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort, { once: true });
    const built = (message: Extract<FromIndexThread, { kind: 'built' }>) => resolve({ parts: message.parts, longestStepMs, problems: message.problems ?? [], persisted: message.persisted ?? false });
    worker.on('message', (message: FromIndexThread) => settle(() => (message.kind === 'built' ? built(message) : reject(new Error(message.message)))));
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`its worker thread stopped (exit code ${code})`))));
    void (async () => {
      const each = chunks[Symbol.iterator]();
      while (!settled) {
        // A step: making the next chunk and copying it into the message.
        const started = performance.now();
        const chunk = each.next();
        if (chunk.done) break;
        worker.postMessage(chunk.value);
        longestStepMs = Math.max(longestStepMs, performance.now() - started);
        await new Promise((next) => setImmediate(next));
      }
      if (!settled) worker.postMessage(build);
    })().catch((error) => settle(() => reject(error)));
  });
}
