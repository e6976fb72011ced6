// Search and completion over the archive. Completion: quotations whose words continue what was typed, found with
// a phrase query whose last word is a prefix (`'all' <-> 'av':*`), quote starts first, in source order; when the
// words as typed begin no quote, quotations with a similar run of words (pg_trgm `<%`, typos). Search: passages
// holding the query's rarest words, their sentences and quotations scored by the share of the query's words they
// hold, as the embedded index scores them.
import type { Pool } from 'pg';
import type { SpeakerRegistry } from '../core/attribution/speakerRegistry';
import { processTerm, SPLIT } from '../core/index/passageSearch';
import { normalizePhrase, tokenizeWords } from '../core/text/normalizeText';
import { computeLineStarts, positionAt } from '../core/text/textLines';
import type { PassageMatch, QuoteCompletion } from '../core/types';
import type { PassageRecord } from './archiveLocate';
import { SCHEMA } from './archiveSchema';
import { QUOTATION_COLUMNS, toAttributedQuote, type StoredQuotation } from './archiveRows';
import { allOf, anyOf, combinations, lexeme, phraseQuery } from './textSearchTerms';

const COMPLETION_CANDIDATES = 400;
const SEARCH_PASSAGES = 300;

function completionEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s,;:\u2014\u2013-]/.test(text[end - 1])) end--;
  return end;
}

function locationIn(q: StoredQuotation, offset: number, sourceId: string) {
  const local = positionAt(computeLineStarts(q.body), offset - q.text_start);
  // The quotation's words start one mark after its opening mark (line, col).
  const first = { line: q.line, column: q.col + (q.text_start - q.start) };
  return { sourceId, start: offset, line: first.line + local.line, column: local.line === 0 ? first.column + local.column : local.column };
}

export async function completeInArchive(pool: Pool, registry: SpeakerRegistry, prefix: string, limit: number): Promise<QuoteCompletion[]> {
  const typed = tokenizeWords(prefix).map((t) => t.word);
  const finished = /[\s,;:.!?]$/.test(prefix);
  const whole = finished ? typed : typed.slice(0, -1);
  const partial = finished ? '' : typed[typed.length - 1] ?? '';
  const condition = typed.length ? `AND q.tsv @@ $1::tsquery` : `AND $1::text IS NOT NULL`;
  const { rows } = await pool.query<StoredQuotation>(
    `SELECT ${QUOTATION_COLUMNS} FROM ${SCHEMA}.quotations q JOIN ${SCHEMA}.articles a ON a.ord = q.article_ord
     WHERE NOT q.is_term ${condition} ORDER BY q.article_ord, q.ord LIMIT ${COMPLETION_CANDIDATES}`,
    [typed.length ? phraseQuery([...whole, ...(partial ? [partial] : [])], !!partial) : ''],
  );
  const candidates: Array<{ row: StoredQuotation; start: number; end: number; atQuoteStart: boolean }> = [];
  let starts = 0;
  outer: for (const row of rows) {
    const words = tokenizeWords(row.body);
    for (let at = 0; at + whole.length <= words.length; at++) {
      if (!whole.every((w, i) => words[at + i].word === w)) continue;
      const next = words[at + whole.length];
      if (partial ? !next?.word.startsWith(partial) : !next && whole.length > 0) continue;
      const start = row.text_start + (words[at]?.start ?? 0);
      candidates.push({ row, start, end: completionEnd(row.body, start - row.text_start, row.body.length) + row.text_start, atQuoteStart: at === 0 });
      if (at === 0 && ++starts >= limit) break outer;
      if (whole.length === 0 && !partial) break;
    }
  }
  candidates.sort((a, b) => Number(b.atQuoteStart) - Number(a.atQuoteStart) || a.row.article_ord - b.row.article_ord || a.start - b.start);
  const out: QuoteCompletion[] = [];
  const seen = new Set<string>();
  const add = (row: StoredQuotation, start: number, end: number, score: number) => {
    const text = row.body.slice(start - row.text_start, end - row.text_start);
    const quote = toAttributedQuote(row, registry);
    const key = `${normalizePhrase(text)}|${quote.speaker?.key ?? ''}`;
    if (seen.has(key) || !text.trim() || out.length >= limit) return;
    seen.add(key);
    out.push({ quote: text, speaker: quote.speaker, location: { ...locationIn(row, start, row.source_id), end }, context: row.context, score });
  };
  for (const c of candidates) add(c.row, c.start, c.end, c.atQuoteStart ? 1 : 0.8);
  if (out.length === 0 && /\p{L}{2}/u.test(prefix)) {
    const typo = await pool.query<StoredQuotation & { similarity: number }>(
      `SELECT ${QUOTATION_COLUMNS}, word_similarity($1, q.body) AS similarity FROM ${SCHEMA}.quotations q JOIN ${SCHEMA}.articles a ON a.ord = q.article_ord
       WHERE NOT q.is_term AND $1 <% q.body ORDER BY similarity DESC, q.article_ord, q.ord LIMIT $2`,
      [prefix, limit],
    );
    for (const row of typo.rows) add(row, row.text_start, completionEnd(row.body, 0, row.body.length) + row.text_start, 0.5 * row.similarity);
  }
  return out;
}

export async function findInArchive(pool: Pool, registry: SpeakerRegistry, text: string, limit: number): Promise<PassageMatch[]> {
  const terms = [...new Set(text.split(SPLIT).map((t) => processTerm(t)).filter((t): t is string => !!t))];
  if (terms.length === 0) return [];
  const typingLastWord = !/[\s.,;:!?"\u201D\u2019)]$/.test(text) && terms[terms.length - 1].length >= 3;
  const { rows: counted } = await pool.query<{ word: string; frequency: string }>(`SELECT word, frequency FROM ${SCHEMA}.words WHERE word = ANY($1)`, [terms]);
  const frequency = new Map(counted.map((r) => [r.word, Number(r.frequency)]));
  const last = terms[terms.length - 1];
  const known = terms.filter((t) => frequency.has(t) && !(typingLastWord && t === last)).sort((a, b) => frequency.get(a)! - frequency.get(b)!);
  const parts = known.slice(0, 3).map(lexeme);
  if (typingLastWord) parts.push(`${lexeme(last)}:*`);
  if (parts.length === 0) return [];
  const query = parts.length === 1 ? parts[0] : anyOf(combinations(parts, 2).map(allOf));
  const { rows: passages } = await pool.query<PassageRecord>(
    `SELECT a.id AS source_id, p.article_ord, p.start, p.line, p.col, p.body, p.tail, p.sentences FROM ${SCHEMA}.passages p
     JOIN ${SCHEMA}.articles a ON a.ord = p.article_ord WHERE p.tsv @@ $1::tsquery ORDER BY p.article_ord, p.start LIMIT ${SEARCH_PASSAGES}`,
    [query],
  );
  const holds = (word: string, term: string, i: number) => word === term || (typingLastWord && i === terms.length - 1 && word.startsWith(term));
  const share = (body: string, from: number, to: number) => {
    const words = tokenizeWords(body, Math.max(0, from), Math.min(body.length, to)).map((t) => t.word.replace(/'s$/, ''));
    return terms.filter((term, i) => words.some((w) => holds(w, term, i))).length / terms.length;
  };
  const quotes = passages.length
    ? (await pool.query<StoredQuotation>(
        `SELECT ${QUOTATION_COLUMNS} FROM unnest($1::int[], $2::int[], $3::int[]) AS h(article_ord, s, e)
         JOIN ${SCHEMA}.quotations q ON q.article_ord = h.article_ord AND q.text_start >= h.s AND q.text_start < h.e AND NOT q.is_term
         JOIN ${SCHEMA}.articles a ON a.ord = q.article_ord`,
        [passages.map((p) => p.article_ord), passages.map((p) => p.start), passages.map((p) => p.start + p.body.length)],
      )).rows
    : [];
  const hits: PassageMatch[] = [];
  for (const p of passages) {
    const lines = computeLineStarts(p.body);
    const location = (start: number, end: number) => {
      const local = positionAt(lines, start - p.start);
      return { sourceId: p.source_id, start, end, line: p.line + local.line, column: local.line === 0 ? p.col + local.column : local.column };
    };
    const own: PassageMatch[] = [];
    for (let i = 0; i < p.sentences.length; i += 2) {
      const [start, end] = [p.sentences[i], p.sentences[i + 1]];
      if (start < p.start) continue;
      const s = share(p.body, start - p.start, end - p.start);
      if (s > 0) own.push({ kind: 'sentence', location: location(start, end), text: p.body.slice(start - p.start, end - p.start), context: { start, end }, speaker: null, score: s });
    }
    for (const q of quotes.filter((q) => q.article_ord === p.article_ord && q.text_start >= p.start && q.text_start < p.start + p.body.length)) {
      const s = share(p.body, q.text_start - p.start, q.text_end - p.start);
      const sentence = own.find((m) => m.context.start <= q.text_start && q.text_end <= m.context.end);
      if (s > 0 && s >= (sentence?.score ?? 0)) {
        own.push({ kind: 'quote', location: location(q.text_start, q.text_end), text: q.body, context: sentence?.context ?? { start: q.text_start, end: q.text_end }, speaker: toAttributedQuote(q, registry).speaker, score: s * 1.01 });
      }
    }
    own.sort((a, b) => b.score - a.score);
    hits.push(...own.slice(0, 3));
  }
  hits.sort((a, b) => b.score - a.score);
  return hits.slice(0, limit).map((h) => ({ ...h, score: Math.min(1, Math.round(h.score * 1000) / 1000) }));
}

