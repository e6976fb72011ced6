// Shared by the persisted index's tests: what a user sees of an index (to compare a cache's answers with a fresh
// build's), generated source folders with a cache folder of their own, and the cache's index file read apart.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { buildCorpusIndex, checkDraft, loadSourceFolders, openCorpusIndex, type CorpusIndex } from '../../src/core';
import { corpusIndexParts } from '../../src/core/index/corpusIndex';
import { joinedBytes, openSectionedFile, storedBytes, writeSectionedFile } from '../../src/core/index/sectionedFile';
import { folderCacheStore } from '../../src/node/folderCacheStore';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { createGenerator } from './generateCorpus';
import { tempFolder } from './tempFolders';

export const ENGINE = 'test-engine';

/** What a user sees of an index: every article's quotes and speakers, the people, and answers to finds, completions and a draft's check. */
export function answers(index: CorpusIndex, probes: readonly string[], draft: string) {
  return {
    articles: index.articles.map((a) => [a.id, a.title, a.quotes.map((q) => [q.start, q.end, q.speaker?.key ?? null, q.speaker?.name ?? null, q.method, q.mention?.text ?? null])]),
    speakers: index.speakers.map((s) => [s.key, s.name, s.kind, index.quotesBy(s.key).length]),
    find: probes.map((p) => index.find(p, 5).map((m) => [m.kind, m.location.sourceId, m.location.start, m.text, m.speaker?.key ?? null, m.score.toFixed(6)])),
    complete: probes.map((p) => index.complete(p.split(' ').slice(0, 3).join(' '), 5).map((c) => JSON.stringify(c))),
    resolved: index.speakers.slice(0, 40).map((s) => index.resolveSpeaker(s.name.split(' ').pop() ?? s.name)?.key ?? null),
    findings: checkDraft(draft, index).findings.map((f) => [f.code, f.start, f.end, f.message]),
  };
}

export async function fresh(folders: string[]): Promise<CorpusIndex> {
  const corpus = await loadSourceFolders(nodeFileSystem, folders);
  return buildCorpusIndex(corpus.articles);
}

/** Quotes of the folders' articles, and a draft that cites some of them to the wrong person and some rightly. */
export function probesOf(index: CorpusIndex): { probes: string[]; draft: string } {
  const quoted = index.articles.flatMap((a) => a.quotes.filter((q) => q.speaker).map((q) => ({ text: a.text.slice(q.start + 1, q.end - 1), speaker: q.speaker!.name })));
  const picked = quoted.filter((_, i) => i % Math.max(1, Math.floor(quoted.length / 12)) === 0).slice(0, 12);
  const names = index.speakers.map((s) => s.name);
  const draft = picked.map((q, i) => `${i % 2 ? names[(i * 7) % names.length] : q.speaker} said "${q.text}".`).join('\n\n');
  return { probes: picked.map((q) => q.text.split(/\s+/).slice(0, 6).join(' ')), draft };
}

export async function open(folders: string[], cache: string) {
  return openCorpusIndex(nodeFileSystem, folders, { cache: { store: folderCacheStore(cache), engine: ENGINE } });
}

export async function assertSameAsFresh(folders: string[], cache: string, expected: 'warm' | 'partial' | 'cold') {
  const opened = await open(folders, cache);
  const reference = await fresh(folders);
  const { probes, draft } = probesOf(reference);
  assert.ok(probes.length > 3, 'the corpus has quotes to probe');
  assert.strictEqual(opened.cache, expected);
  assert.deepStrictEqual(answers(opened.index, probes, draft), answers(reference, probes, draft));
  // The people learnt, every name's spellings, roles and mentions, which a draft's names are looked up in.
  assert.deepStrictEqual(corpusIndexParts(opened.index)!.registry.snapshot(), corpusIndexParts(reference)!.registry.snapshot());
  if (expected !== 'warm') assert.deepStrictEqual(wordArrays(opened.index), wordArrays(reference), 'the word index (its words taken from the persisted one) is the one a fresh build makes');
  return opened;
}

/**
 * The word index as its queries see it: each position's word and start, each text's first position, the words in
 * order and each word's positions (a word's id is the index's own: one patched with changed articles numbers new
 * words after the others).
 */
export function wordArrays(index: CorpusIndex) {
  const w = corpusIndexParts(index)!.words;
  const postingsOf = (id: number) => {
    const from = w.postingOffsets[id];
    const count = w.postingOffsets[id + 1] - from;
    return Array.from(typeof w.postings === 'function' ? w.postings(from, count) : w.postings.subarray(from, from + count));
  };
  const held = (id: number) => w.postingOffsets[id + 1] > w.postingOffsets[id];
  return {
    stream: Array.from(w.stream, (id) => w.wordList[id]),
    starts: Array.from(w.starts),
    firstToken: Array.from(w.firstToken),
    sorted: Array.from(w.sortedIds).filter(held).map((id) => w.wordList[id]),
    postings: w.wordList.map((word, id) => [word, postingsOf(id)] as const).filter(([, list]) => list.length > 0).sort(([a], [b]) => (a < b ? -1 : 1)),
  };
}

/** The persisted index file (not its delta): its name, size and modification time. */
export function baseFile(cache: string) {
  const name = fs.readdirSync(cache).find((f) => f.endsWith('.bin'))!;
  const stat = fs.statSync(path.join(cache, name));
  return { name, size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino };
}

/** The cache's one index file, read apart: its name, its tag and its sections' bytes, and a way to write it forged. */
export function indexFileSections(cache: string) {
  const [name] = fs.readdirSync(cache);
  const good = new Uint8Array(fs.readFileSync(path.join(cache, name)));
  const magic = new TextDecoder().decode(good.subarray(0, good.indexOf(10) + 1));
  const file = openSectionedFile(storedBytes(good), magic, 7);
  const sections = [0, 1, 2, 3, 4, 5, 6].map((k) => file.read(k, 0, file.length(k)));
  /** Writes the file again with `forged` sections and a digest made over them, so it opens and checks. */
  const writeForged = (forged: Uint8Array[][]) => fs.writeFileSync(path.join(cache, name), joinedBytes(writeSectionedFile(magic, forged)));
  return { sections, writeForged };
}

export function writeGenerated(dir: string, from: number, count: number, seed: number): void {
  // Few people across many articles: names introduced in one article and used bare in others (cross-document learning).
  const generator = createGenerator('the council met on monday to discuss the budget and the harbour plans', seed, 25);
  for (let i = 0; i < from + count; i++) {
    const a = generator.article(i);
    if (i >= from) fs.writeFileSync(path.join(dir, `${a.id}.txt`), a.text);
  }
}

/** A folder of `count` generated articles (see writeGenerated) and an empty index cache of its own. */
export function generatedSources(count: number, seed: number): { dir: string; cache: string } {
  const dir = tempFolder('generated-sources');
  writeGenerated(dir, 0, count, seed);
  return { dir, cache: tempFolder('index-cache') };
}
