// `Kral said she had heard from voters who told her they were "fed up"`: a verb of speech whose subject is `who` right
// after a noun, with no comma between (a restrictive relative clause), speaks for the people that noun names. The words are theirs; a verb of speech earlier in the sentence (`said`) must not reach past them to its own
// subject. relativeSpeakers.ts reads the clause set off by a comma after a name.
import type { Token } from '../text/sentenceTokens';
import { phraseBefore, type Phrase } from './speakerPhrases';
import { isAdverb, isWord } from './tokenClasses';
import { BETWEEN_SUBJECT_AND_VERB } from '../text/newsLexicon';

/** Words read over between the pronoun and its verb (`who later told`, `who had told`). */
const BETWEEN_WORDS = 2;

/**
 * The noun phrase a restrictive `who` clause follows, when `who` is the subject of the verb at `v` (`voters who
 * told`) and the quote at `qi` is inside the clause; null where such a clause follows no phrase; undefined where no such `who` is the subject. (`that` is left
 * alone: after a verb or its object, `told reporters that`, it opens what was said.)
 */
export function restrictiveAntecedent(tokens: readonly Token[], v: number, qi: number): Phrase | null | undefined {
  // `from a candidate who promised mass deportation: "…"`: a colon after the clause introduces the sentence's own words.
  if (tokens.slice(v + 1, qi).some((t) => t.text === ':')) return undefined;
  let k = v - 1;
  for (let n = 0; n < BETWEEN_WORDS && isWord(tokens[k]) && !tokens[k].cap && (isAdverb(tokens[k]) || BETWEEN_SUBJECT_AND_VERB.has(tokens[k].lower)); n++) k--;
  const pronoun = tokens[k];
  const noun = tokens[k - 1];
  // `voters who`: a noun in lower case right before (a name before `who` is relativeSpeakers' to read).
  if (!isWord(pronoun) || pronoun.lower !== 'who' || !isWord(noun) || noun.cap || noun.possessive) return undefined;
  const phrase = phraseBefore(tokens, k);
  // `met Ivo Peskar, the port chief who once called the plan "…"`: a description set off after a name is
  // relativeSpeakers' to read (which withholds a speaker there).
  if (phrase && tokens[phrase.from - 1]?.text === ',') return undefined;
  return phrase && phrase.to === k ? phrase : null;
}
