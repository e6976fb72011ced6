// `Kral attacked Berg, a day after the president went on television to call the virus "a little flu."`: an infinitive
// of speech inside a subordinate clause (`after`, `when`, `once`, ... then a subject and its verb) has that clause's
// subject for its own. The sentence's subject (Kral) had been given the words, which are the president's.
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { isVerbLike, isWord, SUBORDINATORS } from './tokenClasses';

/** How far before the infinitive the subordinator may stand, in tokens. */
const CLAUSE_REACH = 16;

/**
 * The subject of the subordinate clause an infinitive `to <verb>` at `v` closes, or null: the nearest subordinator
 * before it (not `as`, an aside's, nor `if`), with no comma, semicolon or quote between (the clause is one stretch of
 * words), then a phrase and its verb, both before `to`.
 */
export function subordinateInfinitiveSubject(tokens: readonly Token[], v: number): Phrase | null {
  if (tokens[v - 1]?.lower !== 'to') return null;
  for (let k = v - 2; k >= 0 && k >= v - CLAUSE_REACH; k--) {
    const t = tokens[k];
    if (t.kind === 'quote' || t.text === ';' || t.text === ',' || t.text === ':') return null;
    if (!isWord(t) || t.cap || !SUBORDINATORS.has(t.lower) || t.lower === 'as' || t.lower === 'if' || t.lower === 'unless') continue;
    const subject = phraseAfter(tokens, k + 1, true);
    const verb = subject ? tokens[subject.to] : undefined;
    return subject && subject.to < v - 1 && isWord(verb) && isVerbLike(verb) ? subject : null;
  }
  return null;
}
