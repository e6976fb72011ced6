// The newsroom's archive on PostgreSQL behind the engine's SourceIndex: what `attributor check --db`, the language
// server and the extension read instead of (or beside) a folder of articles. Opening reads the speaker registry
// (the people the sources name, exactly as the engine learnt them); every other answer is a query.
import { Pool, type PoolConfig } from 'pg';
import type { SpeakerRegistry } from '../core/attribution/speakerRegistry';
import { currentSpeaker } from '../core/index/analyzeSources';
import type { LocatedQuote, SourceIndex, SourceQuotation } from '../core/index/sourceIndex';
import type { PassageMatch, QuoteCompletion, SourceArticle, Speaker } from '../core/types';
import { readRegistry } from './addToArchive';
import { locateInArchive } from './archiveLocate';
import { SCHEMA } from './archiveSchema';
import { QUOTATION_COLUMNS, toSourceQuotation, type StoredQuotation } from './archiveRows';
import { completeInArchive, findInArchive } from './archiveSearch';

export interface ArchiveOptions {
  /** Connections kept open (look-ups of one draft run this many at a time). Default 4. */
  readonly connections?: number;
}

/** A pool for an archive's URL (`postgres://user@host:port/db`); the connection is made on first use. */
export function archivePool(url: string, connections = 4): Pool {
  const config: PoolConfig = { connectionString: url, max: connections, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 10_000 };
  const pool = new Pool(config);
  // A connection the server drops while idle must not end the process; the next query reconnects.
  pool.on('error', () => undefined);
  return pool;
}

export class ArchiveIndex implements SourceIndex {
  private constructor(
    private readonly pool: Pool,
    readonly registry: SpeakerRegistry,
    private readonly connections: number,
  ) {}

  /** Opens the archive at `url`; fails with a plain message when it cannot be reached or holds no archive. */
  static async open(url: string, options: ArchiveOptions = {}): Promise<ArchiveIndex> {
    const connections = options.connections ?? 4;
    const pool = archivePool(url, connections);
    try {
      const { rows } = await pool.query<{ exists: string | null }>(`SELECT to_regclass('${SCHEMA}.meta') AS exists`);
      const registry = rows[0].exists ? await readRegistry(pool) : null;
      if (!registry) throw new Error('this database holds no Attributor archive yet (load one with: attributor archive add DIR --db URL)');
      return new ArchiveIndex(pool, registry, connections);
    } catch (e) {
      await pool.end().catch(() => undefined);
      throw e;
    }
  }

  async count(): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${SCHEMA}.articles`);
    return Number(rows[0].n);
  }

  async source(id: string): Promise<SourceArticle | undefined> {
    const { rows } = await this.pool.query(`SELECT id, path, title, outlet, url, date, doubts, body FROM ${SCHEMA}.articles WHERE id = $1`, [id]);
    const r = rows[0];
    return r ? { id: r.id, path: r.path, title: r.title, outlet: r.outlet, url: r.url, date: r.date, doubts: r.doubts, text: r.body } : undefined;
  }

  async speakers(): Promise<readonly Speaker[]> {
    const { rows } = await this.pool.query<{ speaker: Speaker; n: string }>(
      `SELECT (array_agg(speaker ORDER BY article_ord, ord))[1] AS speaker, count(*) AS n FROM ${SCHEMA}.quotations
       WHERE speaker IS NOT NULL GROUP BY speaker->>'key'`,
    );
    return rows
      .map((r) => ({ speaker: currentSpeaker(this.registry, r.speaker), n: Number(r.n) }))
      .sort((a, b) => b.n - a.n || a.speaker.name.localeCompare(b.speaker.name))
      .map((r) => r.speaker);
  }

  async quotesBy(speakerKey: string): Promise<SourceQuotation[]> {
    const { rows } = await this.pool.query<StoredQuotation>(
      `SELECT ${QUOTATION_COLUMNS} FROM ${SCHEMA}.quotations q JOIN ${SCHEMA}.articles a ON a.ord = q.article_ord
       WHERE q.speaker_keys @> ARRAY[$1] ORDER BY q.article_ord, q.ord`,
      [speakerKey],
    );
    return rows.map((r) => toSourceQuotation(r, this.registry));
  }

  async *quotations(): AsyncIterable<SourceQuotation> {
    let after = [-1, -1];
    for (;;) {
      const { rows } = await this.pool.query<StoredQuotation>(
        `SELECT ${QUOTATION_COLUMNS} FROM ${SCHEMA}.quotations q JOIN ${SCHEMA}.articles a ON a.ord = q.article_ord
         WHERE (q.article_ord, q.ord) > ($1, $2) ORDER BY q.article_ord, q.ord LIMIT 2000`,
        after,
      );
      for (const r of rows) yield toSourceQuotation(r, this.registry);
      if (rows.length < 2000) return;
      after = [rows[rows.length - 1].article_ord, rows[rows.length - 1].ord];
    }
  }

  find(text: string, limit = 10): Promise<PassageMatch[]> {
    return findInArchive(this.pool, this.registry, text, limit);
  }

  complete(prefix: string, limit = 10): Promise<QuoteCompletion[]> {
    return completeInArchive(this.pool, this.registry, prefix, limit);
  }

  locate(quotedTexts: readonly string[]): Promise<LocatedQuote[]> {
    return locateInArchive(this.pool, this.registry, quotedTexts, this.connections);
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
