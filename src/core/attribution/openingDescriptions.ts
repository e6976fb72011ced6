// A sentence that opens with an indefinite description of its subject before the subject itself: `A former comedian,
// Volodymyr Zelenskiy took office in 2019.`, `A mother of three, she plans to vote.` The description is no one; the
// name or pronoun after its comma, with a verb right after it, is whom the sentence is about.
import type { Token } from '../text/sentenceTokens';
import { namesSomeone, phraseAfter, type Phrase } from './speakerPhrases';
import { actsAsVerb, isPronoun, isVerbLike, isWord } from './tokenClasses';

/** The longest opening description passed over, in tokens. */
const DESCRIPTION_TOKENS = 15;

/** The subject after an opening `a`/`an` description read as `phrase`, or null when the sentence has no such build. */
export function subjectAfterDescription(tokens: readonly Token[], phrase: Phrase): Phrase | null {
  const first = tokens[phrase.from];
  if (!isWord(first) || (first.lower !== 'a' && first.lower !== 'an')) return null;
  let comma = phrase.to;
  while (comma < tokens.length && comma - phrase.from < DESCRIPTION_TOKENS && tokens[comma].text !== ',') {
    // A verb or a quote before the comma: the description is the subject of a clause of its own (`A man said, "..."`).
    if (tokens[comma].kind === 'quote' || (isWord(tokens[comma]) && isVerbLike(tokens[comma]))) return null;
    comma++;
  }
  if (tokens[comma]?.text !== ',') return null;
  const next = phraseAfter(tokens, comma + 1, true);
  const verb = next ? tokens[next.to] : undefined;
  if (!next || !actsAsVerb(verb)) return null;
  const one = next.to - next.from === 1 && isPronoun(tokens[next.from]);
  return one || namesSomeone(tokens, next) ? next : null;
}
