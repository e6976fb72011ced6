// "Use the source's wording": the text that replaces the words between the draft's quotation marks. A well-formed
// passage or none: inside one source quotation and one source paragraph, no quotation mark of the source carried
// along; the draft's final punctuation inside the marks, its quotation and apostrophe style kept.
import { normalizePhrase } from '../text/normalizeText';
import type { AnalyzedArticle, DraftQuoteReport, TextSpan } from '../types';

/** Double quotation marks: the passage goes between the draft's own, so it may hold none. */
const DOUBLE_MARKS = /["“”„«»]/;
const CURLY_OPENING = new Set(['“', '‘', '«', '„']);

/** Whether the document writes apostrophes curly (`don’t`) rather than straight (`don't`); undecided: undefined. */
function curlyApostrophes(text: string, limit = 200_000): boolean | undefined {
  const sample = text.slice(0, limit);
  const curly = sample.match(/\p{L}’\p{L}/gu)?.length ?? 0;
  const straight = sample.match(/\p{L}'\p{L}/gu)?.length ?? 0;
  return curly === straight ? undefined : curly > straight;
}

/** Single marks and apostrophes in the draft's style. */
function restyle(passage: string, curlyQuotes: boolean, curlyApostrophe: boolean): string {
  return passage.replace(/['‘’]/g, (_mark, at: number) => {
    const before = passage[at - 1] ?? ' ';
    const after = passage[at + 1] ?? ' ';
    if (/\p{L}/u.test(before) && /\p{L}/u.test(after)) return curlyApostrophe ? '’' : "'";
    if (!curlyQuotes) return "'";
    return /[\s([{\-—–]/.test(before) ? '‘' : '’';
  });
}

/** The source span of the match, kept inside the source quotation it lies in. */
function quotedSpan(report: DraftQuoteReport): TextSpan | null {
  const match = report.match!;
  let { start, end } = match.location;
  const quote = match.sourceQuote;
  if (quote) {
    start = Math.max(start, quote.textStart);
    end = Math.min(end, quote.textEnd);
  }
  return end > start ? { start, end } : null;
}

/**
 * The source's wording for the words between the marks of the draft's quotation `report`, or null when there is
 * none to offer: no match, an unclosed quotation (where it ends is not known), a passage that would cross a source
 * paragraph or carry a quotation mark, or the same words already.
 */
export function sourceWordingFor(report: DraftQuoteReport, article: AnalyzedArticle, documentText: string): string | null {
  if (report.unclosed || !report.match || report.match.location.sourceId !== article.id) return null;
  const span = quotedSpan(report);
  if (!span || !article.paragraphs.some((p) => p.start <= span.start && span.end <= p.end)) return null;
  let passage = article.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  if (DOUBLE_MARKS.test(passage)) return null;
  // `"…," she said`: the comma is the attribution's, not the words'.
  passage = passage.replace(/[\s,;:]+$/, '');
  // The draft's own punctuation before its closing mark (`harbour.”`, `harbour,” he said`) stays.
  const ending = /[.,;:!?…]+$/.exec(report.text)?.[0];
  if (ending && !/[.!?…]$/.test(passage)) passage += ending;
  const opening = documentText[report.start] ?? '"';
  passage = restyle(passage, CURLY_OPENING.has(opening), curlyApostrophes(documentText) ?? CURLY_OPENING.has(opening));
  if (!passage || passage === report.text || normalizePhrase(passage) === normalizePhrase(report.text)) return null;
  return passage;
}
