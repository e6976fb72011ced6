// `Calling the schedule "a disaster for parents," Principal Hale asked the board to reconsider.`, `Acknowledging that
// the plan "has holes," though, Pearson said the vote goes ahead.`: a sentence that opens with a participle of saying
// has the subject of its main clause for that participle's subject, so a quote inside the opening clause is in that
// subject's words. Only where the clause is the participle's own: no speech verb, possessive name or comma between the
// participle and the quote (`Citing Kral's "plan,"`, `Noting a report that called it "a waste,"` quote someone else),
// and nothing after the quote but a comma and an adverb or two before the subject.
import type { Token } from '../text/sentenceTokens';
import { isAdverb, isSpeechVerbAt, isWord } from './tokenClasses';

/** Participles of saying that open a clause whose subject is the main clause's; not of perceiving (`Reading`, `Hearing`). */
const SAYING_PARTICIPLES: ReadonlySet<string> = new Set([
  'acknowledging', 'admitting', 'arguing', 'asserting', 'calling', 'citing', 'claiming', 'complaining', 'conceding', 'declaring',
  'describing', 'dubbing', 'explaining', 'insisting', 'joking', 'labeling', 'labelling', 'lamenting', 'noting', 'pledging',
  'predicting', 'promising', 'saying', 'stressing', 'suggesting', 'urging', 'vowing', 'warning',
]);

/** How many tokens the opening clause may run before its quote: a writer's clause, and a bounded read a quote. */
const CLAUSE_REACH = 40;

/**
 * Where the main clause's subject opens, when the quote at `qi` (its words `quoteText`) lies in a clause opened at
 * `first` by a participle of saying, or -1: after the quote a comma (inside the marks or out) and at most an adverb
 * set off by commas (`, though,`).
 */
export function frontedSubjectStart(tokens: readonly Token[], first: number, qi: number, quoteText: string): number {
  const opener = tokens[first];
  if (!isWord(opener) || !opener.cap || !SAYING_PARTICIPLES.has(opener.lower) || qi <= first + 1 || qi - first > CLAUSE_REACH) return -1;
  for (let k = first + 1; k < qi; k++) {
    const t = tokens[k];
    if (t.kind === 'quote' || t.text === ',' || t.text === ';' || (t.cap && t.possessive) || isSpeechVerbAt(tokens, k)) return -1;
  }
  let k = qi + 1;
  let comma = /,\s*$/.test(quoteText); // `"... stuff," Allen said`: the comma inside the marks
  if (tokens[k]?.text === ',') (comma = true), k++;
  if (isWord(tokens[k]) && isAdverb(tokens[k]) && tokens[k + 1]?.text === ',') k += 2;
  return comma && k < tokens.length && isWord(tokens[k]) ? k : -1;
}
