// The language server's index thread on Node: one worker thread (its own heap and its own garbage collection) per
// build, which the server's thread feeds the articles in chunks, giving its event loop a turn between them (one
// message of 10,000 articles' text would be copied in one go), and which sends the index back as its file.
import { Worker } from 'worker_threads';
import type { AliasTable, IndexFileHeader, SourceArticle, SourceFileKey } from '../../core';
import type { IndexThread, IndexThreadRequest } from '../../service/indexBuild';

/**
 * Characters of text sent to the worker in one message: copying a message holds the thread (a million characters'
 * took 70–180 ms in a CPU profile of the server at load 7).
 */
const CHUNK_CHARS = 1 << 16;

/** The messages the index thread is sent: the articles (and their file keys) in order, then the order to build. */
export type ToIndexThread =
  | { readonly kind: 'articles'; readonly articles: readonly SourceArticle[]; readonly keys?: readonly SourceFileKey[] }
  | { readonly kind: 'build'; readonly aliases?: AliasTable; readonly header?: IndexFileHeader };

type FromIndexThread = { readonly kind: 'built'; readonly parts: Uint8Array[] } | { readonly kind: 'failed'; readonly message: string };

/**
 * Below this much text (about 250 articles) the build in the server's slices is short (the bundled corpus: 0.1 s),
 * and a worker, whose bundle is loaded anew for each build (0.3–0.8 s on a loaded 2-core machine), would only delay
 * the first diagnostics.
 */
const FROM_CHARS = 1_000_000;

/**
 * An IndexThread running `script` (dist/indexWorker.js) for sources of `fromChars` characters or more. A worker that
 * throws, fails to start or stops rejects the build; so does the request's signal, which terminates the worker.
 */
export function workerIndexThread(script: string, fromChars = FROM_CHARS): IndexThread {
  return { fromChars, build: (request) => buildInWorker(script, request) };
}

function buildInWorker(script: string, request: IndexThreadRequest): ReturnType<IndexThread['build']> {
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
    const { signal } = request;
    // A superseded build's worker is ended at once: it would hold a core and its heap for seconds for nothing.
    const abort = () => settle(() => reject(signal!.reason));
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', abort);
      void worker.terminate();
      done();
    };
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort, { once: true });
    worker.on('message', (message: FromIndexThread) => settle(() => (message.kind === 'built' ? resolve({ parts: message.parts, longestStepMs }) : reject(new Error(message.message)))));
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`its worker thread stopped (exit code ${code})`))));
    void (async () => {
      const { articles, persistAs } = request;
      for (let from = 0; from < articles.length && !settled; ) {
        const started = performance.now();
        let to = from;
        for (let chars = 0; to < articles.length && chars < CHUNK_CHARS; to++) chars += articles[to].text.length;
        const message: ToIndexThread = { kind: 'articles', articles: articles.slice(from, to), keys: persistAs?.keys.slice(from, to) };
        worker.postMessage(message);
        longestStepMs = Math.max(longestStepMs, performance.now() - started);
        from = to;
        await new Promise((next) => setImmediate(next));
      }
      if (!settled) worker.postMessage({ kind: 'build', aliases: request.aliases, header: persistAs?.header } satisfies ToIndexThread);
    })().catch((error) => settle(() => reject(error)));
  });
}
