// `Dave Folta of Kelport's Valdon Rowing Club said`: a possessive inside what a person is `of` owns the body, not the
// person. Read as `Fox's Chris Wallace` (an owner before a name), the phrase had become the club, a body as speaker.
import type { Token } from '../text/sentenceTokens';
import { ORGANISATION_WORDS, ROLE_WORDS } from '../text/newsLexicon';

/** Whether the possessive at `owner` in `body` stands after `of` and a name of two capitals or more (no role, no body). */
export function ownerInsideOf(body: readonly Token[], owner: number): boolean {
  const of = body.findIndex((t) => t.lower === 'of');
  if (of < 2 || of > owner) return false;
  return body.slice(0, of).every((t) => t.cap && !t.possessive && !ROLE_WORDS.has(t.lower) && !ORGANISATION_WORDS.has(t.lower));
}
