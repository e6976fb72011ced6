// Words a draft moves into a quote from just outside the passage it matched. Translations order a sentence their
// own way (`I want to say this to the Kyiv regime: …` / `To the Kyiv regime I want to say this: …`); the closest
// passage then leaves the moved words out at its edge, and the draft seems to add them. Words that stand right
// beside the passage in the same source quotation are the speaker's, moved, not added.
import { tokenizeWords } from '../text/normalizeText';
import type { SourceMatch } from '../types';
import type { QuoteDifference } from './quoteDiff';

/** Fewer words moved could be a word taken from anywhere to change the sentence (`the plan` / `the mayor`). */
const MIN_MOVED_WORDS = 3;

/** Moved words and the passage stand in one sentence: no sentence ends between them (`forever. We will …`). */
const SENTENCE_END = /[.!?]/;

/**
 * The difference with each added run that stands, word for word, right before or right after the matched passage
 * in its source quotation counted as the source's own words. Unchanged where the passage lies in no quotation.
 */
export function withMovedWords(difference: QuoteDifference, match: SourceMatch): QuoteDifference {
  const quote = match.sourceQuote;
  if (!quote || match.joinedQuotes) return difference;
  const from = match.location.start - quote.textStart;
  const to = match.location.end - quote.textStart;
  if (from < 0 || to > quote.text.length) return difference;
  const before = tokenizeWords(quote.text.slice(0, from));
  const after = tokenizeWords(quote.text.slice(to));
  let moved = false;
  const parts = difference.parts.map((part) => {
    if (part.kind !== 'added' || part.said !== undefined) return part;
    const words = tokenizeWords(part.text).map((t) => t.word);
    if (words.length < MIN_MOVED_WORDS) return part;
    const same = (edge: typeof before) => edge.length === words.length && edge.every((t, i) => t.word === words[i]);
    const justBefore = before.slice(-words.length);
    const justAfter = after.slice(0, words.length);
    const movedBack = same(justBefore) && !SENTENCE_END.test(quote.text.slice(justBefore[0].start, from));
    const movedForward = same(justAfter) && !SENTENCE_END.test(quote.text.slice(to, to + justAfter[justAfter.length - 1].end));
    if (!movedBack && !movedForward) return part;
    moved = true;
    return { kind: 'same' as const, text: part.text };
  });
  return moved ? { ...difference, parts } : difference;
}
