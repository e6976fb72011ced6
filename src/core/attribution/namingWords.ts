// `Zelenka has a word for it: "theft."`, `Kral had a name for the plan: "a tax on the poor."`: a sentence whose
// subject has a word (a name, a term) for something, then a colon, quotes that subject's word. No verb of saying
// stands before the colon, so the words had been left to no one.
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { isWord } from './tokenClasses';

const HAVING: ReadonlySet<string> = new Set(['has', 'had', 'have']);
/** What a subject may have for something, whose wording the colon gives. */
const NAMING_NOUNS: ReadonlySet<string> = new Set(['word', 'name', 'term', 'phrase', 'label', 'nickname', 'description', 'answer', 'message']);
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'one', 'another', 'his', 'her', 'their', 'its', 'the']);
/** The most tokens after `for` before the colon (`for the new fare system:`). */
const OBJECT_TOKENS = 4;

/**
 * The subject (a phrase from `first`, the sentence's first content token) of `<subject> has a word for <it>:` ending
 * at the colon `colon`, or null when the sentence is no such naming.
 */
export function namerBeforeColon(tokens: readonly Token[], first: number, colon: number): Phrase | null {
  if (tokens[colon]?.text !== ':') return null;
  let k = colon - 1;
  while (k > first && colon - k <= OBJECT_TOKENS && isWord(tokens[k]) && tokens[k].lower !== 'for') k--;
  if (tokens[k]?.lower !== 'for' || k === colon - 1) return null;
  let n = k - 1;
  if (!isWord(tokens[n]) || !NAMING_NOUNS.has(tokens[n].lower)) return null;
  n--;
  if (isWord(tokens[n]) && tokens[n].lower === 'own') n--;
  if (!isWord(tokens[n]) || !DETERMINERS.has(tokens[n].lower)) return null;
  n--;
  if (!isWord(tokens[n]) || !HAVING.has(tokens[n].lower)) return null;
  const subject = phraseAfter(tokens, first, true);
  return subject && subject.from === first && subject.to === n ? subject : null;
}
