// `a syllabus for a class called "Perception"`, `a plan dubbed "Sunrise"`: a participle that gives a thing its name.
// It reports no one's speech, so a later participle in the sentence (`…, writing "…"`) goes on from the clause's
// subject past it. Read as a speech verb, it had made the thing (`a 2002 psychology class`) the writer of the words.
import type { Token } from '../text/sentenceTokens';
import { isPersonNoun } from './phraseKinds';
import { isPronoun, isRoleWord, isWord } from './tokenClasses';

const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(['called', 'dubbed', 'named', 'titled', 'entitled', 'labelled', 'labeled', 'termed', 'nicknamed', 'branded']);

/**
 * Whether the verb at `k` names the thing right before it (`class called "…"`): a naming participle, a quotation
 * mark right after it, and before it a lower-case noun that is neither a person (`the spokesman called "…"`, a
 * speaker's verb) nor a pronoun. A capital before it (`Kral called "…"`, `what Kral called "…"`) is a speaker's.
 */
export function namesAThing(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k];
  const noun = tokens[k - 1];
  return isWord(verb) && NAMING_PARTICIPLES.has(verb.lower) && tokens[k + 1]?.kind === 'quote' && isWord(noun) && !noun.cap && !isPronoun(noun) && !isRoleWord(noun) && !isPersonNoun(noun.lower);
}
