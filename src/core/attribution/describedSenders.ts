// `Kral received a letter from the head of the council, in which he praised "..."`: a person described after `from`
// (the sender of a letter, a call, a message) stands between the sentence's named subject and a later `he`, and the
// pronoun may as well be theirs. Reading it as the subject's put the sender's words in the wrong mouth; no speaker is
// better than a wrong one.
import { DETERMINERS } from '../text/newsLexicon';
import { genderOfNoun } from '../text/personNouns';
import { firstTokenFrom, type Token } from '../text/sentenceTokens';
import { isPersonNoun } from './phraseKinds';
import { isWord, STOP_WORDS } from './tokenClasses';
// The other person of the pronoun's sex whom a subject's words keep in view, read beside the sender (ownedRelatives.ts).
export { relativeOfOwnerSex } from './ownedRelatives';

/** How far back from the pronoun the sender is looked for, in tokens: the pronoun's own clause and the one before. */
const REACH = 30;
/** The most words of a description before its head noun (`the sovereign council's chairman`). */
const DESCRIPTION_WORDS = 4;

/**
 * Whether, in one sentence's `tokens`, a person of the pronoun's sex (`want`) is described after `from` between the
 * character offsets `after` (where the candidate's mention ends) and `before` (the pronoun).
 */
export function describedSenderBetween(tokens: readonly Token[], after: number, before: number, want: string | null): boolean {
  if (want !== 'male' && want !== 'female') return false;
  const end = firstTokenFrom(tokens, before); // the pronoun's token
  for (let i = Math.max(0, end - REACH); i < end; i++) {
    if (tokens[i].start < after || !isWord(tokens[i]) || tokens[i].lower !== 'from') continue;
    const head = describedHead(tokens, i + 1, end);
    if (head && isPersonNoun(head) && (genderOfNoun(head) ?? want) === want) return true;
  }
  return false;
}

/** The head noun of a description at `k` (`the head of`, `his Sudanese counterpart`, `Sudan's envoy`), or null. */
function describedHead(tokens: readonly Token[], k: number, end: number): string | null {
  const opener = tokens[k];
  if (!isWord(opener) || !(opener.possessive || (DETERMINERS.has(opener.lower) && !opener.cap) || opener.text === 'The')) return null;
  let head: string | null = null;
  for (let j = k + 1; j < end && j <= k + DESCRIPTION_WORDS; j++) {
    const t = tokens[j];
    if (!isWord(t) || STOP_WORDS.has(t.lower)) break;
    if (!t.cap) head = t.lower;
    if (t.possessive) head = null;
  }
  return head;
}
