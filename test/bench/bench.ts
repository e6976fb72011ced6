// `npm run bench`: index build time and heap for the bundled corpus and generated corpora of 1,000 and
// 10,000 articles; per-call latency (median and p95) of find, complete and check. Numbers, not assertions.
// `npm run bench -- --archive`: the PostgreSQL archive instead (archiveBench.ts).
import * as path from 'path';
import { buildCorpusIndex, checkDraft, DraftCheckCache, loadCorpus, type CorpusIndex, type SourceArticle } from '../../src/core';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { createGenerator, seededRandom } from '../support/generateCorpus';
import { benchArchive } from './archiveBench';
import { formatServerFigures, measureServer } from './serverBench';
import * as fs from 'fs';
import * as os from 'os';
import { benchHostileShapes } from './hostileBench';

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Median and p95 of `runs` calls, after a few unmeasured calls that let the JIT compile the code. */
function time(runs: number, f: (i: number) => void): { median: number; p95: number } {
  for (let i = 0; i < Math.min(5, runs); i++) f(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    f(i);
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 50), p95: percentile(samples, 95) };
}

function fmt(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms.toFixed(1);
}

/** A draft of about `words` words: source quotes attributed rightly and wrongly, altered, invented, and prose. */
function makeDraft(index: CorpusIndex, words: number, seed: number): string {
  const random = seededRandom(seed);
  const quotes = index.articles.flatMap((a) => a.quotes.filter((q) => q.speaker && !q.isTerm).map((q) => q));
  const speakers = index.speakers;
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const q = quotes[Math.floor(random() * quotes.length)];
    const roll = random();
    let text = q.text.replace(/[,.]$/, '');
    let who = q.speaker!.name;
    if (roll < 0.15) who = speakers[Math.floor(random() * speakers.length)].name;
    else if (roll < 0.25) text = text.split(' ').filter((_, i) => i !== 2).join(' ');
    else if (roll < 0.3) text = 'entirely invented words that no source has ever printed anywhere';
    const sentence = `${who} said "${text}." The minister's office added that talks would continue next week in the capital, officials said.`;
    paragraphs.push(sentence);
    count += sentence.split(/\s+/).length;
  }
  return paragraphs.join('\n\n');
}

function benchCorpus(label: string, articles: SourceArticle[], draftWords: number): void {
  const before = heapMb();
  const t = process.hrtime.bigint();
  const index = buildCorpusIndex(articles);
  const buildMs = Number(process.hrtime.bigint() - t) / 1e6;
  const heap = heapMb() - before;
  const random = seededRandom(7);
  const sentences = index.articles.flatMap((a) => a.sentences.slice(0, 3).map((s) => a.text.slice(s.start, s.end)));
  const queries = Array.from({ length: 200 }, () => {
    const s = sentences[Math.floor(random() * sentences.length)].split(/\s+/);
    const from = Math.floor(random() * Math.max(1, s.length - 6));
    return s.slice(from, from + 2 + Math.floor(random() * 5)).join(' ');
  });
  const quoteTexts = index.articles.flatMap((a) => a.quotes.filter((q) => !q.isTerm).map((q) => q.text));
  const prefixes = Array.from({ length: 200 }, () => {
    const q = quoteTexts[Math.floor(random() * quoteTexts.length)];
    return q.slice(0, 4 + Math.floor(random() * Math.min(20, q.length)));
  });
  const find = time(queries.length, (i) => index.find(queries[i], 10));
  const complete = time(prefixes.length, (i) => index.complete(prefixes[i], 10));
  const draft = makeDraft(index, draftWords, 11);
  const coldCheck = time(50, () => checkDraft(draft, index));
  const cache = new DraftCheckCache();
  checkDraft(draft, index, { cache });
  const warmCheck = time(20, (i) => checkDraft(draft.replace('officials said', `officials said ${i}`), index, { cache }));
  const findings = checkDraft(draft, index).findings.length;
  console.log(
    `${label.padEnd(22)} articles ${String(articles.length).padStart(6)} | build ${fmt(buildMs).padStart(7)} ms | heap ${heap.toFixed(1).padStart(6)} MB | ` +
      `find p50 ${fmt(find.median)} p95 ${fmt(find.p95)} ms | complete p50 ${fmt(complete.median)} p95 ${fmt(complete.p95)} ms | ` +
      `check ${draftWords}-word draft p50 ${fmt(coldCheck.median)} p95 ${fmt(coldCheck.p95)} ms (warm cache p50 ${fmt(warmCheck.median)} ms, ${findings} findings)`,
  );
}

async function main(): Promise<void> {
  if (!(globalThis as { gc?: unknown }).gc) console.log('(run with node --expose-gc for heap figures)');
  const bundled = await loadCorpus(nodeFileSystem, path.join(__dirname, '..', 'corpus'));
  console.log(`node ${process.version}, ${require('os').cpus().length} cores`);
  const argv = process.argv.slice(2);
  if (argv.includes('--archive')) {
    const at = argv.indexOf('--paragraphs');
    await benchArchive(bundled.articles.map((a) => a.text).join(' '), at >= 0 ? Number(argv[at + 1]) : 1_000_000);
    return;
  }
  benchCorpus('bundled corpus', bundled.articles, 10_000);
  benchHostileShapes(buildCorpusIndex(bundled.articles));
  const generator = createGenerator(bundled.articles.map((a) => a.text).join(' '));
  for (const n of [1_000, 10_000]) {
    const articles = Array.from({ length: n }, (_, i) => generator.article(i));
    benchCorpus(`generated ${n}`, articles, 10_000);
  }
  console.log('\nThe language server (dist/server.js --stdio, its own process):');
  console.log(formatServerFigures('bundled corpus', await measureServer(null)));
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'attributor-bench-sources-'));
  try {
    for (let i = 0; i < 10_000; i++) fs.writeFileSync(path.join(folder, `article-${i}.txt`), generator.article(i).text);
    console.log(formatServerFigures('+ 10,000 articles', await measureServer(folder)));
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
