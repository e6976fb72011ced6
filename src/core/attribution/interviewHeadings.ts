// `Interview of President Ana Kral to the Nordic Broadcasting Corporation`, `Interview with Ana Kral`: a ministry's or
// broadcaster's transcript heads its questions and answers (`Q:`, `A:`) with whom it interviewed, and says no more;
// the answers are that person's, though the heading names the outlet too.
import type { PreparedText } from '../text/prepareText';
import type { Token } from '../text/sentenceTokens';
import { introductionSentences } from './interviewAnswers';
import type { Resolution, Resolved } from './resolvedSpeakers';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { isWord } from './tokenClasses';

/** Words that tie `interview` to its guest (`interview with`, `interview of`, `interview given by`). */
const GUEST_LINKS: ReadonlySet<string> = new Set(['with', 'of', 'by']);

/**
 * The person an introduction's `Interview of/with/by` names, resolved by `resolve` and accepted by `fullPerson`
 * (named in full); null when no such heading stands before the first question.
 */
export function headedInterviewee(
  p: PreparedText,
  resolve: (s: number, guest: Phrase) => Resolution,
  fullPerson: (found: Resolved) => boolean,
): Resolved | null {
  const n = introductionSentences(p);
  for (let s = 0; s < n; s++) {
    const tokens = p.tokensOf(s);
    const at = tokens.findIndex((t) => isWord(t) && t.lower === 'interview');
    if (at < 0) continue;
    const link = guestFrom(tokens, at + 1);
    const guest = link < 0 ? null : phraseAfter(tokens, link, false);
    const found = guest ? resolve(s, guest) : null;
    if (found && found !== 'agency' && fullPerson(found)) return found;
  }
  return null;
}

/** Where the guest's phrase starts after `interview` (past `with`, `of`, `by`, `given by`), or -1. */
function guestFrom(tokens: readonly Token[], k: number): number {
  if (isWord(tokens[k]) && tokens[k].lower === 'given') k++;
  return isWord(tokens[k]) && GUEST_LINKS.has(tokens[k].lower) && isWord(tokens[k + 1]) && tokens[k + 1].cap ? k + 1 : -1;
}
