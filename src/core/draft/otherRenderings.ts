// A remark the sources themselves word in two ways (two outlets' translations of one foreign-language remark) has no
// one wording a draft must keep: the draft's other words for it are a further rendering, reported as information
// naming the wordings, not an `altered` warning. A writer's change of words the sources agree on stays a warning, and
// so does a change of meaning (a negation, a number, a hedge) against every wording the sources give.
import type { SourceMatch } from '../types';
import { diffQuote, type QuoteDifference, type SamePerson } from './quoteDiff';
import { withMovedWords } from './movedWords';

export interface Rendering {
  readonly match: SourceMatch;
  readonly difference: QuoteDifference;
}

/**
 * The wording a draft quote renders otherwise, where the sources give its closest passage (`closest`, whose
 * difference from the draft is `difference`) another wording of their own (`other`): the one the draft changes no
 * meaning of, the closest first. Null when the sources have one wording, or the draft changes the meaning of both.
 */
export function otherRenderingOf(draftText: string, closest: Rendering, other: SourceMatch | null, samePerson: SamePerson): Rendering | null {
  if (other === null) return null;
  if (closest.difference.meaning.length === 0) return closest;
  const difference = withMovedWords(diffQuote(draftText, other.sourceText, { samePerson }), other);
  return difference.meaning.length === 0 ? { match: other, difference } : null;
}
