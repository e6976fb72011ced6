// `npm run bench -- --archive [--paragraphs N]`: the PostgreSQL archive at newsroom scale (default 1,000,000
// generated paragraphs) on a private server this benchmark starts: loading speed, the p95 of each look-up a draft
// check makes (exact quote, ellipsis quote, altered quote located) and of completion, and 4 concurrent clients.
// The embedded index's figures for the same look-ups at its own largest size (10,000 articles) come first.
import * as os from 'os';
import { addToArchive } from '../../src/archive/addToArchive';
import { ArchiveIndex, archivePool } from '../../src/archive/archiveIndex';
import { buildCorpusIndex, embeddedSourceIndex, type SourceArticle, type SourceIndex } from '../../src/core';
import { createGenerator, seededRandom, type Generator } from '../support/generateCorpus';
import { startPostgres } from '../support/postgresServer';

interface Probe {
  readonly label: string;
  readonly run: (index: SourceIndex) => Promise<boolean>;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));

/** 60 look-ups of each kind, from the sources' own quotes: as written, shortened with an ellipsis, a word dropped, typed in part. */
function probes(articles: readonly SourceArticle[], index: ReturnType<typeof buildCorpusIndex> | null, seed: number): Probe[][] {
  const random = seededRandom(seed);
  const quotes = (index ? index.articles.flatMap((a) => a.quotes) : [])
    .filter((q) => !q.isTerm && q.text.split(' ').length >= 8)
    .map((q) => q.text.replace(/[,.]$/, ''));
  void articles;
  const pick = () => quotes[Math.floor(random() * quotes.length)];
  const kinds: Probe[][] = [[], [], [], []];
  for (let i = 0; i < 60; i++) {
    const exact = pick();
    kinds[0].push({ label: 'exact quote', run: async (x) => (await x.locate([exact]))[0].exact.length > 0 });
    const words = pick().split(' ');
    const ellipsis = `${words.slice(0, 3).join(' ')} ... ${words.slice(-3).join(' ')}`;
    kinds[1].push({ label: 'ellipsis quote', run: async (x) => (await x.locate([ellipsis]))[0].exact.length > 0 });
    const altered = pick().split(' ').filter((_, k) => k !== 3).join(' ');
    kinds[2].push({ label: 'altered quote located', run: async (x) => { const l = (await x.locate([altered]))[0]; return l.exact.length > 0 || l.closest !== null; } });
    const typed = pick().split(' ');
    const prefix = `${typed.slice(0, 2).join(' ')} ${typed[2].slice(0, 3)}`;
    kinds[3].push({ label: 'completion', run: async (x) => (await x.complete(prefix, 10)).length > 0 });
  }
  return kinds;
}

async function timeSequential(index: SourceIndex, list: readonly Probe[]): Promise<string> {
  const samples: number[] = [];
  let found = 0;
  for (const probe of list) {
    const t = process.hrtime.bigint();
    if (await probe.run(index)) found++;
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return `${list[0].label.padEnd(22)} p50 ${ms(percentile(samples, 50)).padStart(7)} ms  p95 ${ms(percentile(samples, 95)).padStart(7)} ms  found ${found}/${list.length}`;
}

function articlesFor(generator: Generator, paragraphs: number): SourceArticle[] {
  const out: SourceArticle[] = [];
  let count = 0;
  while (count < paragraphs) {
    const article = generator.article(out.length);
    count += article.text.split('\n\n').length;
    out.push(article);
  }
  return out;
}

export async function benchArchive(seedText: string, paragraphs: number): Promise<void> {
  console.log(`\narchive: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  // The embedded index at its largest size, for comparison.
  const small = createGenerator(seedText);
  const smallArticles = Array.from({ length: 10_000 }, (_, i) => small.article(i));
  const memory = buildCorpusIndex(smallArticles);
  const embedded = embeddedSourceIndex(memory);
  console.log('embedded index, 10,000 articles:');
  for (const list of probes(smallArticles, memory, 3)) console.log(`  ${await timeSequential(embedded, list)}`);

  const server = await startPostgres();
  try {
    const url = server.createDatabase('bench');
    const generator = createGenerator(seedText, 77);
    const articles = articlesFor(generator, paragraphs);
    const pool = archivePool(url, 2);
    const started = Date.now();
    let last = started;
    const loaded = await addToArchive(pool, articles, {
      progress: (done) => {
        if (Date.now() - last > 30_000) {
          last = Date.now();
          console.log(`  … ${done} of ${articles.length} articles (${Math.round((Date.now() - started) / 1000)} s)`);
        }
      },
    });
    const seconds = (Date.now() - started) / 1000;
    const size = (await pool.query<{ size: string }>('SELECT pg_database_size(current_database()) AS size')).rows[0].size;
    await pool.end();
    console.log(
      `archive, ${loaded.passages.toLocaleString('en')} passages (${articles.length.toLocaleString('en')} articles, ${loaded.quotations.toLocaleString('en')} quotations): ` +
        `loaded in ${seconds.toFixed(0)} s, ${(articles.length / seconds).toFixed(0)} articles/s, ${(Number(size) / 1e6).toFixed(0)} MB on disk`,
    );
    // Probes from the archive's own articles: analyse a sample of them in memory to pick their quotes.
    const sample = buildCorpusIndex(articles.filter((_, i) => i % Math.ceil(articles.length / 2000) === 0));
    const archive = await ArchiveIndex.open(url);
    const kinds = probes(articles, sample, 9);
    for (const list of kinds) console.log(`  ${await timeSequential(archive, list)}`);
    await archive.close();

    // 4 clients at once, each with its own connection, each running every kind of look-up in turn.
    const clients = await Promise.all([0, 1, 2, 3].map(() => ArchiveIndex.open(url, { connections: 1 })));
    const mixed = kinds[0].map((_, i) => kinds[i % 4][i]);
    const samples: number[] = [];
    const t0 = Date.now();
    await Promise.all(clients.map(async (client, c) => {
      for (let i = 0; i < mixed.length; i++) {
        const probe = mixed[(i + c * 15) % mixed.length];
        const t = process.hrtime.bigint();
        await probe.run(client);
        samples.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }));
    const elapsed = (Date.now() - t0) / 1000;
    samples.sort((a, b) => a - b);
    console.log(`  4 concurrent clients (mixed)  ${(samples.length / elapsed).toFixed(1)} look-ups/s  p50 ${ms(percentile(samples, 50))} ms  p95 ${ms(percentile(samples, 95))} ms`);
    for (const client of clients) await client.close();
  } finally {
    server.stop();
  }
}
