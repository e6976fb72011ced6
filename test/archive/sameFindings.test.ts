// The PostgreSQL archive against a real server this test starts: the sources loaded with `archive add` give the
// same verdicts and findings, quote for quote, as the embedded index built from the same sources, for the bundled
// corpus and for 10,000 generated articles; and the archive's look-ups read the engine's own words (never English
// stop words: "will not raise" is not "will raise").
import * as assert from 'assert';
import * as path from 'path';
import type { Pool } from 'pg';
import { buildCorpusIndex, checkDraft, checkDraftAsync, loadCorpus, type CorpusIndex, type SourceArticle } from '../../src/core';
import { addToArchive } from '../../src/archive/addToArchive';
import { ArchiveIndex, archivePool } from '../../src/archive/archiveIndex';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { createGenerator } from '../support/generateCorpus';
import { draftFrom } from '../support/quotingDrafts';
import { startPostgres, type PostgresServer } from '../support/postgresServer';

/** Everything a check reports about each quote: verdict, where the source has it, who said it there, and the findings. */
function reportOf(report: ReturnType<typeof checkDraft>) {
  return { quotes: report.quotes, findings: report.findings };
}

describe('the PostgreSQL archive (a real server)', function () {
  let server: PostgresServer;
  const pools: Pool[] = [];
  const archives: ArchiveIndex[] = [];

  before(async () => {
    server = await startPostgres();
  });
  after(async () => {
    for (const a of archives) await a.close();
    for (const p of pools) await p.end();
    server?.stop();
  });

  async function archiveOf(name: string, articles: readonly SourceArticle[]): Promise<ArchiveIndex> {
    const url = server.createDatabase(name);
    const pool = archivePool(url);
    pools.push(pool);
    const added = await addToArchive(pool, articles);
    assert.strictEqual(added.added, articles.length);
    const archive = await ArchiveIndex.open(url);
    archives.push(archive);
    return archive;
  }

  describe('the bundled corpus', () => {
    let memory: CorpusIndex;
    let archive: ArchiveIndex;
    let articles: SourceArticle[];
    before(async () => {
      articles = (await loadCorpus(nodeFileSystem, path.join(__dirname, '..', '..', 'corpus'))).articles;
      memory = buildCorpusIndex(articles);
      archive = await archiveOf('bundled', articles);
    });

    it('gives the same verdicts and findings as the embedded index, quote for quote', async () => {
      const draft = draftFrom(memory, 6 * 39, 1);
      const embedded = checkDraft(draft, memory);
      const archived = await checkDraftAsync(draft, archive);
      assert.ok(embedded.findings.length > 100, `${embedded.findings.length} findings`);
      for (const code of ['misattributed-quote', 'altered-quote', 'unsourced-quote']) assert.ok(embedded.findings.some((f) => f.code === code), code);
      assert.deepStrictEqual(reportOf(archived), reportOf(embedded));
    });

    it('lists the same quotations with their speakers, and the same people', async () => {
      const embedded = [];
      for (const article of memory.articles) for (const q of article.quotes) embedded.push([article.id, q.text, q.speaker?.name ?? null, q.start]);
      const archived = [];
      for await (const q of archive.quotations()) archived.push([q.sourceId, q.quote.text, q.quote.speaker?.name ?? null, q.quote.start]);
      assert.deepStrictEqual(archived, embedded);
      assert.deepStrictEqual((await archive.speakers()).map((s) => s.name), memory.speakers.map((s) => s.name));
      const putin = memory.speakers.find((s) => s.name === 'Vladimir Putin')!;
      assert.deepStrictEqual((await archive.quotesBy(putin.key)).map((q) => q.quote.text), memory.quotesBy(putin.key).map((q) => q.quote.text));
    });

    it('completes and finds as the embedded index does for whole words typed', async () => {
      for (const prefix of ['all av', 'sit down for', 'we will ']) {
        assert.deepStrictEqual((await archive.complete(prefix, 5)).map((c) => [c.quote, c.speaker?.name, c.location]), memory.complete(prefix, 5).map((c) => [c.quote, c.speaker?.name, c.location]), prefix);
      }
      const found = await archive.find('sit down for talks', 5);
      assert.match(found[0].text, /sit down for talks/);
      assert.strictEqual((await archive.source(found[0].location.sourceId))!.text.slice(found[0].location.start, found[0].location.end), found[0].text);
    });

    it('skips the articles it already holds when the same folder is added again', async () => {
      const pool = archivePool(server.url('bundled'));
      pools.push(pool);
      const again = await addToArchive(pool, articles);
      assert.strictEqual(again.added, 0);
      assert.deepStrictEqual(again.skipped.map((s) => s.reason), articles.map(() => 'already in the archive'));
      assert.strictEqual(await archive.count(), articles.length);
    });
  });

  it('matches the words as written: "will not raise taxes" is not "will raise taxes"', async () => {
    const source: SourceArticle = {
      id: 'budget', path: '/x/budget.txt', title: 'Budget', outlet: null, url: null, date: null, doubts: [],
      text: 'Finance Minister Ilse Varga spoke on Monday.\n\n"We will raise taxes this year to pay for the new bridge," Varga said.\n',
    };
    const memory = buildCorpusIndex([source]);
    const archive = await archiveOf('stopwords', [source]);
    const draft = 'Ilse Varga said "we will not raise taxes this year to pay for the new bridge."';
    const archived = await checkDraftAsync(draft, archive);
    assert.deepStrictEqual(archived.quotes.map((q) => q.verdict), ['altered']);
    assert.deepStrictEqual(reportOf(archived), reportOf(checkDraft(draft, memory)));
  });

  it('gives the same verdicts and findings as the embedded index on 10,000 generated articles', async function () {
    const seed = (await loadCorpus(nodeFileSystem, path.join(__dirname, '..', '..', 'corpus'))).articles.map((a) => a.text).join(' ');
    const generator = createGenerator(seed, 5);
    const articles = Array.from({ length: 10_000 }, (_, i) => generator.article(i));
    const memory = buildCorpusIndex(articles);
    const archive = await archiveOf('generated', articles);
    const draft = draftFrom(memory, 300, 2);
    const embedded = checkDraft(draft, memory);
    const archived = await checkDraftAsync(draft, archive);
    assert.ok(embedded.findings.length > 150, `${embedded.findings.length} findings`);
    assert.deepStrictEqual(reportOf(archived), reportOf(embedded));
  });
});
