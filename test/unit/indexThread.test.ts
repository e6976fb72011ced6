// The index built in a worker thread (dist/indexWorker.js, as the language server builds it): it answers exactly as
// one built on the thread itself, it is persisted for the next start, and a worker that breaks leaves the writer with
// a clear message in the log and an index built on the server's thread instead.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { buildCorpusIndex, checkDraft, listSourceFolders, openCorpusIndex, type CacheStore, type CorpusIndex, type SourceArticle } from '../../src/core';
import { buildIndex, buildIndexFile, buildListedIndex, partsFile, runInSlices, type IndexThread } from '../../src/service/indexBuild';
import { workerIndexThread } from '../../src/server/node/workerIndexThread';
import { nodeUriFileSystem, onThisDisk } from '../../src/server/node/nodeUriFileSystem';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { createGenerator } from '../support/generateCorpus';
import { article, BUNDLED_CORPUS } from '../support/memoryCorpus';
import { draft, FOLDER, memoryService } from '../support/memoryWorkspace';
import { draftFrom } from '../support/quotingDrafts';
import { visibleReport } from '../support/draftArbitraries';
import { tempFolder } from '../support/tempFolders';

const WORKER = path.join(__dirname, '..', '..', 'dist', 'indexWorker.js');
const silent = { info() {}, warn() {}, error() {} };

function bundledTexts(): string[] {
  return fs.readdirSync(BUNDLED_CORPUS).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(BUNDLED_CORPUS, f), 'utf8'));
}

/** What a writer sees of an index: the findings on drafts quoting it, search, completion, speakers and their quotes. */
function answers(index: CorpusIndex, drafts: readonly string[]): unknown {
  const quotes = index.articles.flatMap((a) => a.quotes.filter((q) => !q.isTerm).slice(0, 2)).slice(0, 40);
  return {
    reports: drafts.map((d) => visibleReport(checkDraft(d, index))),
    found: quotes.map((q) => index.find(q.text, 5).map((m) => [m.location.sourceId, m.location.start, m.kind, m.score, m.speaker?.key ?? null])),
    completed: quotes.map((q) => index.complete(q.text.split(' ').slice(0, 3).join(' '), 5).map((c) => [c.quote, c.location.sourceId, c.speaker?.name ?? null, c.score])),
    speakers: index.speakers.map((s) => [s.key, s.name, s.kind]),
    quotesBy: index.speakers.slice(0, 20).map((s) => index.quotesBy(s.key).map((q) => [q.article.id, q.quote.textStart])),
    articles: index.articles.map((a) => [a.id, a.title, a.outlet, a.quotes.map((q) => [q.textStart, q.textEnd, q.speaker?.name ?? null])]),
  };
}

/** A cache store in memory (what a write leaves is what an open reads). */
function memoryStore(): CacheStore & { writes: number } {
  const files = new Map<string, Uint8Array[]>();
  return {
    writes: 0,
    async open(name) {
      const parts = files.get(name);
      return parts && partsFile(parts);
    },
    async write(name, parts) {
      this.writes++;
      files.set(name, parts.map((p) => p.slice()));
    },
  };
}

describe('the index built in a worker thread', function () {
  this.timeout(120_000);
  let articles: SourceArticle[];
  let here: CorpusIndex;
  let drafts: string[];

  before(() => {
    assert.ok(fs.existsSync(WORKER), 'dist/indexWorker.js is built (npm run bundle)');
    const texts = bundledTexts();
    const generator = createGenerator(texts.join(' '));
    articles = [
      ...texts.map((text, i) => article(`bundled-${i}`, text)),
      ...Array.from({ length: 150 }, (_, i) => generator.article(i)),
    ];
    here = buildCorpusIndex(articles);
    drafts = [draftFrom(here, 60, 1), draftFrom(here, 60, 2)];
  });

  it('answers every check, search and completion exactly as an index built on the thread itself', async () => {
    const logged: string[] = [];
    const { index, timing } = await buildIndex(articles, {}, undefined, workerIndexThread(WORKER, 0), { ...silent, error: (m) => logged.push(m) });
    assert.deepStrictEqual(logged, [], 'the worker did not fail');
    assert.strictEqual(timing.builtIn, 'thread');
    assert.ok(checkDraft(drafts[0], here).findings.length > 0, 'the drafts have findings to compare');
    assert.deepStrictEqual(answers(index, drafts), answers(here, drafts));
  });

  it('persists the file the worker wrote, so that the next start takes the index whole and answers the same', async () => {
    const dir = tempFolder('index-thread');
    articles.slice(0, 40).forEach((a, i) => fs.writeFileSync(path.join(dir, `a${i}.txt`), a.text));
    const store = memoryStore();
    const cache = { store, engine: 'test-engine' };
    const thread = workerIndexThread(WORKER, 0);
    let threadBuilds = 0;
    const first = await openCorpusIndex(nodeFileSystem, [dir], {
      cache,
      build: async (list, options, persistAs) => {
        const built = await buildIndex(list, options, persistAs, thread, silent);
        if (built.timing.builtIn === 'thread') threadBuilds++;
        return built.index;
      },
    });
    assert.strictEqual(first.cache, 'cold');
    assert.strictEqual(threadBuilds, 1);
    assert.strictEqual(store.writes, 1, 'the worker-built index was persisted');
    const again = await openCorpusIndex(nodeFileSystem, [dir], { cache });
    assert.strictEqual(again.cache, 'warm', 'the next start reads it whole, analysing nothing');
    const fresh = (await openCorpusIndex(nodeFileSystem, [dir])).index;
    const quoting = [draftFrom(fresh, 30, 3)];
    assert.deepStrictEqual(answers(again.index, quoting), answers(fresh, quoting));
    assert.deepStrictEqual(answers(first.index, quoting), answers(fresh, quoting));
  });

  describe('when the worker breaks', () => {
    const dir = tempFolder('broken-worker');
    const throwing = path.join(dir, 'throwing.js');
    const exiting = path.join(dir, 'exiting.js');
    before(() => {
      fs.writeFileSync(throwing, "throw new Error('out of memory in the test worker');\n");
      fs.writeFileSync(exiting, "require('worker_threads').parentPort.on('message', () => process.exit(3));\n");
    });

    for (const [what, script, says] of [
      ['throws', () => throwing, /out of memory in the test worker/],
      ['stops', () => exiting, /exit code 3/],
      ['cannot be found', () => path.join(dir, 'missing.js'), /missing\.js|Cannot find module/],
    ] as const) {
      it(`builds on the server's thread, saying why in the log, when the worker ${what}`, async () => {
        const harbour = 'Harbour reopens\n\n"The lighthouse keepers will stay at their posts until the last ship is in," Port Aldis mayor Tobias Renn said on Monday.\n';
        const t = await memoryService({ 'sources/harbour.txt': harbour }, {}, { indexThread: workerIndexThread(script(), 0) });
        const failure = t.logged.find((m) => /could not be built in its own thread/.test(m));
        assert.ok(failure, `the log says the worker failed: ${t.logged.join(' | ')}`);
        assert.match(failure!, says);
        assert.ok(t.logged.some((m) => /on the server's thread, in slices/.test(m)));
        const result = await t.service.diagnostics(draft('Ben Okafor said "the lighthouse keepers will stay at their posts".\n'));
        assert.ok(result?.kind === 'checked');
        assert.deepStrictEqual(result.diagnostics.map((d) => d.code), ['misattributed-quote'], 'drafts are checked against the index built instead');
      });
    }
  });

  it('hands the built file back only once its worker thread has ended, so that reading it back never shares the cores with that thread', async () => {
    const dir = tempFolder('ending-worker');
    const script = path.join(dir, 'lingering.js');
    // A worker that answers the build with a file, then works on until it is ended.
    fs.writeFileSync(script, "const { parentPort } = require('worker_threads'); parentPort.on('message', (m) => { if (m.kind === 'build') { parentPort.postMessage({ kind: 'built', parts: [new Uint8Array(8)] }); for (;;); } });\n");
    // A running worker thread holds its message port open in this process.
    const ports = () => process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length;
    const before = ports();
    const built = await workerIndexThread(script, 0).build({ articles: articles.slice(0, 3) });
    assert.strictEqual(ports(), before, 'the worker thread had ended when its file was handed back');
    assert.strictEqual(built.parts[0].length, 8, 'the file the worker sent');
  });

  describe('a build superseded by a newer one', () => {
    it("ends the superseded build's worker thread, which stops working", async () => {
      const dir = tempFolder('superseded-worker');
      const beats = path.join(dir, 'beats');
      const script = path.join(dir, 'busy.js');
      // A worker that never answers and leaves a mark every 10 ms for as long as it runs.
      fs.writeFileSync(script, `const fs = require('fs'); setInterval(() => fs.appendFileSync(${JSON.stringify(beats)}, '.'), 10); require('worker_threads').parentPort.on('message', () => {});\n`);
      const superseded = new AbortController();
      const building = buildIndex(articles.slice(0, 10), {}, undefined, workerIndexThread(script, 0), silent, superseded.signal);
      while (!fs.existsSync(beats)) await new Promise((resolve) => setTimeout(resolve, 10));
      superseded.abort(new Error('a newer build started'));
      await assert.rejects(building, /a newer build started/, 'the superseded build rejects at once (its worker would never have answered)');
      const size = fs.statSync(beats).size;
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.strictEqual(fs.statSync(beats).size, size, 'the worker thread was ended');
    });

    it("stops a build on the server's own thread (no worker) at its next slice, giving no index", async () => {
      const superseded = new AbortController();
      const building = buildIndex(articles, {}, undefined, undefined, silent, superseded.signal);
      setTimeout(() => superseded.abort(new Error('a newer build started')), 0);
      await assert.rejects(building, /a newer build started/, 'the superseded build ends instead of building on for nobody');
      const whole = await buildIndex(articles.slice(0, 5), {}, undefined, undefined, silent, new AbortController().signal);
      assert.strictEqual(whole.index.articles.length, 5, 'a build whose signal never fires is built whole');
    });

    it('stops other work in slices (an index about to be replaced, prepared for completion) at its next pause', async () => {
      let steps = 0;
      function* endless() {
        for (;;) {
          steps++;
          const until = Date.now() + 20; // longer than a slice: a pause follows each step
          while (Date.now() < until);
          yield;
        }
      }
      const newer = new AbortController();
      const running = runInSlices(endless(), newer.signal);
      newer.abort(new Error('a newer load began'));
      await assert.rejects(running, /a newer load began/);
      assert.strictEqual(steps, 1, 'no step ran after the abort');
    });

    it('is not built again on the server thread, and the newer build gives the index of the changed sources', async () => {
      const signals: AbortSignal[] = [];
      const thread: IndexThread = {
        fromChars: 0,
        build: (request) => {
          signals.push(request.signal!);
          // The first reload's build waits (as a long build does) until it is superseded.
          if (signals.length === 2) return new Promise((_, reject) => request.signal!.addEventListener('abort', () => reject(request.signal!.reason)));
          return Promise.resolve({ parts: [buildIndexFile(request)], longestStepMs: 0 });
        },
      };
      const before = 'Harbour reopens\n\n"The lighthouse keepers will stay at their posts until the last ship is in," Port Aldis mayor Tobias Renn said on Monday.\n';
      const t = await memoryService({ 'sources/harbour.txt': before }, {}, { indexThread: thread });
      const older = t.service.library.reload('first change');
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.strictEqual(signals.length, 2, 'the first reload is building');
      t.files.files.set(`${FOLDER}/sources/harbour.txt`, before.replace('Tobias Renn', 'Ines Calder'));
      const newer = await t.service.library.reload('second change');
      assert.ok(signals[1].aborted, "the superseded build's thread was told to stop");
      assert.ok(!signals[2].aborted);
      await older;
      assert.strictEqual(signals.length, 3, 'the superseded build was not built again on the server thread');
      assert.deepStrictEqual(t.logged.filter((m) => /could not be built|failed/.test(m)), [], 'a superseded build is no failure');
      assert.strictEqual(t.service.library.current, newer);
      const result = await t.service.diagnostics(draft('Tobias Renn said "the lighthouse keepers will stay at their posts".\n'));
      assert.ok(result?.kind === 'checked');
      assert.deepStrictEqual(result.diagnostics.map((d) => d.code), ['misattributed-quote'], 'drafts are checked against the newer sources (Ines Calder said it)');
    });
  });

  it('uses the worker again for the build after one whose worker failed', async () => {
    let calls = 0;
    const flaky: IndexThread = {
      fromChars: 0,
      build: async (request) => {
        calls++;
        if (calls === 1) throw new Error('first call fails');
        return workerIndexThread(WORKER, 0).build(request);
      },
    };
    const first = await buildIndex(articles.slice(0, 10), {}, undefined, flaky, silent);
    const second = await buildIndex(articles.slice(0, 10), {}, undefined, flaky, silent);
    assert.deepStrictEqual([first.timing.builtIn, second.timing.builtIn], ['here', 'thread']);
    assert.deepStrictEqual(answers(second.index, []), answers(first.index, []));
  });

  describe('reading the sources itself, when they are on the disk', () => {
    const header = { engine: 'test-engine', settings: 'null' };
    /** Two folders with an article of the same name, and every kind of file that is no article. */
    function badFolders(): string[] {
      const one = tempFolder('worker-reads');
      const two = tempFolder('worker-reads-2');
      articles.slice(0, 30).forEach((a, i) => fs.writeFileSync(path.join(one, `a${i}.txt`), a.text));
      fs.writeFileSync(path.join(one, 'sources.json'), JSON.stringify({ sources: [{ id: 'a1', title: 'A title the metadata gives', outlet: 'Harbour Weekly' }] }));
      fs.writeFileSync(path.join(one, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]));
      fs.writeFileSync(path.join(one, 'latin1.txt'), Buffer.from('Caf\xe9 "au lait," Ann Lee said.', 'latin1'));
      fs.writeFileSync(path.join(one, 'huge.txt'), 'Too long to be an article. '.repeat(8_000));
      fs.writeFileSync(path.join(one, 'empty.md'), '---\n\n1 2 3\n');
      fs.writeFileSync(path.join(one, 'locked.txt'), articles[31].text);
      fs.chmodSync(path.join(one, 'locked.txt'), 0o000);
      fs.symlinkSync('.', path.join(one, 'loop'));
      fs.mkdirSync(path.join(one, 'sub'));
      fs.symlinkSync('..', path.join(one, 'sub', 'up'));
      fs.writeFileSync(path.join(one, 'sub', 'b.md'), articles[32].text);
      fs.writeFileSync(path.join(two, 'a0.txt'), articles[33].text);
      return [one, two].map((f) => pathToFileURL(f).toString());
    }
    const load = { maxFileBytes: 100_000 };

    it('gives the index, the problems and the persisted file a read on the server thread gives, for folders with every kind of bad file', async () => {
      const folders = badFolders();
      const here = await openCorpusIndex(nodeUriFileSystem, folders, { cache: { store: memoryStore(), engine: 'test-engine' }, load });
      const store = memoryStore();
      const cache = { store, engine: 'test-engine' };
      const warned: string[] = [];
      let builtIn: string | undefined;
      const thread = workerIndexThread(WORKER, 0, onThisDisk);
      const there = await openCorpusIndex(nodeUriFileSystem, folders, {
        cache,
        load,
        buildListed: async (files, options, given) => {
          const built = await buildListedIndex(files, options, given, thread, { ...silent, warn: (m) => warned.push(m) });
          builtIn = built?.timing.builtIn;
          return built;
        },
      });
      assert.strictEqual(builtIn, 'thread', 'the worker read the files and built the index');
      assert.strictEqual(there.cache, 'cold');
      const message = (p: { path: string; message: string }) => `${p.path}: ${p.message}`;
      assert.deepStrictEqual(there.problems.map(message), here.problems.map(message), 'the same files are no article, with the same messages');
      assert.ok(there.problems.length >= 5, there.problems.map(message).join(' | '));
      for (const what of [/binary\.txt: skipped: not UTF-8/, /latin1\.txt: skipped: not UTF-8/, /huge\.txt: skipped: 0\.2 MB is larger/, /empty\.md: skipped: empty article/, /symbolic link\(s\) not followed/]) {
        assert.ok(there.problems.some((p) => what.test(message(p))), `${what}: ${there.problems.map(message).join(' | ')}`);
      }
      assert.ok(warned.some((w) => /binary\.txt: skipped/.test(w)), 'the problems of reading are in the log');
      assert.deepStrictEqual(there.index.articles.map((a) => [a.id, a.path, a.title, a.outlet]), here.index.articles.map((a) => [a.id, a.path, a.title, a.outlet]));
      assert.ok(there.index.articles.some((a) => a.id === 'a0-2'), 'two articles of one name both kept, the later under an id of its own');
      assert.strictEqual(there.index.article('a1')?.title, 'A title the metadata gives');
      const quoting = [draftFrom(here.index, 40, 4), draftFrom(here.index, 40, 5)];
      assert.deepStrictEqual(answers(there.index, quoting), answers(here.index, quoting));
      assert.strictEqual(store.writes, 1, "the worker's file was persisted");
      const again = await openCorpusIndex(nodeUriFileSystem, folders, { cache, load });
      assert.strictEqual(again.cache, 'warm', 'the next start takes it whole: the keys the worker took are the files as they are');
      assert.deepStrictEqual(answers(again.index, quoting), answers(here.index, quoting));
    });

    it('says a file that vanished after it was listed cannot be read, and indexes the rest', async () => {
      const dir = tempFolder('worker-vanished');
      articles.slice(0, 6).forEach((a, i) => fs.writeFileSync(path.join(dir, `a${i}.txt`), a.text));
      const { files } = await listSourceFolders(nodeUriFileSystem, [pathToFileURL(dir).toString()]);
      fs.rmSync(path.join(dir, 'a3.txt'));
      const warned: string[] = [];
      const built = await buildListedIndex(files, {}, header, workerIndexThread(WORKER, 0, onThisDisk), { ...silent, warn: (m) => warned.push(m) });
      assert.ok(built, 'the worker built the index');
      assert.deepStrictEqual(built.index.articles.map((a) => a.id), ['a0', 'a1', 'a2', 'a4', 'a5']);
      assert.deepStrictEqual(built.problems.map((p) => p.path), [files[3].path]);
      assert.match(built.problems[0].message, /^cannot read the file \(ENOENT/);
      assert.ok(warned.some((w) => w.startsWith(`${files[3].path}: cannot read the file`)), warned.join(' | '));
    });

    it("leaves the files to the server's thread, saying why, when the worker fails; and takes none it cannot read", async () => {
      const dir = tempFolder('worker-reads-broken');
      fs.writeFileSync(path.join(dir, 'a.txt'), articles[0].text);
      const throwing = path.join(dir, 'throwing.js');
      fs.writeFileSync(throwing, "throw new Error('out of memory in the test worker');\n");
      const { files } = await listSourceFolders(nodeUriFileSystem, [pathToFileURL(dir).toString()]);
      const errors: string[] = [];
      const failed = await buildListedIndex(files, {}, header, workerIndexThread(throwing, 0, onThisDisk), { ...silent, error: (m) => errors.push(m) });
      assert.strictEqual(failed, undefined);
      assert.match(errors.join(' | '), /could not be read and indexed in their own thread \(out of memory in the test worker\)/);
      const elsewhere = files.map((f) => ({ ...f, path: f.path.replace(/^file:/, 'vscode-vfs:') }));
      assert.strictEqual(await buildListedIndex(elsewhere, {}, header, workerIndexThread(WORKER, 0, onThisDisk), silent), undefined, 'a file of a virtual workspace is read through the client, as before');
    });
  });
});
