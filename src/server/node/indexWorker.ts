// The index's own thread (dist/indexWorker.js, a Node worker thread started by workerIndexThread.ts): it takes the
// articles in chunks, or the listing of files it reads from the disk itself, builds their index at once in its own
// heap, and sends it back as a persisted index's file, its buffer transferred (not copied), with the files that were
// no article; then waits to be ended. Whatever goes wrong is sent back as a message.
import { parentPort } from 'worker_threads';
import { buildIndexFile, buildListedFiles, type IndexThreadRequest } from '../../service/indexBuild';
import type { ListedSource, SourceArticle, SourceFileKey } from '../../core';
import { workerUriFileSystem } from './nodeUriFileSystem';
import type { FromIndexThread, ToIndexThread } from './workerIndexThread';

const articles: SourceArticle[] = [];
const keys: SourceFileKey[] = [];
const files: ListedSource[] = [];

async function build(message: Extract<ToIndexThread, { kind: 'build' }>): Promise<FromIndexThread> {
  if (files.length) {
    const built = await buildListedFiles(workerUriFileSystem, { files, aliases: message.aliases, header: message.header });
    return { kind: 'built', parts: [built.file], problems: built.problems, persisted: built.persisted };
  }
  const request: IndexThreadRequest = { articles, aliases: message.aliases, persistAs: message.header ? { keys, header: message.header } : undefined };
  return { kind: 'built', parts: [buildIndexFile(request)] };
}

parentPort?.on('message', (message: ToIndexThread) => {
  if (message.kind === 'articles') {
    // One at a time: a message may carry more articles than a call takes arguments.
    for (const article of message.articles) articles.push(article);
    for (const key of message.keys ?? []) keys.push(key);
    return;
  }
  if (message.kind === 'files') {
    for (const file of message.files) files.push(file);
    return;
  }
  build(message).then(
    (built) => parentPort!.postMessage(built, built.kind === 'built' ? built.parts.map((p) => p.buffer as ArrayBuffer) : []),
    (error) => parentPort!.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies FromIndexThread),
  );
});
