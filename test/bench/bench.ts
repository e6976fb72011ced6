// `npm run bench`: index build time and heap for the bundled corpus and generated corpora of 1,000, 10,000 and
// 30,000 articles; per-call latency (median, p95, max) of find, complete and check; a re-check after a one-word edit
// at 1,000, 10,000 and 50,000 lines; the command line and the language server in their own processes, with the
// issue's ratios side by side. Numbers, not assertions. `--json`: the figures as JSON on stdout (the text on stderr),
// with the machine and its load. `npm run bench -- --archive`: the PostgreSQL archive instead (archiveBench.ts);
// `--engine`: the in-process figures alone; `--recheck`: the re-check after a one-word edit alone; `--bundled`: the
// bundled corpus's figures alone (its 10,000-word check among them).
import * as path from 'path';
import { buildCorpusIndex, checkDraft, DraftCheckCache, loadCorpus, type CorpusIndex, type SourceArticle } from '../../src/core';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { createGenerator, seededRandom } from '../support/generateCorpus';
import { benchArchive } from './archiveBench';
import { formatServerFigures, measureServer } from './serverBench';
import * as fs from 'fs';
import * as os from 'os';
import { BenchReport, summarize, type Summary } from './benchFigures';
import { benchCliBundled, benchCliFolder } from './cliBench';
import { benchFormats } from './formatBench';
import { benchHostileShapes } from './hostileBench';

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

/** Median, p95 and max of `runs` calls, after a few unmeasured calls that let the JIT compile the code. */
function time(runs: number, f: (i: number) => void): Summary {
  for (let i = 0; i < Math.min(5, runs); i++) f(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    f(i);
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return summarize(samples);
}

/** Like `time`, each call's figure the best of three runs of it: its cost without the pauses that a loaded machine's scheduler and the collector put into single runs. */
function timeBest(runs: number, f: (i: number) => void): Summary {
  for (let i = 0; i < Math.min(5, runs); i++) f(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const t = process.hrtime.bigint();
      f(i);
      best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6);
    }
    samples.push(best);
  }
  return summarize(samples);
}

/**
 * `passes` timed passes over the `runs` calls (after one unmeasured pass): the median of the passes' medians and of
 * their p95s, and the largest max. A sub-millisecond call's single-pass p95 is mostly where the scheduler or the
 * collector happened to pause that pass; the median over passes is what reproduces.
 */
function timePasses(passes: number, runs: number, f: (i: number) => void): Summary {
  for (let i = 0; i < runs; i++) f(i);
  const each = Array.from({ length: passes }, () => time(runs, f));
  const middle = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1];
  return { median: middle(each.map((s) => s.median)), p95: middle(each.map((s) => s.p95)), max: Math.max(...each.map((s) => s.max)), runs: passes * runs };
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

function benchCorpus(report: BenchReport, label: string, articles: SourceArticle[], draftWords: number): { index: CorpusIndex; heap: number; complete: Summary; completeBest: Summary } {
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
  // The first completion makes what completion reads (its dictionary, the quotes by their openings; a language
  // server makes them between requests once an index is in): timed on its own, then the passes time completion as
  // it stands, after a collection (when exposed) of what making them left, as the heap figure does.
  const firstStarted = process.hrtime.bigint();
  index.complete(prefixes[0], 10);
  const firstCompleteMs = Number(process.hrtime.bigint() - firstStarted) / 1e6;
  gc();
  const complete = timePasses(5, prefixes.length, (i) => index.complete(prefixes[i], 10));
  const completeBest = timeBest(prefixes.length, (i) => index.complete(prefixes[i], 10));
  const draft = makeDraft(index, draftWords, 11);
  // A fresh check (no cache), the first 50 after 5 unmeasured: the figure as kept up to round 55. V8 is still compiling
  // the check's code through these (`--trace-opt`, bundled draft: ~214 optimising compiles before the 6th check,
  // ~275 more in checks 6–55, 66–97 in checks 61–110), so their median is a point on the JIT's warm-up curve, and
  // moves with how soon its thread gets a core.
  const coldCheck = time(50, () => checkDraft(draft, index));
  // The same check settled: the 50 after those and 5 more unmeasured (checks 61–110), as in a language server that
  // has been checking a writer's drafts. The collections a check's own allocation causes stay in the figure.
  const settledCheck = time(50, () => checkDraft(draft, index));
  const cache = new DraftCheckCache();
  checkDraft(draft, index, { cache });
  const warmCheck = time(20, (i) => checkDraft(draft.replace('officials said', `officials said ${i}`), index, { cache }));
  const findings = checkDraft(draft, index).findings.length;
  report.figure(`${label}: build`, buildMs);
  report.figure(`${label}: heap`, heap, 'MB');
  report.figure(`${label}: find`, find);
  report.figure(`${label}: first completion (makes the completion structures)`, firstCompleteMs);
  report.figure(`${label}: complete (median of 5 passes)`, complete);
  report.figure(`${label}: complete, best of 3 runs a query`, completeBest);
  report.figure(`${label}: check ${draftWords}-word draft`, coldCheck);
  report.figure(`${label}: check ${draftWords}-word draft, settled (checks 61–110)`, settledCheck);
  report.figure(`${label}: re-check ${draftWords}-word draft, warm cache`, warmCheck);
  console.log(
    `${label.padEnd(22)} articles ${String(articles.length).padStart(6)} | build ${fmt(buildMs).padStart(7)} ms | heap ${heap.toFixed(1).padStart(6)} MB | ` +
      `find p50 ${fmt(find.median)} p95 ${fmt(find.p95)} ms | first complete ${fmt(firstCompleteMs)} ms | complete p50 ${fmt(complete.median)} p95 ${fmt(complete.p95)} ms, median of 5 passes (best of 3 a query p95 ${fmt(completeBest.p95)} ms) | ` +
      `check ${draftWords}-word draft p50 ${fmt(coldCheck.median)} p95 ${fmt(coldCheck.p95)} ms, settled p50 ${fmt(settledCheck.median)} p95 ${fmt(settledCheck.p95)} ms (warm cache p50 ${fmt(warmCheck.median)} ms, ${findings} findings)`,
  );
  return { index, heap, complete, completeBest };
}

/**
 * A re-check after a one-word edit in the middle of drafts of 1,000, 10,000 and 50,000 lines (the check's cache
 * warm), and after one in the first paragraph: neither what stands before an edit nor what follows it is visited
 * (their offsets are resolved when read), but finding the edit compares the whole text unless the editor tells it.
 * The words edited and the paragraphs around them are the same at every size (in the middle, the 1,000-line draft's
 * middle five), so that the sizes differ only in how much draft stands around them: the paragraph of a draft's
 * middle is another paragraph at each size, and its quotes' attribution costs what its words do (0.1 to 0.5 ms in
 * the drafts of round 40). Every draft is checked and re-checked 200 times before any is timed, so that the first
 * size does not pay for the code being compiled.
 */
function benchRecheck(report: BenchReport, label: string, index: CorpusIndex): void {
  const medians: number[] = [];
  const toldMedians: number[] = [];
  const sizes = [1_000, 10_000, 50_000];
  const cases = sizes.flatMap((lines) => {
    // A paragraph a line, a blank line between paragraphs.
    const paragraphs = makeDraft(index, lines * 15, 5).split('\n\n').slice(0, lines / 2);
    const middle = paragraphs.length >> 1;
    // The drafts share their first paragraphs (one seed), so the 1,000-line draft's middle is at every size's.
    paragraphs.splice(middle - 2, 5, ...paragraphs.slice(248, 253));
    return ([['in the middle', middle], ['at the top', 0]] as const).map(([where, at]) => {
      // The two versions are made before timing: joining 25,000 paragraphs is the editor's work, not the check's.
      const versions = [0, 1].map((i) => [...paragraphs.slice(0, at), paragraphs[at].replace('talks', `talks${i % 2 ? '' : ' now'}`), ...paragraphs.slice(at + 1)].join('\n\n'));
      const cache = new DraftCheckCache();
      checkDraft(versions[1], index, { cache });
      // The same edit told as the editor tells it (LSP didChange): the texts are not compared.
      const word = paragraphs.slice(0, at).reduce((n, p) => n + p.length + 2, 0) + paragraphs[at].indexOf('talks') + 'talks'.length;
      const told = [{ start: word, oldEnd: word, newEnd: word + 4 }, { start: word, oldEnd: word + 4, newEnd: word }];
      return { lines, where, recheck: (i: number) => checkDraft(versions[i % 2], index, { cache }), recheckTold: (i: number) => checkDraft(versions[i % 2], index, { cache, edit: told[i % 2] }) };
    });
  });
  for (const c of cases) for (let i = 0; i < 200; i++) (i % 2 ? c.recheck : c.recheckTold)(i);
  for (const { lines, where, recheck: untoldCheck, recheckTold: toldCheck } of cases) {
    const recheck = time(40, untoldCheck);
    const recheckTold = time(40, toldCheck);
    const name = where === 'in the middle' ? '' : `, ${where}`;
    if (!name) medians.push(recheck.median);
    if (!name) toldMedians.push(recheckTold.median);
    report.figure(`${label}: re-check after a one-word edit${name}, ${lines}-line draft`, recheck);
    report.figure(`${label}: re-check after a one-word edit${name}, the editor's range, ${lines}-line draft`, recheckTold);
    console.log(`${label.padEnd(22)} re-check after a one-word edit ${where.padEnd(13)}, ${String(lines).padStart(6)} lines: p50 ${fmt(recheck.median)} p95 ${fmt(recheck.p95)} max ${fmt(recheck.max)} ms; told the editor's range p50 ${fmt(recheckTold.median)} p95 ${fmt(recheckTold.p95)} ms`);
  }
  report.ratio(`${label}: re-check growth exponent, 1,000 → 50,000 lines (done when < 0.2)`, Math.log(medians[2] / medians[0]) / Math.log(50));
  report.ratio(`${label}: re-check p50 at 50,000 lines, ms (done when < 10)`, medians[2]);
  report.ratio(`${label}: re-check told the editor's range, growth exponent, 1,000 → 50,000 lines (done when < 0.2)`, Math.log(toldMedians[2] / toldMedians[0]) / Math.log(50));
}

/** The language server on the bundled corpus, then on `folder` (10,000 articles) with no persisted index, then with one. */
async function benchServer(report: BenchReport, folder: string, indexCache: string): Promise<void> {
  console.log('\nThe language server (dist/server.js --stdio, its own process):');
  console.log(formatServerFigures('bundled corpus', await measureServer(null)));
  // Cold: the persisted index is made at the first start, and made again by the rebuild (its file removed first).
  const cold = await measureServer(folder, indexCache, true);
  console.log(formatServerFigures('+ 10,000 articles', cold));
  const warm = await measureServer(folder, indexCache);
  console.log(formatServerFigures('+ 10,000 articles', warm));
  // No persisted index: the rebuild builds the whole index again while the hovers come.
  const uncached = await measureServer(folder);
  console.log(formatServerFigures('+ 10,000 articles', uncached));
  report.figure('server + 10,000 articles, cold cache: didOpen → first diagnostics', cold.firstDiagnosticsMs);
  report.figure('server + 10,000 articles, warm cache: didOpen → first diagnostics', warm.firstDiagnosticsMs);
  report.figure('server + 10,000 articles: longest build step', cold.longestStepMs);
  report.figure('server + 10,000 articles, hover during a cold rebuild (persisted index written): max', cold.hoverDuringRebuild.max);
  report.figure('server + 10,000 articles, no persisted index: longest build step', uncached.longestStepMs);
  report.figure('server + 10,000 articles, hover during a whole rebuild: max', uncached.hoverDuringRebuild.max);
  report.ratio('editor start, 10,000 articles, warm cache: first diagnostics, s (done when ≤ 1.5)', warm.firstDiagnosticsMs / 1000);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const json = argv.includes('--json');
  // With --json, stdout holds the JSON alone: the text goes to stderr.
  if (json) console.log = (...args: unknown[]) => console.error(...args);
  if (!(globalThis as { gc?: unknown }).gc) console.log('(run with node --expose-gc for heap figures)');
  const report = new BenchReport();
  const bundled = await loadCorpus(nodeFileSystem, path.join(__dirname, '..', 'corpus'));
  console.log(`node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  if (argv.includes('--archive')) {
    const at = argv.indexOf('--paragraphs');
    await benchArchive(bundled.articles.map((a) => a.text).join(' '), at >= 0 ? Number(argv[at + 1]) : 1_000_000);
    return;
  }
  // --server: the language server's section alone (10,000 articles written first), without the whole run.
  if (argv.includes('--server')) {
    const generator = createGenerator(bundled.articles.map((a) => a.text).join(' '));
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'attributor-bench-sources-'));
    const indexCache = fs.mkdtempSync(path.join(os.tmpdir(), 'attributor-bench-ls-cache-'));
    try {
      for (let i = 0; i < 10_000; i++) fs.writeFileSync(path.join(folder, `article-${i}.txt`), generator.article(i).text);
      await benchServer(report, folder, indexCache);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
      fs.rmSync(indexCache, { recursive: true, force: true });
    }
    return;
  }
  // --hostile: the hostile section alone (a minute), to reproduce its figures without the whole run.
  if (argv.includes('--hostile')) {
    benchHostileShapes(buildCorpusIndex(bundled.articles));
    benchFormats(buildCorpusIndex(bundled.articles));
    return;
  }
  // --recheck: the re-check after a one-word edit alone (against 10,000 generated articles), without the whole run.
  if (argv.includes('--recheck')) {
    const generator = createGenerator(bundled.articles.map((a) => a.text).join(' '));
    benchRecheck(report, 'generated 10000', buildCorpusIndex(Array.from({ length: 10_000 }, (_, i) => generator.article(i))));
    finish(report, json);
    return;
  }
  // --cli: the command line's section alone (10,000 articles written first), without the whole run.
  if (argv.includes('--cli')) {
    await benchCli(report, createGenerator(bundled.articles.map((a) => a.text).join(' ')), false);
    finish(report, json);
    return;
  }
  // --bundled: the bundled corpus's figures alone (its build, find, complete and the 10,000-word check's 20 ms line).
  if (argv.includes('--bundled')) {
    benchCorpus(report, 'bundled corpus', bundled.articles, 10_000);
    finish(report, json);
    return;
  }
  benchCorpus(report, 'bundled corpus', bundled.articles, 10_000);
  benchHostileShapes(buildCorpusIndex(bundled.articles));
  benchFormats(buildCorpusIndex(bundled.articles));
  const generator = createGenerator(bundled.articles.map((a) => a.text).join(' '));
  const complete: Record<number, Summary> = {};
  const completeBest: Record<number, Summary> = {};
  for (const n of [1_000, 10_000, 30_000]) {
    const articles = Array.from({ length: n }, (_, i) => generator.article(i));
    const { index, heap, complete: completion, completeBest: best } = benchCorpus(report, `generated ${n}`, articles, 10_000);
    complete[n] = completion;
    completeBest[n] = best;
    if (n === 10_000) {
      report.ratio('heap per 1,000 articles at 10,000, MB (done when ≤ 17)', heap / 10);
      benchRecheck(report, `generated ${n}`, index);
    }
  }
  report.ratio('complete p95 at 30,000 articles, ms (done when < 5)', complete[30_000].p95);
  report.ratio('complete p95 growth exponent, 1,000 → 30,000 articles (done when < 0.3)', Math.log(complete[30_000].p95 / complete[1_000].p95) / Math.log(30));
  report.ratio('complete p95 at 30,000 articles, best of 3 runs a query, ms', completeBest[30_000].p95);
  report.ratio('complete p95 growth exponent, best of 3 runs a query, 1,000 → 30,000 articles', Math.log(completeBest[30_000].p95 / completeBest[1_000].p95) / Math.log(30));
  // --engine: the in-process figures alone (indexes, find, complete, check, re-check), without the command line and the server.
  if (argv.includes('--engine')) {
    finish(report, json);
    return;
  }

  await benchCli(report, generator, true);
  finish(report, json);
}

/** The command line on the bundled corpus and on 10,000 generated articles; then, with `server`, the language server on the same articles. */
async function benchCli(report: BenchReport, generator: ReturnType<typeof createGenerator>, server: boolean): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'attributor-bench-sources-'));
  const indexCache = fs.mkdtempSync(path.join(os.tmpdir(), 'attributor-bench-ls-cache-'));
  try {
    const draft = path.join(folder, '..', `${path.basename(folder)}-draft.md`);
    fs.writeFileSync(draft, 'Zelensky said Russia would use "all available means" to protect them.\n');
    console.log('\nThe command line (dist/cli.js, a process a run, side by side with bare runs):');
    report.add(benchCliBundled(10, draft));
    for (let i = 0; i < 10_000; i++) fs.writeFileSync(path.join(folder, `article-${i}.txt`), generator.article(i).text);
    report.add(benchCliFolder('10,000 articles', folder, 3, draft));
    fs.rmSync(draft, { force: true });
    if (server) await benchServer(report, folder, indexCache);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(indexCache, { recursive: true, force: true });
  }
}

function finish(report: BenchReport, json: boolean): void {
  console.log('\nThe issue\'s ratios, side by side:');
  for (const line of report.ratioLines()) console.log(line);
  if (json) process.stdout.write(JSON.stringify(report.toJSON(), null, 2) + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
