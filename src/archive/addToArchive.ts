// `attributor archive add`: sources analysed once, as the embedded index analyses them (analyzeSources), into the
// archive's tables, in one transaction: a failed load leaves the archive as it was. Articles are written a few
// hundred at a time, so memory holds the sources and their quotations, not their analyses. The speaker registry
// is read from the archive and grows with each load; articles already in the archive (same id) are skipped.
import type { Pool, PoolClient } from 'pg';
import { analyzeSources, spellingIn } from '../core/index/analyzeSources';
import { SpeakerRegistry, type RegistrySnapshot } from '../core/attribution/speakerRegistry';
import type { AliasTable } from '../core/sources/aliasFile';
import type { AnalyzedArticle, SourceArticle } from '../core/types';
import { ensureIndexes, ensureTables, SCHEMA } from './archiveSchema';
import { passagesOf, quotationsOf, type QuotationRow } from './archiveRows';
import { copyRows } from './copyRows';

export interface AddOptions {
  /** Names the sources cannot join by themselves; applied when the archive is created. */
  readonly aliases?: AliasTable;
  /** Called after each batch of articles written, with how many of `sources` are done. */
  readonly progress?: (done: number) => void;
}

export interface AddResult {
  readonly added: number;
  /** Ids already in the archive, or articles it cannot hold. */
  readonly skipped: ReadonlyArray<{ id: string; reason: string }>;
  readonly passages: number;
  readonly quotations: number;
}

const BATCH = 200;

export async function readRegistry(client: Pick<PoolClient, 'query'>): Promise<SpeakerRegistry | null> {
  const { rows } = await client.query<{ value: RegistrySnapshot }>(`SELECT value FROM ${SCHEMA}.meta WHERE key = 'registry'`);
  return rows.length ? SpeakerRegistry.fromSnapshot(rows[0].value) : null;
}

/** An element of a PostgreSQL array literal, quoted. */
function arrayElement(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export async function addToArchive(pool: Pool, sources: readonly SourceArticle[], options: AddOptions = {}): Promise<AddResult> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // One load at a time: the registry and the article order are read and written whole.
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('attributor.archive'))`);
    await ensureTables(client);
    const result = await load(client, sources, options);
    await client.query('COMMIT');
    await client.query(`ANALYZE ${SCHEMA}.passages, ${SCHEMA}.quotations, ${SCHEMA}.words`);
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

async function load(client: PoolClient, all: readonly SourceArticle[], options: AddOptions): Promise<AddResult> {
  const known = new Set((await client.query<{ id: string }>(`SELECT id FROM ${SCHEMA}.articles WHERE id = ANY($1)`, [all.map((a) => a.id)])).rows.map((r) => r.id));
  const skipped: Array<{ id: string; reason: string }> = [];
  const seen = new Set<string>();
  const sources = all.filter((a) => {
    const reason = known.has(a.id) ? 'already in the archive' : seen.has(a.id) ? 'the same id twice' : a.text.includes('\u0000') ? 'holds a NUL character' : null;
    seen.add(a.id);
    if (reason) skipped.push({ id: a.id, reason });
    return !reason;
  });
  let registry = await readRegistry(client);
  if (!registry) {
    registry = new SpeakerRegistry();
    if (options.aliases) registry.applyAliases(options.aliases);
  }
  const firstOrd = Number((await client.query<{ next: number }>(`SELECT coalesce(max(ord) + 1, 0) AS next FROM ${SCHEMA}.articles`)).rows[0].next);

  const frequencies = new Map<string, number>();
  const quotations: Array<{ article: number; row: QuotationRow }> = [];
  let articleRows: unknown[][] = [];
  let passageRows: unknown[][] = [];
  let passages = 0;
  let done = 0;
  const take = (i: number, article: AnalyzedArticle) => {
    const ord = firstOrd + i;
    articleRows.push([ord, article.id, article.path, article.title, article.outlet, article.url, article.date, JSON.stringify(article.doubts), article.text]);
    for (const p of passagesOf(article)) {
      for (const w of p.words) frequencies.set(w, (frequencies.get(w) ?? 0) + 1);
      passageRows.push([ord, p.start, p.line, p.col, p.body, p.tail, p.sentences, p.tsv]);
    }
    for (const row of quotationsOf(article)) quotations.push({ article: i, row });
  };
  // Writing a batch overlaps analysing the next one: the database works in its own process meanwhile.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    await writing;
    const batch = { articleRows, passageRows };
    articleRows = [];
    passageRows = [];
    writing = write(batch.articleRows, batch.passageRows);
    writing.catch(() => undefined); // seen at the next await; not an unhandled rejection meanwhile
  };
  const write = async (articleRows: unknown[][], passageRows: unknown[][]) => {
    await copyRows(client, `${SCHEMA}.articles`, ['ord', 'id', 'path', 'title', 'outlet', 'url', 'date', 'doubts', 'body'], articleRows);
    await copyRows(client, `${SCHEMA}.passages`, ['article_ord', 'start', 'line', 'col', 'body', 'tail', 'sentences', 'tsv'], passageRows);
    done += articleRows.length;
    passages += passageRows.length;
    options.progress?.(done);
  };
  const steps = analyzeSources(sources, registry, take, BATCH);
  for (let step = steps.next(); !step.done; step = steps.next()) await flush();
  await flush();
  await writing;

  // Names are final only now: each quote's speaker spelling as its article writes it.
  registry.invalidate();
  const quoteRows = quotations.map(({ article, row }) => {
    const q = row.quote;
    const speaker = q.speaker;
    return [
      firstOrd + article, row.ord, q.start, q.end, q.textStart, q.textEnd, row.line, row.col, q.text, q.unclosed, q.sentence, row.context,
      speaker ? JSON.stringify(speaker) : null, speaker ? [speaker.key, ...(speaker.members ?? [])].map(arrayElement) : [],
      speaker ? spellingIn(registry!, sources[article].text, speaker) : null, q.mention ? JSON.stringify(q.mention) : null, q.method, q.isTerm, row.tsv,
    ];
  });
  await copyRows(client, `${SCHEMA}.quotations`, [
    'article_ord', 'ord', 'start', '"end"', 'text_start', 'text_end', 'line', 'col', 'body', 'unclosed', 'sentence', 'context', 'speaker',
    'speaker_keys', 'speaker_spelling', 'mention', 'method', 'is_term', 'tsv',
  ], quoteRows);
  const words = [...frequencies];
  for (let i = 0; i < words.length; i += 20000) {
    const part = words.slice(i, i + 20000);
    await client.query(
      `INSERT INTO ${SCHEMA}.words (word, frequency) SELECT * FROM unnest($1::text[], $2::bigint[])
       ON CONFLICT (word) DO UPDATE SET frequency = ${SCHEMA}.words.frequency + EXCLUDED.frequency`,
      [part.map(([w]) => w), part.map(([, n]) => n)],
    );
  }
  await writeSpeakers(client, registry);
  await ensureIndexes(client);
  return { added: sources.length, skipped, passages, quotations: quoteRows.length };
}

/** The registry as the engine will read it back, and its people and their spellings as tables. */
async function writeSpeakers(client: PoolClient, registry: SpeakerRegistry): Promise<void> {
  const snapshot = registry.snapshot();
  await client.query(
    `INSERT INTO ${SCHEMA}.meta (key, value) VALUES ('registry', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
    [JSON.stringify(snapshot)],
  );
  await client.query(`DELETE FROM ${SCHEMA}.speakers`);
  await client.query(`DELETE FROM ${SCHEMA}.speaker_variants`);
  const speakers = snapshot.records.map((r, ord) => {
    const speaker = registry.toSpeaker(registry.record(r.key)!);
    return [ord, r.key, speaker.name, r.kind];
  });
  for (let i = 0; i < speakers.length; i += 20000) {
    await client.query(
      `INSERT INTO ${SCHEMA}.speakers (ord, key, name, kind, quotations)
       SELECT u.ord, u.key, u.name, u.kind, coalesce(c.n, 0)
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[]) AS u(ord, key, name, kind)
       LEFT JOIN (SELECT k, count(*) AS n FROM ${SCHEMA}.quotations, unnest(speaker_keys) AS k GROUP BY k) c ON c.k = u.key`,
      [0, 1, 2, 3].map((c) => speakers.slice(i, i + 20000).map((row) => row[c])),
    );
  }
  const variants = snapshot.records.flatMap((r) => r.spellings.map(([spelling, n]) => [r.key, spelling, n]));
  for (let i = 0; i < variants.length; i += 20000) {
    await client.query(
      `INSERT INTO ${SCHEMA}.speaker_variants (speaker_key, spelling, mentions) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])`,
      [0, 1, 2].map((c) => variants.slice(i, i + 20000).map((row) => row[c])),
    );
  }
}
