// A damaged, truncated or foreign index file or delta, or one that passes its digest but holds sections a run cannot
// read, is found (when opened, or when a change first reads the part) and rebuilt, never trusted: the answers are a
// fresh build's and the run says the cache was not usable.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { openCorpusIndex } from '../../src/core';
import { folderCacheStore } from '../../src/node/folderCacheStore';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { rewrite, tempFolder } from '../support/tempFolders';
import { assertSameAsFresh, ENGINE, generatedSources, indexFileSections, open } from '../support/persistedIndexChecks';

describe('a damaged persisted index', function () {
  this.timeout(120_000);

  it('finds one article damaged in the persisted file when it opens it, before any article is used: says so and rebuilds', async () => {
    const { dir, cache } = generatedSources(30, 13);
    const built = await open([dir], cache);
    const [name] = fs.readdirSync(cache);
    const bytes = fs.readFileSync(path.join(cache, name));
    // One letter of the middle article's text, in its block: nothing else of the file changes.
    const text = Buffer.from(built.index.articles[15].text.slice(0, 200));
    const at = bytes.indexOf(text);
    assert.ok(at > 0, 'the article text stands in the file');
    bytes[at + 100] ^= 0x02;
    fs.writeFileSync(path.join(cache, name), bytes);
    const opened = await assertSameAsFresh([dir], cache, 'cold');
    assert.match(opened.cacheProblem ?? '', /not usable/);
  });

  it('never trusts a damaged, truncated or foreign delta, or the delta of another persisted index: the changes are made again from the index', async () => {
    const { dir, cache } = generatedSources(30, 17);
    const files = fs.readdirSync(dir).sort();
    await open([dir], cache);
    const target = path.join(dir, files[5]);
    const original = fs.readFileSync(target, 'utf8');
    rewrite(target, `${original}\n"The harbour stays open," said Petra Novak, the port director.\n`);
    await open([dir], cache);
    const name = fs.readdirSync(cache).find((f) => f.endsWith('.delta'))!;
    const good = fs.readFileSync(path.join(cache, name));
    const damaged = Buffer.from(good);
    for (let i = 64; i < damaged.length; i += 101) damaged[i] ^= 0x5a;
    const lastByte = Buffer.from(good);
    lastByte[lastByte.length - 20] ^= 0x01;
    for (const bytes of [damaged, lastByte, good.subarray(0, Math.floor(good.length / 2)), Buffer.from('not an index at all'), Buffer.alloc(0)]) {
      fs.writeFileSync(path.join(cache, name), bytes);
      const opened = await assertSameAsFresh([dir], cache, 'partial');
      assert.match(opened.cacheProblem ?? '', /changes are not usable/);
      await assertSameAsFresh([dir], cache, 'warm');
    }
    // Another index of the same folders, written for the files as they are now; then the file is put back as it was.
    // The first cache's delta (the file changed) does not apply to it: were it taken, its articles would be the second index's by number.
    const other = tempFolder('index-cache');
    await open([dir], other);
    fs.writeFileSync(path.join(other, name), good);
    rewrite(target, original);
    const opened = await assertSameAsFresh([dir], other, 'partial');
    assert.strictEqual(opened.cacheProblem, undefined);
  });

  it('rebuilds a damaged, truncated or foreign cache file instead of trusting it, and says so', async () => {
    const { dir, cache } = generatedSources(20, 5);
    await open([dir], cache);
    const [name] = fs.readdirSync(cache);
    const good = fs.readFileSync(path.join(cache, name));
    const damaged = Buffer.from(good);
    for (let i = Math.floor(damaged.length / 3); i < damaged.length; i += 97) damaged[i] ^= 0x5a;
    // One byte near the end: in the traces of the analyses, which only a build after a change reads.
    const lastByte = Buffer.from(good);
    lastByte[lastByte.length - 40] ^= 0x01;
    for (const bytes of [damaged, lastByte, good.subarray(0, Math.floor(good.length / 2)), Buffer.from('not an index at all'), Buffer.alloc(0)]) {
      fs.writeFileSync(path.join(cache, name), bytes);
      const opened = await assertSameAsFresh([dir], cache, 'cold');
      assert.ok(opened.cacheProblem === undefined || /not usable/.test(opened.cacheProblem), opened.cacheProblem);
    }
    fs.writeFileSync(path.join(cache, name), good);
    const other = await openCorpusIndex(nodeFileSystem, [dir], { cache: { store: folderCacheStore(cache), engine: 'another-engine' } });
    assert.strictEqual(other.cache, 'cold');
    const aliases = await openCorpusIndex(nodeFileSystem, [dir], { cache: { store: folderCacheStore(cache), engine: ENGINE }, aliases: { entries: [{ name: 'Ann Lee', aliases: ['the harbour chief'] }] } });
    assert.notStrictEqual(aliases.cache, 'warm');
  });

  it('rebuilds, instead of failing, when a file that passes its digest holds sections a change cannot read (its traces, its stored touches)', async () => {
    const { dir, cache } = generatedSources(20, 7);
    const files = fs.readdirSync(dir).sort();
    await open([dir], cache);
    const { sections, writeForged } = indexFileSections(cache);
    const target = path.join(dir, files[3]);
    const original = fs.readFileSync(target, 'utf8');
    // A section of the changes' bookkeeping filled with other bytes, and the digest made again over them: only a
    // change reads those sections, after the file was opened and checked.
    for (const k of [4, 5]) {
      writeForged(sections.map((bytes, j) => [j === k ? bytes.map((b, i) => (b ^ (0x5a + i)) & 0xff) : bytes]));
      rewrite(target, `${original}\n"The ferry runs at dawn," said Ines Dorval, the harbour master.\n`);
      const opened = await assertSameAsFresh([dir], cache, 'cold');
      assert.match(opened.cacheProblem ?? '', /not usable/);
      await assertSameAsFresh([dir], cache, 'warm');
      rewrite(target, original);
      await open([dir], cache);
    }
  });

  it('rebuilds, instead of failing, when a file that passes its digest holds a registry that cannot be read (it is decoded only when first used)', async () => {
    const { dir, cache } = generatedSources(20, 9);
    await open([dir], cache);
    const { sections, writeForged } = indexFileSections(cache);
    // The tables end with the registry: its last bytes cut, with the digest made again, the file opens and checks.
    const tables = sections[6];
    writeForged(sections.map((bytes, j) => [j === 6 ? tables.subarray(0, tables.length - 4) : bytes]));
    const opened = await assertSameAsFresh([dir], cache, 'cold');
    assert.match(opened.cacheProblem ?? '', /not usable/);
    await assertSameAsFresh([dir], cache, 'warm');
  });
});
