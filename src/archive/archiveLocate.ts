// Where a draft's quoted words stand in the archive, with the embedded index's rules (wordIndex.ts) applied to the
// passages the database finds:
//   - exact: passages holding the quote's three rarest words (a quote of common words only: each fragment as a
//     phrase, `'a' <-> 'b'`), then the words matched in order, with the same gaps (an ellipsis), by the engine
//     itself on those passages;
//   - altered: when nothing matches exactly, passages holding enough of the quote's rarest words (any `needed` of up
//     to six, as the embedded index picks them, by how often each word stands in the sources; those holding the most
//     first), the ten most alike by pg_trgm `word_similarity`, then the engine's word alignment on each; the best
//     above the threshold wins.
// A quotation is matched from the passage where it starts; it may run on TAIL_WORDS words into the next one.
import type { Pool } from 'pg';
import type { SpeakerRegistry } from '../core/attribution/speakerRegistry';
import { ALTERED_QUOTE_SIMILARITY } from '../core/index/corpusIndex';
import type { LocatedQuote } from '../core/index/sourceIndex';
import { runSteps } from '../core/index/stepwise';
import { quoteWords, WordIndex, type QuoteWords, type WordHit } from '../core/index/wordIndex';
import { computeLineStarts, positionAt } from '../core/text/textLines';
import type { SourceMatch } from '../core/types';
import { SCHEMA } from './archiveSchema';
import { QUOTATION_COLUMNS, toAttributedQuote, type StoredQuotation } from './archiveRows';
import { allOf, anyOf, combinations, lexeme, phraseQuery } from './textSearchTerms';

const EXACT_LIMIT = 50;
const PAGE = 64;
const CLOSEST_CANDIDATES = 10;
/** Passages holding the rare words, read before ranking them by similarity: a bound for quotes of common words only. */
const CLOSEST_POOL = 1000;
const COMMON_ANCHOR = 20_000;
/** A word at most this frequent narrows an exact look-up enough on its own. */
const RARE_WORD = 5_000;

export interface PassageRecord {
  readonly source_id: string;
  readonly article_ord: number;
  readonly start: number;
  readonly line: number;
  readonly col: number;
  readonly body: string;
  readonly tail: string;
  readonly sentences: number[];
}

const PASSAGE_COLUMNS = 'a.id AS source_id, p.article_ord, p.start, p.line, p.col, p.body, p.tail, p.sentences';

interface PassageHit {
  readonly passage: PassageRecord;
  readonly hit: WordHit;
}

/** The passages' words, each run on into its tail. */
function wordIndexOf(passages: readonly PassageRecord[]): WordIndex {
  return runSteps(WordIndex.steps(passages.map((p) => p.body + p.tail)));
}

/** A hit starting in the tail belongs to the next passage, which finds it too. */
function startsInPassage(passage: PassageRecord, hit: WordHit): boolean {
  return hit.start < passage.body.length;
}

/** How often each word stands in the sources (absent: nowhere). */
async function frequenciesOf(pool: Pool, words: Iterable<string>): Promise<Map<string, number>> {
  const { rows } = await pool.query<{ word: string; frequency: string }>(`SELECT word, frequency FROM ${SCHEMA}.words WHERE word = ANY($1)`, [[...new Set(words)]]);
  return new Map(rows.map((r) => [r.word, Number(r.frequency)]));
}

async function exactHits(pool: Pool, words: QuoteWords, frequency: ReadonlyMap<string, number>): Promise<PassageHit[]> {
  if (words.segments.length === 0) return [];
  const distinct = [...new Set(words.segments.flat())];
  // A word no source has: nothing matches exactly (the embedded index says the same).
  if (distinct.some((w) => !frequency.has(w))) return [];
  // Passages holding the quote's rarest words are few, and the index finds them reading little; a quote of common
  // words only is better narrowed by the database's phrase check.
  const rarest = distinct.sort((a, b) => frequency.get(a)! - frequency.get(b)!).slice(0, 3);
  const query = frequency.get(rarest[0])! <= RARE_WORD ? allOf(rarest.map(lexeme)) : allOf(words.segments.map((segment) => phraseQuery(segment)));
  const hits: PassageHit[] = [];
  let after = [-1, -1];
  for (;;) {
    const { rows } = await pool.query<PassageRecord>(
      `SELECT ${PASSAGE_COLUMNS} FROM ${SCHEMA}.passages p JOIN ${SCHEMA}.articles a ON a.ord = p.article_ord
       WHERE p.tsv @@ $1::tsquery AND (p.article_ord, p.start) > ($2, $3) ORDER BY p.article_ord, p.start LIMIT ${PAGE}`,
      [query, after[0], after[1]],
    );
    if (rows.length === 0) return hits;
    for (const hit of wordIndexOf(rows).findExact(words, Number.MAX_SAFE_INTEGER)) {
      if (hits.length < EXACT_LIMIT && startsInPassage(rows[hit.article], hit)) hits.push({ passage: rows[hit.article], hit });
    }
    if (hits.length >= EXACT_LIMIT || rows.length < PAGE) return hits;
    after = [rows[rows.length - 1].article_ord, rows[rows.length - 1].start];
  }
}

async function closestHit(pool: Pool, words: readonly string[], frequency: ReadonlyMap<string, number>): Promise<PassageHit | null> {
  // Three or four words close to a source passage are as likely a common phrase as an altered quote.
  if (words.length < 4) return null;
  const minSimilarity = words.length < 6 ? Math.max(ALTERED_QUOTE_SIMILARITY, 0.75) : ALTERED_QUOTE_SIMILARITY;
  const known = [...new Set(words.filter((w) => frequency.has(w)))].sort((a, b) => frequency.get(a)! - frequency.get(b)!);
  const anchors = known.slice(0, 6).filter((w, i) => i < 2 || frequency.get(w)! < COMMON_ANCHOR);
  if (anchors.length < 2) return null;
  const needed = Math.max(2, Math.ceil(anchors.length / 2));
  // Passages holding the most anchors first (as the embedded index tries its densest windows first): all of them,
  // then one fewer, down to `needed`, until there are enough candidates.
  const rows: PassageRecord[] = [];
  for (let k = anchors.length; k >= needed && rows.length < CLOSEST_CANDIDATES; k--) {
    const query = anyOf(combinations(anchors, k).map((c) => allOf(c.map(lexeme))));
    const tier = await pool.query<PassageRecord>(
      `WITH c AS (SELECT * FROM ${SCHEMA}.passages p WHERE p.tsv @@ $1::tsquery LIMIT ${CLOSEST_POOL})
       SELECT ${PASSAGE_COLUMNS} FROM c p JOIN ${SCHEMA}.articles a ON a.ord = p.article_ord
       ORDER BY word_similarity($2, p.body) DESC, p.article_ord, p.start LIMIT ${CLOSEST_CANDIDATES}`,
      [query, words.join(' ')],
    );
    for (const row of tier.rows) if (!rows.some((r) => r.article_ord === row.article_ord && r.start === row.start)) rows.push(row);
  }
  const index = wordIndexOf(rows);
  let best: PassageHit | null = null;
  rows.forEach((passage, k) => {
    const hit = index.closestIn(k, words);
    if (hit && startsInPassage(passage, hit) && hit.similarity >= minSimilarity && (!best || hit.similarity > best.hit.similarity)) best = { passage, hit };
  });
  return best;
}

/** The sentence holding `offset` (the last one starting at or before it), from a passage's flattened spans. */
function sentenceAt(spans: readonly number[], offset: number): { start: number; end: number } | null {
  if (spans.length === 0) return null;
  let k = 0;
  for (let i = 0; i < spans.length; i += 2) if (spans[i] <= offset) k = i;
  return { start: spans[k], end: spans[k + 1] };
}

function toMatch({ passage, hit }: PassageHit, quotes: readonly StoredQuotation[], registry: SpeakerRegistry): SourceMatch {
  const start = passage.start + hit.start;
  const end = passage.start + hit.end;
  const local = positionAt(computeLineStarts(passage.body + passage.tail), hit.start);
  const overlapping = quotes.filter((q) => q.text_start < end && q.text_end > start);
  const inside = overlapping.find((q) => q.text_start <= start && end <= q.text_end) ?? overlapping[0] ?? null;
  const sourceQuote = inside ? toAttributedQuote(inside, registry) : null;
  const sentence = sentenceAt(passage.sentences, start);
  return {
    location: { sourceId: passage.source_id, start, end, line: passage.line + local.line, column: local.line === 0 ? passage.col + local.column : local.column },
    sourceText: (passage.body + passage.tail).slice(hit.start, hit.end),
    sourceQuote,
    speaker: sourceQuote?.speaker ?? null,
    speakerSpelling: sourceQuote?.speaker ? inside!.speaker_spelling ?? sourceQuote.speaker.name : null,
    context: { start: sentence?.start ?? start, end: Math.max(sentence?.end ?? end, end) },
    contextText: sentence ? (passage.body + passage.tail).slice(sentence.start - passage.start, sentence.end - passage.start) : undefined,
    similarity: hit.similarity,
  };
}

/** Runs `work` on every item with at most `width` at a time (a pool's connections). */
async function eachLimited<T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return out;
}

export async function locateInArchive(pool: Pool, registry: SpeakerRegistry, texts: readonly string[], width: number): Promise<LocatedQuote[]> {
  const quotes = texts.map((text) => quoteWords(text));
  const frequency = await frequenciesOf(pool, quotes.flatMap((q) => q.segments.flat()));
  const found = await eachLimited(quotes, width, async (words) => {
    const exact = await exactHits(pool, words, frequency);
    return { exact, closest: exact.length ? null : await closestHit(pool, words.segments.flat(), frequency) };
  });
  // The quotations around every hit, in one query.
  const all = found.flatMap((f) => [...f.exact, ...(f.closest ? [f.closest] : [])]);
  const quotesOf = new Map<PassageHit, StoredQuotation[]>(all.map((h) => [h, []]));
  if (all.length) {
    const { rows } = await pool.query<StoredQuotation & { i: string }>(
      `SELECT h.i, ${QUOTATION_COLUMNS}
       FROM unnest($1::int[], $2::int[], $3::int[]) WITH ORDINALITY AS h(article_ord, s, e, i)
       JOIN ${SCHEMA}.quotations q ON q.article_ord = h.article_ord AND q.text_start < h.e AND q.text_end > h.s
       JOIN ${SCHEMA}.articles a ON a.ord = q.article_ord ORDER BY h.i, q.ord`,
      [all.map((h) => h.passage.article_ord), all.map((h) => h.passage.start + h.hit.start), all.map((h) => h.passage.start + h.hit.end)],
    );
    for (const row of rows) quotesOf.get(all[Number(row.i) - 1])!.push(row);
  }
  return found.map((f) => ({
    exact: f.exact.map((h) => toMatch(h, quotesOf.get(h)!, registry)),
    closest: f.closest ? toMatch(f.closest, quotesOf.get(f.closest)!, registry) : null,
  }));
}
