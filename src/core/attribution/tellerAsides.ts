// `Watanabe, he says, shrugged it off.`: a pronoun with its speech verb set off right after a sentence's subject is
// the one telling about that subject, never the subject itself (no one writes `Kral, he says,` of his own account of
// himself). The pronoun looks past the subject to the teller named before; it had taken the subject, and so the
// quotation the teller went on with (`"He told me, '…'"`) was given to the one he told about. Words quoted after a
// later verb of the subject's (`Vell, he says, listened and then told him: "…"`) stay the subject's.
import { firstTokenFrom, type Token } from '../text/sentenceTokens';
import { phraseBefore, type Phrase } from './speakerPhrases';
import { isPronoun, isSpeechVerbAt, isWord } from './tokenClasses';

/**
 * Whether the pronoun starting at `offset` in `tokens` opens an aside of telling (`, he says,`) set off right after
 * the subject whose mention ends at `subjectEnd`.
 */
export function tellsOfSubject(tokens: readonly Token[], subjectEnd: number, offset: number): boolean {
  // By halves, not a walk from the sentence's start: asked at each pronoun of a long sentence, a walk is quadratic.
  const i = firstTokenFrom(tokens, offset);
  if (i < 2 || tokens[i]?.start !== offset || !isTellerAside(tokens, i + 1)) return false;
  return tokens[i - 1].start >= subjectEnd && tokens[i - 2].end <= subjectEnd;
}

/** Whether the speech verb at `v` is a pronoun's aside set off by commas (`Vell, he says, listened`). */
function isTellerAside(tokens: readonly Token[], v: number): boolean {
  return isWord(tokens[v - 1]) && isPronoun(tokens[v - 1]) && tokens[v - 2]?.text === ',' && isSpeechVerbAt(tokens, v) && tokens[v + 1]?.text === ',';
}

/**
 * For the verb at `v` of a teller's aside before a quote at `qi`: the subject before the aside when a speech verb of
 * its own stands between the aside and the quote (`Vell, he says, ... told him: "…"`), null for no one where that
 * subject is no phrase read; undefined where `v` is no such aside or no such verb follows it (`The job, he said,
 * should be to "…"`: the teller's own words, as the aside's verb tells).
 */
export function subjectPastTeller(tokens: readonly Token[], v: number, qi: number): Phrase | null | undefined {
  if (!isTellerAside(tokens, v)) return undefined;
  let spoke = false;
  for (let k = v + 2; k < qi && !spoke; k++) spoke = isSpeechVerbAt(tokens, k);
  if (!spoke) return undefined;
  const subject = phraseBefore(tokens, v - 2);
  return subject && subject.to === v - 2 ? subject : null;
}
