// `what officials call "filtration"`, `what critics dubbed "a land grab"`: a word put in the mouths of an unnamed
// group by `what ... call` is that group's term, not the words of the sentence's named subject, who only reports
// it. A named or pronoun caller (`what Peskar calls "…"`, `what he called "…"`) is left to the other rules.
import { PERSONAL_PRONOUNS } from '../text/newsLexicon';
import { tokenAt, type Token } from '../text/sentenceTokens';
import { isWord } from './tokenClasses';

/** Verbs of naming in `what X call "…"`. */
const CALLING_VERBS: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'dub', 'dubs', 'label', 'labels', 'labelled', 'labeled']);

/** Pronouns of a caller the text has named before (`what it calls`, `what they call`). */
const CALLER_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'we', 'i', 'you', 'one']);

/** The most words of the unnamed caller (`what some local officials call`). */
const CALLER_WORDS = 3;

/** Whether the quote at token `qi` follows `what <unnamed, lower-case group> call`: reads at most five tokens back. */
export function isUnnamedCallersTerm(tokens: readonly Token[], qi: number): boolean {
  const verb = tokenAt(tokens, qi - 1);
  if (!isWord(verb) || !CALLING_VERBS.has(verb.lower)) return false;
  for (let k = qi - 2; k >= 0 && k >= qi - 2 - CALLER_WORDS; k--) {
    const t = tokens[k];
    if (!isWord(t)) return false;
    if (t.lower === 'what') return k < qi - 2;
    if (t.cap || t.possessive || PERSONAL_PRONOUNS.has(t.lower) || CALLER_PRONOUNS.has(t.lower)) return false;
  }
  return false;
}
