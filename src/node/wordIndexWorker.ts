// The word index's own thread (dist/wordIndexWorker.js, a Node worker thread started by wordIndexThread.ts): it
// reads a cold build's source files ahead of the thread that started it, into shared memory (sharedSourceBytes);
// then, told where each text's bytes stand, decodes the texts as that thread did and reads their words into the word
// index's arrays while that thread analyses the same texts; the arrays go back with their buffers transferred (not
// copied). Asked to, it first writes the persisted file's head (the word index's sections and the texts) where the
// cache store writes the file before it is whole; a head it cannot write is none (the other thread then writes the
// file whole).
// Whatever else goes wrong is sent back as a message.
import * as fs from 'fs';
import * as path from 'path';
import { parentPort } from 'worker_threads';
import { decodeSourceText } from '../core/sources/loadCorpus';
import { buildWordIndexParts } from '../core/index/wordIndexBuild';
import { runSteps } from '../core/index/stepwise';
import { writeIndexHead, type BuiltWords, type IndexHead } from '../core/index/indexFileHead';
import { decodesShared, readAhead } from './sharedSourceBytes';
import type { FromWordThread, ToWordThread } from './wordIndexThread';

function build(request: Extract<ToWordThread, { kind: 'build' }>): { reply: FromWordThread; buffers: ArrayBuffer[] } {
  const texts: string[] = [];
  for (let k = 0; k < request.slices.length; k += 3) {
    // Decoded in place where the decoder takes a view of shared memory (a copy of every text's bytes is 62 MB of
    // fresh memory at 10,000 articles), else copied out first.
    const view = new Uint8Array(request.buffers[request.slices[k]], request.slices[k + 1], request.slices[k + 2]);
    const bytes = decodesShared ? view : view.slice();
    const text = decodeSourceText(bytes);
    if (text === null) throw new Error('a source file is no longer the text it was');
    texts.push(text);
  }
  const parts = runSteps(buildWordIndexParts(texts));
  const { wordList, stream, starts, firstToken, sortedIds, postingOffsets } = parts;
  const postings = parts.postings as Int32Array;
  // A buffer is listed once even where two arrays share it.
  const buffers = [...new Set([stream, starts, firstToken, sortedIds, postingOffsets, postings].map((a) => a.buffer as ArrayBuffer))];
  const lengths = Int32Array.from(texts, (t) => t.length);
  const words = { wordList: wordList as string[], stream, starts, firstToken, sortedIds, postingOffsets, postings };
  // Written before the arrays go back (they are transferred, not copied).
  const head = request.head === undefined ? undefined : writtenHead(request.head, words, texts, request.waiting);
  return { reply: { kind: 'built', parts: words, lengths, head }, buffers: [...buffers, lengths.buffer] };
}

/** Writes the file's head to `file`; undefined when it cannot, or when the other thread waits for the words (`waiting` set): the file is then removed. */
function writtenHead(file: string, words: BuiltWords, texts: readonly string[], waiting?: Int32Array): IndexHead | undefined {
  const waited = () => waiting !== undefined && Atomics.load(waiting, 0) !== 0;
  if (waited()) return undefined;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const fd = fs.openSync(file, 'w');
    try {
      let at = 0;
      return writeIndexHead((part) => {
        if (waited()) throw new Error('the other thread waits for the words');
        for (let done = 0; done < part.length; ) {
          const n = fs.writeSync(fd, part, done, part.length - done, at);
          done += n;
          at += n;
        }
      }, words, texts);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    try {
      fs.rmSync(file, { force: true });
    } catch {
      // Left to the process's exit, which removes it too.
    }
    return undefined;
  }
}

parentPort?.on('message', (message: ToWordThread) => {
  try {
    if (message.kind === 'read') return readAhead(message.request);
    const { reply, buffers } = build(message);
    parentPort!.postMessage(reply, buffers);
  } catch (error) {
    parentPort!.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies FromWordThread);
  }
});
