// `Marsh received a briefing on Wednesday, and his spokesman said it had become clear that …` ¶ `"…," he said.`: the
// second clause's subject reports words; a `he` after the sentence means that speaker, nearer than the sentence's own
// subject. Read like a semicolon clause's subject (openingClauses.ts), as a pronoun's candidate at its place. So is the
// named subject of what a group of unnamed people reports (`aides say Ana Kral advises`).
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { actsAsVerb, isPronoun, isWord } from './tokenClasses';
import { namesSomeone } from './namePhrases';

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
  const reported = reportedSubject(tokens);
  if (reported) found.push(reported);
  return found;
}

/** Verbs a group reports with (`aides say`, `officials said`). */
const GROUP_REPORTING = /^(?:say|said)$/;

/**
 * `In addition, aides say Ivanka Kral also advises her father on pay.` ¶ `"…," she said.`: a sentence whose subject is
 * a group of unnamed people (a plural noun opening it) reporting what a named person does; that person is the one a
 * later `he` or `she` can mean, the group never. The pronoun had reached past them to someone named before.
 */
function reportedSubject(tokens: readonly Token[]): Phrase | null {
  for (let k = 1; k + 1 < tokens.length && k < 12; k++) {
    const verb = tokens[k];
    if (!isWord(verb) || !GROUP_REPORTING.test(verb.lower)) continue;
    const group = tokens[k - 1];
    if (!isWord(group) || group.cap || !/^[a-z]{3,}s$/.test(group.lower) || group.lower.endsWith('ss')) return null;
    const phrase = phraseAfter(tokens, k + 1, true);
    return phrase && namesSomeone(tokens, phrase) && tokens.slice(phrase.from, phrase.to).every((t) => t.cap) && actsAsVerb(tokens[phrase.to]) ? phrase : null;
  }
  return null;
}
