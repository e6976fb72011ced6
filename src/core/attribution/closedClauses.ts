// A quote that closes a clause of its own at the start of a sentence (`In a clip that Judge Vell called
// "distasteful," Dorn expressed a wish to "…"`): no verb inside that clause speaks for the main clause after it.
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, phraseBefore } from './speakerPhrases';
import { namesSomeone } from './namePhrases';
import { actsAsVerb, isGerund, isSpeechVerbAt, isWord, SUBORDINATORS } from './tokenClasses';

/**
 * Whether the quote at `k` closes, with a comma, a clause of a named subject's own that a subordinator or relative
 * opens (`In a clip that Judge Vell called "distasteful," Dorn expressed a wish to "…"`), and another named subject's
 * verb follows it: the clause is the opening's, and its verb speaks no quote of the main clause after it. (Not `said
 * that by refusing to say "radical Islam," Democrats are "…"`: that clause has no subject of its own, and the words
 * after it are still the reported ones.)
 */
export function namedClauseAfterQuote(tokens: readonly Token[], k: number, endsWithComma: (quote: number) => boolean): boolean {
  const t = tokens[k];
  if (t?.kind !== 'quote') return false;
  // The comma closing the clause stands after the closing mark or, in American style, inside it (`"distasteful,"`).
  const after = tokens[k + 1]?.text === ',' ? k + 2 : endsWithComma(t.quote) ? k + 1 : -1;
  const subject = after < 0 ? null : phraseAfter(tokens, after, true);
  if (!subject || !namesSomeone(tokens, subject) || !actsAsVerb(tokens[subject.to]) || isSpeechVerbAt(tokens, subject.to)) return false;
  // The closed clause: a speech verb right before the quote, its named subject opened by a subordinator or relative.
  const v = k - 1;
  if (!isSpeechVerbAt(tokens, v) || isGerund(tokens[v])) return false;
  const speaker = phraseBefore(tokens, v);
  if (!speaker || !namesSomeone(tokens, speaker)) return false;
  // The phrase read may hold its opener (`that Judge Vell`).
  const opens = (w: Token | undefined) => isWord(w) && OPENERS.has(w.lower);
  return opens(tokens[speaker.from]) || opens(tokens[speaker.from - 1]);
}

/** Words that open a clause describing or placing something (`a clip that Vell called`), or a subordinate one. */
const OPENERS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'where', ...SUBORDINATORS]);
