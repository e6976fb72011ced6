// `Marsh received a briefing on Wednesday, and his spokesman said it had become clear that …` ¶ `"…," he said.`: the
// second clause's subject reports words; a `he` after the sentence means that speaker, nearer than the sentence's own
// subject. Read like a semicolon clause's subject (openingClauses.ts), as a pronoun's candidate at its place.
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { isPronoun, isWord } from './tokenClasses';

/** Verbs that report words plainly: a judging verb (`condemned`, `criticised`) says what was thought of something. */
const REPORTING = /^(?:said|says|told|tells|added|adds|explained|stated|confirmed|announced)$/;
/** Words opening a group (`some Labour MPs`, `other members`): never the one a `he` or `she` stands for. */
const QUANTIFIERS = /^(?:some|many|several|other|others|most|all|few|both|two|three)$/;

/** The subjects of clauses after `, and` / `, but` that a speech verb follows at once (`, and his spokesman said`). */
export function coordinatedSpeakers(tokens: readonly Token[]): Phrase[] {
  const found: Phrase[] = [];
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (tokens[k - 1].text !== ',' || !isWord(tokens[k]) || (tokens[k].lower !== 'and' && tokens[k].lower !== 'but')) continue;
    const phrase = phraseAfter(tokens, k + 1, true);
    // A pronoun there is resolved by the very search that asks (`, and he said`): its own antecedent stands earlier.
    if (!phrase || isPronoun(tokens[phrase.from]) || QUANTIFIERS.test(tokens[phrase.from].lower) || !REPORTING.test(tokens[phrase.to]?.lower ?? '')) continue;
    found.push(phrase);
  }
  return found;
}
