// An analysed article as the archive stores it (passages, quotations) and stored rows read back into the
// engine's types. Passages tile the whole article (cut at paragraph starts), so every word the embedded index
// reads stands in exactly one passage; a paragraph of more than PASSAGE_WORDS words is cut at sentence starts
// outside quotations, and one without such a place every HARD_CUT_WORDS words. Each passage also carries the first
// TAIL_WORDS words after it (its tail, in its tsvector too), so that quoted words running on across a paragraph
// break are found as the embedded index finds them (its words run on from paragraph to paragraph).
import { currentSpeaker } from '../core/index/analyzeSources';
import type { SpeakerRegistry } from '../core/attribution/speakerRegistry';
import { forEachWord, isWordCode, wordEndAt } from '../core/text/normalizeText';
import { positionAt } from '../core/text/textLines';
import type { AnalyzedArticle, AttributedQuote, AttributionMethod, Speaker } from '../core/types';
import type { SourceQuotation } from '../core/index/sourceIndex';
import { tsvectorOf, wordsOf } from './textSearchTerms';
import { firstAtLeastIn } from '../core/text/sortedNumbers';

const PASSAGE_WORDS = 1000;
const HARD_CUT_WORDS = 2000;
export const TAIL_WORDS = 32;

export interface PassageRow {
  readonly start: number;
  readonly line: number;
  readonly col: number;
  readonly body: string;
  /** The text after the passage, up to the end of its TAIL_WORDS-th word. */
  readonly tail: string;
  /** Spans [start, end) of the sentences starting in the passage, and of the one before it: article offsets, flattened. */
  readonly sentences: readonly number[];
  readonly tsv: string;
  /** The passage's own words (its tail's are counted in the passage they belong to). */
  readonly words: readonly string[];
}


/** Where the article's passages start. */
function passageStarts(article: AnalyzedArticle): number[] {
  const wordStarts: number[] = [];
  forEachWord(article.text, 0, article.text.length, (s) => wordStarts.push(s));
  const wordsBetween = (a: number, b: number) => firstAtLeastIn(wordStarts, b) - firstAtLeastIn(wordStarts, a);
  const insideQuote = (offset: number) => article.quotes.some((q) => q.start < offset && offset < q.end);
  const sentenceStarts = article.sentences.map((s) => s.start);
  const mandatory = [0, ...article.paragraphs.map((p) => p.start).filter((s) => s > 0)];
  const cuts: number[] = [];
  mandatory.forEach((from, i) => {
    const to = mandatory[i + 1] ?? article.text.length;
    cuts.push(from);
    if (wordsBetween(from, to) <= PASSAGE_WORDS) return;
    let last = from;
    for (let k = firstAtLeastIn(sentenceStarts, from + 1); k < sentenceStarts.length && sentenceStarts[k] < to; k++) {
      const s = sentenceStarts[k];
      while (wordsBetween(last, s) > HARD_CUT_WORDS) {
        last = wordStarts[firstAtLeastIn(wordStarts, last) + PASSAGE_WORDS];
        cuts.push(last);
      }
      if (wordsBetween(last, s) >= PASSAGE_WORDS && !insideQuote(s)) {
        cuts.push(s);
        last = s;
      }
    }
    while (wordsBetween(last, to) > HARD_CUT_WORDS) {
      last = wordStarts[firstAtLeastIn(wordStarts, last) + PASSAGE_WORDS];
      cuts.push(last);
    }
  });
  return [...new Set(cuts)].sort((a, b) => a - b);
}

/** Where the text's `count`-th word from `from` ends (or the end of its last word). */
function endOfWords(text: string, from: number, count: number): number {
  let end = from;
  let i = from;
  for (let n = 0; n < count && i < text.length; n++) {
    while (i < text.length && !isWordCode(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    end = wordEndAt(text, i);
    i = end;
  }
  return end;
}

export function passagesOf(article: AnalyzedArticle): PassageRow[] {
  const starts = passageStarts(article);
  const sentenceStarts = article.sentences.map((s) => s.start);
  const ends = starts.map((_, i) => starts[i + 1] ?? article.text.length);
  const words = starts.map((start, i) => wordsOf(article.text, start, ends[i]));
  return starts.map((start, i) => {
    const end = ends[i];
    const sentences: number[] = [];
    const first = firstAtLeastIn(sentenceStarts, start);
    for (let k = Math.max(0, first - 1); k < article.sentences.length && article.sentences[k].start < end; k++) sentences.push(article.sentences[k].start, article.sentences[k].end);
    const at = positionAt(article.lineStarts, start);
    // The tail's words are the next passages' first words.
    const tailWords: string[] = [];
    for (let k = i + 1; k < words.length && tailWords.length < TAIL_WORDS; k++) tailWords.push(...words[k].slice(0, TAIL_WORDS - tailWords.length));
    const tailEnd = endOfWords(article.text, end, TAIL_WORDS);
    return {
      start, line: at.line, col: at.column, body: article.text.slice(start, end), tail: article.text.slice(end, tailEnd), sentences,
      tsv: tsvectorOf([...words[i], ...tailWords]), words: words[i],
    };
  });
}

export interface QuotationRow {
  readonly ord: number;
  readonly quote: AttributedQuote;
  readonly line: number;
  readonly col: number;
  readonly context: string;
  readonly tsv: string;
}

export function quotationsOf(article: AnalyzedArticle): QuotationRow[] {
  return article.quotes.map((quote, ord) => {
    const at = positionAt(article.lineStarts, quote.start);
    const sentence = article.sentences[quote.sentence];
    return {
      ord, quote, line: at.line, col: at.column,
      context: sentence ? article.text.slice(sentence.start, sentence.end) : quote.text,
      tsv: tsvectorOf(wordsOf(article.text, quote.textStart, quote.textEnd)),
    };
  });
}

/** A stored quotation row (the columns the read queries select). */
export interface StoredQuotation {
  readonly source_id: string;
  readonly article_ord: number;
  readonly ord: number;
  readonly start: number;
  readonly end: number;
  readonly text_start: number;
  readonly text_end: number;
  readonly line: number;
  readonly col: number;
  readonly body: string;
  readonly unclosed: boolean;
  readonly sentence: number;
  readonly context: string;
  readonly speaker: Speaker | null;
  readonly speaker_spelling: string | null;
  readonly mention: AttributedQuote['mention'];
  readonly method: AttributionMethod;
  readonly is_term: boolean;
}

export const QUOTATION_COLUMNS = `a.id AS source_id, q.article_ord, q.ord, q.start, q."end", q.text_start, q.text_end, q.line, q.col, q.body,
  q.unclosed, q.sentence, q.context, q.speaker, q.speaker_spelling, q.mention, q.method, q.is_term`;

/** The quote as the engine knows it, its speaker under the name the registry gives it now. */
export function toAttributedQuote(row: StoredQuotation, registry: SpeakerRegistry): AttributedQuote {
  return {
    start: row.start, end: row.end, textStart: row.text_start, textEnd: row.text_end, text: row.body, unclosed: row.unclosed,
    sentence: row.sentence, speaker: row.speaker ? currentSpeaker(registry, row.speaker) : null, mention: row.mention,
    method: row.method, isTerm: row.is_term,
  };
}

export function toSourceQuotation(row: StoredQuotation, registry: SpeakerRegistry): SourceQuotation {
  return { sourceId: row.source_id, quote: toAttributedQuote(row, registry), at: { line: row.line, column: row.col }, context: row.context };
}
