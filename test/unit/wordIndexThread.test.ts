// The command line's cold build on two threads (dist/wordIndexWorker.js reads the texts' words while the build's
// thread analyses them): the persisted file is the one a build on one thread writes, byte for byte, and a worker
// that cannot start, or bytes that are not the texts built, leave the one-thread build's file.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { buildCorpusIndex, buildCorpusIndexBeside, indexFileName, joinedBytes, loadSourceFolders, openCorpusIndex, writeIndexFile, type CacheStore } from '../../src/core';
import { folderCacheStore } from '../../src/node/folderCacheStore';
import { indexFileWriter } from '../../src/core/index/persistedIndex';
import { runSteps } from '../../src/core/index/stepwise';
import { buildWordIndexParts } from '../../src/core/index/wordIndexBuild';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { readAhead, SharedSourceBytes } from '../../src/node/sharedSourceBytes';
import { buildBesideWordThread, twoThreadBuild, WordIndexThread } from '../../src/node/wordIndexThread';
import { partsFile } from '../../src/service/indexBuild';
import { createGenerator } from '../support/generateCorpus';
import { BUNDLED_CORPUS } from '../support/memoryCorpus';
import { tempFolder } from '../support/tempFolders';

const WORKER = path.join(__dirname, '..', '..', 'dist', 'wordIndexWorker.js');
const header = { engine: 'test-engine', settings: 'null' };

/** A folder of sources: the bundled articles, generated ones, and texts whose bytes are not their characters one for one (a byte-order mark, accents, quotes and dashes outside ASCII, a Markdown file). */
function sourceFolder(): string {
  const dir = tempFolder('two-thread-sources');
  const bundled = fs.readdirSync(BUNDLED_CORPUS).filter((f) => f.endsWith('.txt'));
  for (const f of bundled) fs.copyFileSync(path.join(BUNDLED_CORPUS, f), path.join(dir, f));
  const generator = createGenerator(bundled.map((f) => fs.readFileSync(path.join(BUNDLED_CORPUS, f), 'utf8')).join(' '));
  for (let i = 0; i < 120; i++) fs.writeFileSync(path.join(dir, `generated-${i}.txt`), generator.article(i).text);
  fs.writeFileSync(path.join(dir, 'with-bom.txt'), '\uFEFFHarbour news\n\n\u201CThe cranes stay idle,\u201D harbour master Ann Lee said \u2014 for now.\n');
  fs.writeFileSync(path.join(dir, 'accents.md'), '# Zürich talks\n\n"Ça ne change rien," said Élodie Brûlé, the São Paulo envoy. 東京 "もう一度" she added.\n');
  return dir;
}

function memoryStore(): CacheStore & { written: Map<string, Uint8Array> } {
  const written = new Map<string, Uint8Array>();
  return {
    written,
    async open(name) {
      const bytes = written.get(name);
      return bytes && partsFile([bytes]);
    },
    async write(name, parts) {
      written.set(name, joinedBytes(parts));
    },
  };
}

/** The persisted file of a cold build of `dir`: on one thread, or with the word index's thread (`script`), which reads the files ahead unless `persisted` says an index exists. */
async function coldFile(dir: string, script?: string, persisted = false): Promise<Uint8Array> {
  const store = memoryStore();
  const two = script ? twoThreadBuild(script, nodeFileSystem, persisted, 0) : { files: nodeFileSystem };
  assert.ok(!script || two.build, 'this machine has two cores');
  const opened = await openCorpusIndex(two.files, [dir], { cache: { store, engine: header.engine }, build: two.build });
  assert.strictEqual(opened.cache, 'cold');
  assert.strictEqual(store.written.size, 1);
  return [...store.written.values()][0];
}

describe('the cold build with the word index in its own thread', function () {
  this.timeout(120_000);
  let dir: string;

  before(() => {
    assert.ok(fs.existsSync(WORKER), 'dist/wordIndexWorker.js is built (npm run bundle)');
    dir = sourceFolder();
  });

  it('makes the word index of the texts the files hold, as this thread makes it', async () => {
    const shared = new SharedSourceBytes();
    const { articles } = await loadSourceFolders(shared.recording(nodeFileSystem), [dir]);
    assert.ok(articles.some((a) => /[^\x00-\x7f]/.test(a.text)), 'some texts are not ASCII');
    const texts = articles.map((a) => a.text);
    const slices = new Int32Array(articles.flatMap((a) => {
      const slice = shared.slice(a.path)!;
      return [slice.buffer, slice.at, slice.length];
    }));
    const { parts, head } = await new WordIndexThread(WORKER).build({ kind: 'build', buffers: shared.buffers, slices }, texts);
    assert.strictEqual(head, undefined, 'no head written where none was asked for');
    const here = runSteps(buildWordIndexParts(texts));
    for (const key of ['wordList', 'stream', 'starts', 'firstToken', 'sortedIds', 'postingOffsets', 'postings'] as const) {
      assert.deepStrictEqual(parts[key], here[key], key);
    }
    // Its words are found by their order, not by a map: every word gives its id, a word no text holds none.
    assert.ok(parts.spellings, 'the words come with their look-up');
    here.wordList.forEach((word, id) => assert.strictEqual(parts.spellings!.idOf(word), id, word));
    for (const word of ['', 'zzzz-not-a-word', `${here.wordList[0]}x`, '\uffff']) assert.strictEqual(parts.spellings!.idOf(word), here.wordList.indexOf(word), word);
  });

  it('writes the persisted file a build on one thread writes, byte for byte, with the files read ahead or not', async () => {
    const one = Buffer.from(await coldFile(dir));
    assert.ok(Buffer.from(await coldFile(dir, WORKER)).equals(one));
    assert.ok(Buffer.from(await coldFile(dir, WORKER, true)).equals(one));
  });

  it('writes the file\'s head in its thread where the cache store writes, and the file gone on from it is the one written whole', async () => {
    const shared = new SharedSourceBytes();
    const { articles } = await loadSourceFolders(shared.recording(nodeFileSystem), [dir]);
    const slices = new Int32Array(articles.flatMap((a) => {
      const slice = shared.slice(a.path)!;
      return [slice.buffer, slice.at, slice.length];
    }));
    const store = folderCacheStore(tempFolder('two-thread-head'));
    const built = await new WordIndexThread(WORKER).build({ kind: 'build', buffers: shared.buffers, slices, head: store.partialFile!('index.bin') }, articles.map((a) => a.text));
    assert.ok(built.head, 'a head was written');
    assert.strictEqual(fs.statSync(store.partialFile!('index.bin')).size, built.head.size);
    const index = await buildCorpusIndexBeside(articles, { keepAnalyses: true }, Promise.resolve(built.parts));
    const keys = articles.map((a, i) => ({ id: a.id, path: a.path, size: i, mtime: 1000 + i, given: '' }));
    let wentOn: boolean | undefined;
    await store.writeAsMade!('index.bin', (out, continued) => {
      wentOn = continued;
      indexFileWriter(index, keys, header)!(out, 4096, continued ? built.head : undefined);
    }, built.head);
    assert.strictEqual(wentOn, true, 'the rest went on after the head');
    const here = buildCorpusIndex(articles, { keepAnalyses: true });
    const written = fs.readFileSync(path.join(path.dirname(store.partialFile!('index.bin')), 'index.bin'));
    assert.ok(written.equals(Buffer.from(joinedBytes(writeIndexFile(here, keys, header)!))), 'the file a build on one thread writes');
  });

  it('writes through the cache store, with or without the head (the analysis may end first), the file a build on one thread writes', async () => {
    const one = Buffer.from(await coldFile(dir));
    const cache = tempFolder('two-thread-cache');
    const folders = [dir];
    const store = folderCacheStore(cache);
    const two = twoThreadBuild(WORKER, nodeFileSystem, false, 0, store.partialFile!(indexFileName(folders)));
    const opened = await openCorpusIndex(two.files, folders, { cache: { store, engine: header.engine }, build: two.build });
    assert.strictEqual(opened.cache, 'cold');
    assert.deepStrictEqual(fs.readdirSync(cache), [indexFileName(folders)], 'no partial file is left');
    assert.ok(fs.readFileSync(path.join(cache, indexFileName(folders))).equals(one));
    const warm = await openCorpusIndex(nodeFileSystem, folders, { cache: { store, engine: header.engine } });
    assert.strictEqual(warm.cache, 'warm');
    assert.deepStrictEqual(warm.index.articles.map((a) => [a.id, a.quotes.length]), opened.index.articles.map((a) => [a.id, a.quotes.length]));
  });

  it('writes no head when this thread already waits for the words (it would only keep it waiting), and leaves no file', async () => {
    const shared = new SharedSourceBytes();
    const { articles } = await loadSourceFolders(shared.recording(nodeFileSystem), [dir]);
    const slices = new Int32Array(articles.flatMap((a) => {
      const slice = shared.slice(a.path)!;
      return [slice.buffer, slice.at, slice.length];
    }));
    const file = path.join(tempFolder('head-not-written'), 'index.bin.partial');
    const waiting = new Int32Array(new SharedArrayBuffer(4));
    Atomics.store(waiting, 0, 1);
    const { parts, head } = await new WordIndexThread(WORKER).build({ kind: 'build', buffers: shared.buffers, slices, head: file, waiting }, articles.map((a) => a.text));
    assert.strictEqual(head, undefined);
    assert.ok(!fs.existsSync(file), 'no head file');
    assert.strictEqual(parts.firstToken.length, articles.length + 1, 'the words come back all the same');
  });

  it('reads a file again that grew or went after it was listed, as a read on one thread does', async () => {
    const changing = tempFolder('changing-sources');
    const names = fs.readdirSync(dir).sort().slice(0, 12);
    const copy = () => {
      fs.rmSync(changing, { recursive: true, force: true });
      fs.mkdirSync(changing);
      for (const f of names) fs.copyFileSync(path.join(dir, f), path.join(changing, f));
    };
    const change = () => {
      fs.appendFileSync(path.join(changing, names[2]), '\n"Grown since," Ann Lee said.\n');
      fs.rmSync(path.join(changing, names[5]));
      fs.writeFileSync(path.join(changing, names[7]), 'Short now.\n');
    };
    copy();
    // The other thread reads every file ahead, after the changes (as if it had been quicker than this one).
    const shared = new SharedSourceBytes((request) => {
      change();
      readAhead(request);
    });
    const ahead = await loadSourceFolders(shared.recording(nodeFileSystem), [changing]);
    // On one thread, the same changes between the listing and the first read.
    copy();
    let changed = false;
    const here = await loadSourceFolders({ ...nodeFileSystem, readFile: (file) => (changed ||= (change(), true), nodeFileSystem.readFile(file)) }, [changing]);
    assert.deepStrictEqual(ahead, here);
    assert.ok(here.articles.some((a) => a.text.includes('Grown since')) && here.problems.length === 1);
    for (const a of ahead.articles) assert.ok(shared.slice(a.path), 'every text\'s bytes are kept');
  });

  it('builds on one thread, with the same file, when the worker cannot start', async () => {
    const one = await coldFile(dir);
    assert.ok(Buffer.from(await coldFile(dir, path.join(tempFolder('no-worker'), 'missing.js'))).equals(Buffer.from(one)));
  });

  it('reads the words here when the bytes kept are not the texts built', async () => {
    const shared = new SharedSourceBytes();
    const { articles } = await loadSourceFolders(shared.recording(nodeFileSystem), [dir]);
    // The texts built are not what the files held (as if a file had been read again after a change).
    const changed = articles.map((a, i) => (i % 7 === 3 ? { ...a, text: `${a.text}\n"Added later," Ann Lee said.\n` } : a));
    const keys = changed.map((a) => ({ id: a.id, path: a.path, size: 0, mtime: 0, given: '' }));
    const beside = await buildBesideWordThread(new WordIndexThread(WORKER), shared, 0)(changed, { keepAnalyses: true });
    const here = buildCorpusIndex(changed, { keepAnalyses: true });
    assert.ok(Buffer.from(joinedBytes(writeIndexFile(beside, keys, header)!)).equals(Buffer.from(joinedBytes(writeIndexFile(here, keys, header)!))));
  });
});

describe('a run waiting for the word index\'s thread', function () {
  this.timeout(60_000);

  it('stays alive until the words come back, with nothing else to do', () => {
    // A process whose only work left is the worker's: it must print the words' count, not end early in silence.
    const script = [
      `const { WordIndexThread } = require(${JSON.stringify(path.join(__dirname, '..', '..', 'src', 'node', 'wordIndexThread.ts'))});`,
      `const { SharedSourceBytes } = require(${JSON.stringify(path.join(__dirname, '..', '..', 'src', 'node', 'sharedSourceBytes.ts'))});`,
      `const { nodeFileSystem } = require(${JSON.stringify(path.join(__dirname, '..', '..', 'src', 'node', 'nodeFileSystem.ts'))});`,
      'const shared = new SharedSourceBytes();',
      `shared.recording(nodeFileSystem).readFile(${JSON.stringify(path.join(BUNDLED_CORPUS, fs.readdirSync(BUNDLED_CORPUS).find((f) => f.endsWith('.txt'))!))}).then((bytes) => {`,
      '  const text = new TextDecoder().decode(bytes);',
      '  const slice = [...shared["byPath"].values()][0];',
      `  return new WordIndexThread(${JSON.stringify(WORKER)}).build({ kind: 'build', buffers: shared.buffers, slices: Int32Array.of(slice.buffer, slice.at, slice.length) }, [text]);`,
      '}).then((built) => console.log(`words ${built.parts.wordList.length}`));',
    ].join('\n');
    const run = spawnSync(process.execPath, ['-r', 'tsx/cjs', '-e', script], { encoding: 'utf8', cwd: path.join(__dirname, '..', '..') });
    assert.strictEqual(run.stderr, '');
    assert.match(run.stdout, /^words [1-9]\d*\n$/);
  });
});
