// Which source to cite for a sentence or a selection of the draft.
import type { CorpusIndex } from '../index/corpusIndex';
import type { DraftReport } from '../draft/checkDraft';
import type { SourceLocation, TextSpan } from '../types';

/**
 * The source for a span of the draft: the source of a quotation in it that the sources carry, else the passage that
 * best matches its words. Undefined when nothing matches.
 */
export function chooseSource(text: string, span: TextSpan, index: CorpusIndex, report?: DraftReport): SourceLocation | undefined {
  const quote = report?.quotes.find((q) => q.start >= span.start && q.end <= span.end && q.match);
  if (quote?.match) return quote.match.location;
  const query = text.slice(span.start, span.end).trim();
  if (!query) return undefined;
  return index.find(query, 1)[0]?.location;
}
