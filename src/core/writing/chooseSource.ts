// Which source to cite for a sentence or a selection of the draft: only one that supports it. A citation is a
// claim that the source says so; a search hit that merely shares some words is no support.
import type { CorpusIndex } from '../index/corpusIndex';
import { CLAIM_MATCH_SCORE } from '../index/corpusIndex';
import type { DraftReport } from '../draft/checkDraft';
import type { SourceLocation, TextSpan } from '../types';

/** Verdicts under which a draft quote stands in a source's quotation: that source supports it. */
const QUOTED_THERE = new Set(['matches', 'misattributed', 'altered', 'variant', 'term']);

/**
 * The source for a span of the draft: the source of a quotation in it that a source quotes, else the source sentence
 * the span restates (a claim match at the score the claim hover uses). Undefined when no source supports it.
 */
export function chooseSource(text: string, span: TextSpan, index: CorpusIndex, report?: DraftReport): SourceLocation | undefined {
  const quote = report?.quotes.find((q) => q.start >= span.start && q.end <= span.end && q.match && QUOTED_THERE.has(q.verdict) && q.match.sourceQuote);
  if (quote?.match) return quote.match.location;
  const query = text.slice(span.start, span.end).trim();
  if (!query) return undefined;
  return index.matchClaim(query, CLAIM_MATCH_SCORE)?.location;
}
