// The archive's tables, in their own PostgreSQL schema (`attributor`), so an existing database can hold them.
//   articles           one row per source article: its text and metadata, in the order they were added (ord)
//   passages           the articles cut at paragraph starts (long paragraphs at sentence starts): the unit of search,
//                      with the engine's own words as a tsvector (see textSearchTerms.ts) under a GIN index, and the
//                      words that follow it (tail) for quotes that run on into the next paragraph
//   quotations         every quotation with its speaker as attributed, and its words as a tsvector (completion)
//   speakers, speaker_variants   the people the sources quote and every spelling the sources gave them
//   words              how often each word stands in the sources (a look-up starts from the rarest)
//   meta               the schema version and the speaker registry exactly as the engine learnt it
import type { PoolClient } from 'pg';

export const SCHEMA = 'attributor';
export const SCHEMA_VERSION = 1;

const TABLES = `
CREATE SCHEMA IF NOT EXISTS ${SCHEMA};
CREATE TABLE IF NOT EXISTS ${SCHEMA}.meta (key text PRIMARY KEY, value jsonb NOT NULL);
CREATE TABLE IF NOT EXISTS ${SCHEMA}.articles (
  ord integer PRIMARY KEY, id text NOT NULL UNIQUE, path text NOT NULL, title text NOT NULL, outlet text, url text,
  date text, doubts jsonb NOT NULL, body text NOT NULL, added timestamptz NOT NULL DEFAULT now());
CREATE TABLE IF NOT EXISTS ${SCHEMA}.passages (
  article_ord integer NOT NULL, start integer NOT NULL, line integer NOT NULL, col integer NOT NULL, body text NOT NULL, tail text NOT NULL,
  sentences integer[] NOT NULL, tsv tsvector NOT NULL, PRIMARY KEY (article_ord, start));
CREATE TABLE IF NOT EXISTS ${SCHEMA}.quotations (
  article_ord integer NOT NULL, ord integer NOT NULL, start integer NOT NULL, "end" integer NOT NULL,
  text_start integer NOT NULL, text_end integer NOT NULL, line integer NOT NULL, col integer NOT NULL, body text NOT NULL,
  unclosed boolean NOT NULL, sentence integer NOT NULL, context text NOT NULL, speaker jsonb, speaker_keys text[] NOT NULL,
  speaker_spelling text, mention jsonb, method text NOT NULL, is_term boolean NOT NULL, tsv tsvector NOT NULL,
  PRIMARY KEY (article_ord, ord));
CREATE TABLE IF NOT EXISTS ${SCHEMA}.speakers (
  ord integer PRIMARY KEY, key text NOT NULL UNIQUE, name text NOT NULL, kind text NOT NULL, quotations integer NOT NULL);
CREATE TABLE IF NOT EXISTS ${SCHEMA}.speaker_variants (speaker_key text NOT NULL, spelling text NOT NULL, mentions integer NOT NULL);
CREATE TABLE IF NOT EXISTS ${SCHEMA}.words (word text PRIMARY KEY, frequency bigint NOT NULL);
`;

/** Built after the first load (faster than keeping them up to date row by row), kept up to date afterwards. */
const INDEXES = `
CREATE INDEX IF NOT EXISTS passages_tsv ON ${SCHEMA}.passages USING gin (tsv);
CREATE INDEX IF NOT EXISTS quotations_tsv ON ${SCHEMA}.quotations USING gin (tsv);
CREATE INDEX IF NOT EXISTS quotations_span ON ${SCHEMA}.quotations (article_ord, text_start);
CREATE INDEX IF NOT EXISTS quotations_trgm ON ${SCHEMA}.quotations USING gin (body gin_trgm_ops);
CREATE INDEX IF NOT EXISTS quotations_speaker ON ${SCHEMA}.quotations USING gin (speaker_keys);
CREATE INDEX IF NOT EXISTS speaker_variants_key ON ${SCHEMA}.speaker_variants (speaker_key);
`;

/** Creates the tables when absent; refuses an archive written by another version of the schema. */
export async function ensureTables(client: PoolClient): Promise<void> {
  await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  await client.query(TABLES);
  const { rows } = await client.query<{ value: number }>(`SELECT value FROM ${SCHEMA}.meta WHERE key = 'schema_version'`);
  if (rows.length === 0) {
    await client.query(`INSERT INTO ${SCHEMA}.meta (key, value) VALUES ('schema_version', $1)`, [JSON.stringify(SCHEMA_VERSION)]);
  } else if (rows[0].value !== SCHEMA_VERSION) {
    throw new Error(`the archive was written with schema version ${rows[0].value}; this attributor reads version ${SCHEMA_VERSION}`);
  }
}

export async function ensureIndexes(client: PoolClient): Promise<void> {
  // A GIN index builds several times faster with room to sort in memory (the default is 64 MB).
  await client.query(`SET LOCAL maintenance_work_mem = '512MB'`);
  await client.query(INDEXES);
}
