// After a change, every article the change does not touch has its changes to the names made again from the persisted
// index (storedTouches: each pass's calls that change the names, listed by kind). Made that way, in the order a build
// makes them, they must give the registry of names the build made: every record in order, its spellings, roles,
// sexes and mentions, each role's holders in order, and the display name each record was first given.
import * as assert from 'assert';
import { buildCorpusIndex, loadSourceFolders, type CorpusIndex, type SourceArticle } from '../../src/core';
import { SpeakerRegistry } from '../../src/core/attribution/speakerRegistry';
import { corpusIndexParts } from '../../src/core/index/corpusIndex';
import { readIndexFileSteps, writeIndexFile, type IndexFile } from '../../src/core/index/persistedIndex';
import { joinedBytes, storedBytes } from '../../src/core/index/sectionedFile';
import { runSteps } from '../../src/core/index/stepwise';
import { applyTrace, TraceApplier } from '../../src/core/index/traceApplier';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { createGenerator } from '../support/generateCorpus';
import { BUNDLED_CORPUS } from '../support/memoryCorpus';

const HEADER = { engine: 'test-engine', settings: 'null' };

/** The index persisted and read back; `id(i)`: the id its file key gives article i (the article's own, unless told). */
function persisted(index: CorpusIndex, id = (i: number) => index.articles[i].id): IndexFile {
  const keys = index.articles.map((a, i) => ({ id: id(i), path: a.path, size: a.text.length, mtime: 0, given: '' }));
  const parts = writeIndexFile(index, keys, HEADER);
  assert.ok(parts, 'the index is written');
  return runSteps(readIndexFileSteps(storedBytes(joinedBytes(parts)), HEADER));
}

/** A registry made from every article's passes, first passes in order then second passes, by `apply(i, second, applier)`. */
function replayed(count: number, hasSecond: (i: number) => boolean, apply: (i: number, second: boolean, applier: TraceApplier, registry: SpeakerRegistry) => void): SpeakerRegistry {
  const registry = new SpeakerRegistry();
  const applier = new TraceApplier(registry);
  for (let i = 0; i < count; i++) apply(i, false, applier, registry);
  for (let i = 0; i < count; i++) if (hasSecond(i)) apply(i, true, applier, registry);
  return registry;
}

/** The registry as plain data, with the articles that named each record (a look-up prefers its own article's). */
function held(registry: SpeakerRegistry) {
  const snapshot = registry.snapshot();
  return { snapshot, articles: snapshot.records.map((r) => [...registry.record(r.key)!.articles]) };
}

/** That, and every record's display name as it stands (a held first answer included). */
function names(registry: SpeakerRegistry) {
  return { ...held(registry), shown: registry.snapshot().records.map((r) => registry.toSpeaker(registry.record(r.key)!)) };
}

async function sources(): Promise<SourceArticle[]> {
  const bundled = (await loadSourceFolders(nodeFileSystem, [BUNDLED_CORPUS])).articles;
  // Generated articles after the real ones: the same people named bare, by role and anew, article after article.
  const generator = createGenerator(bundled.map((a) => a.text).join(' '), 5);
  const generated = Array.from({ length: 300 }, (_, i) => ({ ...generator.article(i), path: `generated-${i}.txt`, id: `generated-${i}` }));
  return [...bundled, ...generated];
}

describe('the names made again from the persisted index', function () {
  this.timeout(120_000);

  it('are the names a build made, record for record, when every untouched article\'s changes are made from its listed kinds of call', async () => {
    const index = buildCorpusIndex(await sources(), { keepAnalyses: true });
    const file = persisted(index);
    const n = file.keys.length;
    const second = (i: number) => file.base.touches(i).second !== null;
    const listed = [...Array(n).keys()].filter((i) => file.base.touches(i).first.changes !== null);
    assert.strictEqual(listed.length, n, 'every pass of a build names its own article, so every one is listed');
    const fromKinds = replayed(n, second, (i, s, applier) => file.base.applyPass(i, s, applier));
    const fromCalls = replayed(n, second, (i, s, applier, registry) => {
      const traces = file.base.traces(i);
      applyTrace(s ? traces.secondPass! : traces.firstPass, registry, applier);
    });
    assert.deepStrictEqual(names(fromKinds), names(fromCalls));
    const built = corpusIndexParts(index)!.registry;
    assert.deepStrictEqual(held(fromKinds), held(built));
    assert.ok(built.snapshot().records.length > 100, 'the sources name many people');
  });

  it('are made from the recorded calls instead for a pass whose calls name another article than its file\'s, and are the same', async () => {
    const index = buildCorpusIndex((await sources()).slice(0, 120), { keepAnalyses: true });
    // Every file key names another id than its article's calls do: no pass that registers a name is listed.
    const file = persisted(index, (i) => `other-${i}`);
    const n = file.keys.length;
    const unlisted = [...Array(n).keys()].filter((i) => file.base.touches(i).first.changes === null);
    assert.ok(unlisted.length > n / 2, `${unlisted.length} of ${n} first passes unlisted`);
    const registry = replayed(n, (i) => file.base.touches(i).second !== null, (i, s, applier) => file.base.applyPass(i, s, applier));
    assert.deepStrictEqual(held(registry), held(corpusIndexParts(index)!.registry));
  });
});
