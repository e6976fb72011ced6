// A writer may join what a speaker said in two quotations with an ellipsis (`"We will not abandon the ferry ... The
// council must decide."`) where the source has `"We will not abandon the ferry," Renn said. "The council must
// decide."`: the words between the fragments are the reporter's, yet every fragment is the speaker's. Such a match
// lies in quotations all the same, and is theirs; fragments from two speakers' quotations are nobody's one quote.
import type { TextSpan } from '../types';

/**
 * The quotations (in the source's order) that a shortened quote's fragments stand in, when each fragment lies
 * within one, they are more than one, and one speaker said them all; else null. `fragments`: the fragments'
 * offsets; `span` and `speakerKey` read a quotation's words and its speaker (null: nobody identified).
 */
export function joinedQuotations<Q>(fragments: readonly TextSpan[], quotes: readonly Q[], span: (q: Q) => TextSpan, speakerKey: (q: Q) => string | null): Q[] | null {
  if (fragments.length < 2) return null;
  const holding: Q[] = [];
  for (const fragment of fragments) {
    const quote = quotes.find((q) => span(q).start <= fragment.start && fragment.end <= span(q).end);
    if (quote === undefined) return null;
    if (!holding.includes(quote)) holding.push(quote);
  }
  if (holding.length < 2) return null;
  const speaker = speakerKey(holding[0]);
  return speaker !== null && holding.every((q) => speakerKey(q) === speaker) ? holding : null;
}
