// `The guide on the run that killed Tom Berg told the inquest …`: `that` or `which` right after a noun and right before
// a verb is the subject of a relative clause, and the name after that verb its object, never the sentence's subject.
// (`told reporters that Kral said`: `that` before a name opens what was said; the name is then the clause's subject.)
import type { Token } from '../text/sentenceTokens';
import { actsAsVerb, isVerbLike, isWord, STOP_WORDS } from './tokenClasses';

/**
 * Whether the `that` or `which` at `k` opens a relative clause whose verb follows it at once (`the run that killed`,
 * `the firm which employs`), after a lower-case noun: not after a verb (`said that`), a function word (`so that`,
 * `now that`) or a capital (`Kral that`).
 */
export function opensRestrictiveClause(tokens: readonly Token[], k: number): boolean {
  const relative = tokens[k];
  if (!isWord(relative) || (relative.lower !== 'that' && relative.lower !== 'which')) return false;
  const noun = tokens[k - 1];
  const verb = tokens[k + 1];
  if (!isWord(noun) || noun.cap || noun.possessive || isVerbLike(noun) || STOP_WORDS.has(noun.lower)) return false;
  return actsAsVerb(verb);
}
