// `I put that point to Maddox. "The shops are dying," he said.`: a columnist or reporter who writes in the first
// person asks someone, and the next `he` (`she`) is the one asked, never the writer (an `I` is no `he`). Without a
// named subject to ask from, the object was passed over and the pronoun went back to whoever was named before it.
import type { Token } from '../text/sentenceTokens';
import { askedAfter, pronounAsks, type Asked } from './askedObjects';
import { isWord } from './tokenClasses';

/** First-person subjects a writer asks with (`I asked`, `We put the question to`). */
const WRITER_SUBJECTS: ReadonlySet<string> = new Set(['I', 'We']);
/** Words that may open the sentence before the writer (`So I asked`, `Later I put the point to`). */
const OPENERS: ReadonlySet<string> = new Set(['so', 'and', 'but', 'then', 'later', 'finally']);

/** The end offset of a sentence's opening first-person subject, after which an asking verb may follow; null if none. */
function writerSubjectEnd(tokens: readonly Token[]): number | null {
  let i = 0;
  if (isWord(tokens[i]) && OPENERS.has(tokens[i].lower)) i++;
  const subject = tokens[i];
  return isWord(subject) && WRITER_SUBJECTS.has(subject.text) ? subject.end : null;
}

/**
 * Whom sentence `tokens` asks before a pronoun at offset `offset` of `pronounTokens`, as that pronoun wanting `want`
 * reads it: from the sentence's subject (`Kral pressed him on`) or, in a sentence before the pronoun's with no subject
 * read, from the writer's `I`/`We`. Null when the pronoun itself asks (`he asked`: it is the asker, not the one asked).
 */
export function askedBefore(tokens: readonly Token[], subject: { readonly mention: { readonly start: number; readonly end: number } } | null, earlier: boolean, pronounTokens: readonly Token[], offset: number, want: string | null): Asked | null {
  const end = subject ? (subject.mention.start < offset ? subject.mention.end : null) : earlier ? writerSubjectEnd(tokens) : null;
  return end !== null && !pronounAsks(pronounTokens, offset) ? askedAfter(tokens, end, want) : null;
}
