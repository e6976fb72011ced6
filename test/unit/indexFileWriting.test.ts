// The persisted index written as it is made (a cold build's file goes to the disk through one small buffer used
// again): the same bytes as the file with every part kept, read back to the same answers; a write that fails part
// way leaves the file that was there, never half of a new one.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { buildCorpusIndex, checkDraft, joinedBytes, loadSourceFolders, openCorpusIndex, writeIndexFile } from '../../src/core';
import { indexFileWriter } from '../../src/core/index/persistedIndex';
import { writeIndexHead, type BuiltWords } from '../../src/core/index/indexFileHead';
import { corpusIndexParts } from '../../src/core/index/corpusIndex';
import { folderCacheStore } from '../../src/node/folderCacheStore';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { createGenerator } from '../support/generateCorpus';
import { tempFolder } from '../support/tempFolders';

const header = { engine: 'test-engine', settings: '' };

function generatedFolder(count: number): string {
  const dir = tempFolder('written-as-made');
  const generator = createGenerator('the council met on monday to discuss the budget and the harbour plans', 23, 25);
  for (let i = 0; i < count; i++) {
    const a = generator.article(i);
    fs.writeFileSync(path.join(dir, `${a.id}.txt`), a.text);
  }
  return dir;
}

describe('the persisted index written as it is made', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = generatedFolder(40);
  });

  it('writes, through a small buffer used again, the very bytes of the file with every part kept', async () => {
    const { articles } = await loadSourceFolders(nodeFileSystem, [dir]);
    const index = buildCorpusIndex(articles, { keepAnalyses: true });
    const keys = articles.map((a, i) => ({ id: a.id, path: a.path, size: i, mtime: 1000 + i, given: '' }));
    const kept = joinedBytes(writeIndexFile(index, keys, header)!);
    for (const chunk of [64, 4096]) {
      const parts: Uint8Array[] = [];
      // Each part copied as it comes, as a disk takes it: the writer fills the same buffer again afterwards.
      indexFileWriter(index, keys, header)!((part) => parts.push(part.slice()), chunk);
      assert.ok(Buffer.from(joinedBytes(parts)).equals(Buffer.from(kept)), `a buffer of ${chunk} bytes`);
    }
  });

  it('writes the same bytes when its head (the word index) is written apart and the rest goes on from it', async () => {
    const { articles } = await loadSourceFolders(nodeFileSystem, [dir]);
    const index = buildCorpusIndex(articles, { keepAnalyses: true });
    const keys = articles.map((a, i) => ({ id: a.id, path: a.path, size: i, mtime: 1000 + i, given: '' }));
    const whole = Buffer.from(joinedBytes(writeIndexFile(index, keys, header)!));
    const words = corpusIndexParts(index)!.words as BuiltWords;
    for (const chunk of [64, 4096]) {
      const parts: Uint8Array[] = [];
      const head = writeIndexHead((part) => parts.push(part.slice()), words, articles.map((a) => a.text), chunk);
      const headBytes = Buffer.from(joinedBytes(parts));
      assert.strictEqual(head.size, headBytes.length, 'the head tells its size');
      const headParts = parts.length;
      indexFileWriter(index, keys, header)!((part) => parts.push(part.slice()), chunk, head);
      assert.ok(Buffer.from(joinedBytes(parts)).equals(whole), `a buffer of ${chunk} bytes`);
      // The texts are the head's (written by the thread that read the words): the rest holds none of them.
      const rest = Buffer.from(joinedBytes(parts.slice(headParts)));
      for (const a of articles.slice(0, 5)) {
        const words = Buffer.from(a.text.slice(a.text.length - 120));
        assert.ok(headBytes.includes(words) && !rest.includes(words), `the text of ${a.id} is in the head alone`);
      }
    }
    // A head of another index's words is refused, not gone on from into a file that would not read back.
    const other = buildCorpusIndex(articles.slice(0, 10), { keepAnalyses: true });
    const otherHead = writeIndexHead(() => {}, corpusIndexParts(other)!.words as BuiltWords, articles.slice(0, 10).map((a) => a.text));
    assert.throws(() => indexFileWriter(index, keys, header)!(() => {}, 4096, otherHead), /another index/);
  });

  it('goes on after a head written where the store said, and writes the file whole when that head is not all there', async () => {
    const { articles } = await loadSourceFolders(nodeFileSystem, [dir]);
    const index = buildCorpusIndex(articles, { keepAnalyses: true });
    const keys = articles.map((a, i) => ({ id: a.id, path: a.path, size: i, mtime: 1000 + i, given: '' }));
    const whole = Buffer.from(joinedBytes(writeIndexFile(index, keys, header)!));
    const words = corpusIndexParts(index)!.words as BuiltWords;
    for (const damage of ['none', 'torn', 'gone'] as const) {
      const cache = tempFolder('head-written');
      const store = folderCacheStore(cache);
      const partial = store.partialFile!('index.bin');
      const headParts: Uint8Array[] = [];
      const head = writeIndexHead((part) => headParts.push(part.slice()), words, articles.map((a) => a.text));
      const headBytes = joinedBytes(headParts);
      if (damage !== 'gone') fs.writeFileSync(partial, damage === 'torn' ? headBytes.subarray(0, headBytes.length - 16) : headBytes);
      let wentOn: boolean | undefined;
      await store.writeAsMade!('index.bin', (out, continued) => {
        wentOn = continued;
        indexFileWriter(index, keys, header)!(out, 4096, continued ? head : undefined);
      }, head);
      assert.strictEqual(wentOn, damage === 'none', damage);
      assert.ok(fs.readFileSync(path.join(cache, 'index.bin')).equals(whole), damage);
      assert.deepStrictEqual(fs.readdirSync(cache), ['index.bin'], 'no partial file is left');
    }
  });

  it('answers from the file a cold run wrote as it made it exactly as the build that wrote it', async () => {
    const cache = tempFolder('as-made-cache');
    const cold = await openCorpusIndex(nodeFileSystem, [dir], { cache: { store: folderCacheStore(cache), engine: header.engine } });
    const warm = await openCorpusIndex(nodeFileSystem, [dir], { cache: { store: folderCacheStore(cache), engine: header.engine } });
    assert.deepStrictEqual([cold.cache, warm.cache], ['cold', 'warm']);
    const quoted = cold.index.articles.flatMap((a) => a.quotes.filter((q) => q.speaker).map((q) => `${q.speaker!.name} said "${a.text.slice(q.start + 1, q.end - 1)}".`));
    assert.ok(quoted.length > 10, 'the sources have quotes to cite');
    const draft = quoted.filter((_, i) => i % 3 === 0).join('\n\n');
    const findings = (opened: typeof cold) => checkDraft(draft, opened.index).findings.map((f) => [f.code, f.start, f.end, f.message]);
    assert.deepStrictEqual(findings(warm), findings(cold));
    assert.deepStrictEqual(warm.index.articles.map((a) => [a.id, a.text, a.quotes.map((q) => [q.start, q.end, q.speaker?.key ?? null])]), cold.index.articles.map((a) => [a.id, a.text, a.quotes.map((q) => [q.start, q.end, q.speaker?.key ?? null])]));
  });

  it('leaves the file that was there, and no part of a new one, when a write fails part way', async () => {
    const cache = tempFolder('failed-write');
    const store = folderCacheStore(cache);
    await store.write('index.bin', [new Uint8Array([1, 2, 3])]);
    await assert.rejects(
      store.writeAsMade!('index.bin', (out) => {
        out(new Uint8Array(1000).fill(7));
        throw new Error('the disk is full');
      }),
      /the disk is full/,
    );
    assert.deepStrictEqual(fs.readdirSync(cache), ['index.bin']);
    assert.deepStrictEqual([...fs.readFileSync(path.join(cache, 'index.bin'))], [1, 2, 3]);
  });
});
