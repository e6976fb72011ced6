// The index's own thread (dist/indexWorker.js, a Node worker thread started by workerIndexThread.ts): it takes the
// articles in chunks, builds their index at once in its own heap, and sends it back as a persisted index's file, its
// buffer transferred (not copied), then waits to be ended. Whatever goes wrong is sent back as a message.
import { parentPort } from 'worker_threads';
import { buildIndexFile, type IndexThreadRequest } from '../../service/indexBuild';
import type { SourceArticle, SourceFileKey } from '../../core';
import type { ToIndexThread } from './workerIndexThread';

const articles: SourceArticle[] = [];
const keys: SourceFileKey[] = [];

parentPort?.on('message', (message: ToIndexThread) => {
  if (message.kind === 'articles') {
    articles.push(...message.articles);
    if (message.keys) keys.push(...message.keys);
    return;
  }
  try {
    const request: IndexThreadRequest = { articles, aliases: message.aliases, persistAs: message.header ? { keys, header: message.header } : undefined };
    const file = buildIndexFile(request);
    parentPort!.postMessage({ kind: 'built', parts: [file] }, [file.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
