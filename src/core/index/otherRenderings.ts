// Another source's rendering of a passage's words: two outlets translating one foreign-language remark give the same
// speaker's words otherwise. The draft side reads a draft's third wording of them as one more rendering (see
// draft/otherRenderings.ts).
import type { SourceMatch } from '../types';
import { quoteWords, type WordHit, type WordIndex } from './wordIndex';

/**
 * Two outlets' translations of one remark share fewer words in order than a quote and its alteration (`The state will
 * purchase what the market refuses` / `The state will buy up whatever the market turns away`); the same speaker's
 * words this close in another source are taken as another rendering of them.
 */
const OTHER_RENDERING_SIMILARITY = 0.5;

/**
 * The passage closest in another article to a matched passage's words (`hit`, `match`), or else to the draft's
 * (`quoted`: a third rendering may keep words of each), where that article gives them to the same speaker worded
 * otherwise; cut to the quotation's words. `toMatch`: the index's SourceMatch for a hit.
 */
export function otherRenderingOf(words: WordIndex, toMatch: (hit: WordHit) => SourceMatch, quoted: readonly string[], hit: WordHit, match: SourceMatch): SourceMatch | null {
  if (!match.speaker || !match.sourceQuote) return null;
  const near = (sought: readonly string[]) => words.findClosest(sought, OTHER_RENDERING_SIMILARITY, hit.article);
  const other = near(quoteWords(match.sourceText).segments.flat()) ?? near(quoted);
  if (!other || other.similarity === 1) return null;
  const quote = toMatch(other).sourceQuote;
  if (!quote || quote.speaker?.key !== match.speaker.key) return null;
  // The alignment may run on into the reporter's words around the quotation: the rendering is the quotation's words.
  const start = Math.max(other.start, quote.textStart);
  const end = Math.min(other.end, quote.textEnd);
  return end > start ? toMatch({ ...other, start, end }) : null;
}
