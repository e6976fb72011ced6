// An attribution set off inside a subject: `Peskar, Kral said, had told her: "…"`, `The lawyer, Kral recalled, said
// "…"`. The aside tells who reports the sentence; the verb after it is the subject's before it, who says the words.
// The phrase reader stops at the aside's comma, so the aside's speaker had been given them. So with a relative clause
// that ends on a quote (`Peskar, whom Kral called "a dinosaur," said "…"`; past a name it only compares,
// comparedNames.ts), and with the object of a causative, which stands before the verb's `to` (`prompting Peskar to
// reply`, promptedSpeakers.ts).
import { BETWEEN_SUBJECT_AND_VERB } from '../text/newsLexicon';
import type { Token } from '../text/sentenceTokens';
import { phraseBefore, type Phrase } from './speakerPhrases';
import { namesSomeone } from './namePhrases';
import { isAdverb, isGerund, isPronoun, isSpeechVerbAt, isWord } from './tokenClasses';
import { promptedSpeaker } from './promptedSpeakers';
import { pastComparedName } from './comparedNames';

/** Words read over between the aside's closing comma and the verb (`, had told`, `, then said`), at most. */
const BETWEEN_WORDS = 3;

/** The subject before an attribution set off right before the verb at `v` (`Peskar, Kral said, had told`); else null. */
export function subjectPastAside(tokens: readonly Token[], v: number): Phrase | null {
  const prompted = promptedSpeaker(tokens, v);
  if (prompted) return prompted;
  let j = v - 1;
  for (let n = 0; n < BETWEEN_WORDS && isWord(tokens[j]) && !tokens[j].cap && (BETWEEN_SUBJECT_AND_VERB.has(tokens[j].lower) || isAdverb(tokens[j])); n++) j--;
  const relative = subjectPastQuotingRelative(tokens, j);
  if (relative) return relative;
  const verb = j - 1;
  if (tokens[j]?.text !== ',' || !isWord(tokens[verb]) || tokens[verb].cap || isGerund(tokens[verb]) || !isSpeechVerbAt(tokens, verb)) return null;
  // The aside's speaker: a name or a pronoun, right before its verb and right after a comma.
  const teller = phraseBefore(tokens, verb);
  if (!teller || teller.to !== verb || tokens[teller.from - 1]?.text !== ',') return null;
  if (!namesSomeone(tokens, teller) && !(teller.to - teller.from === 1 && isPronoun(tokens[teller.from]))) return null;
  const subject = phraseBefore(tokens, teller.from - 1);
  return subject && subject.to === teller.from - 1 ? subject : null;
}

/** Tokens a relative clause set off before the verb may hold (`whom Kral once called "a dinosaur,"`), at most. */
const RELATIVE_TOKENS = 12;

/**
 * `Peskar, whom Kral called "a dinosaur," said "…"`: a relative clause set off by commas that closes on a quote (the
 * comma inside its marks) hides the subject from the phrase reader, which stops at the quote; the clause's own verb
 * had taken the words after it. `end`: the token right before the verb.
 */
function subjectPastQuotingRelative(tokens: readonly Token[], end: number): Phrase | null {
  const last = tokens[end];
  if (last?.kind !== 'quote' || !/,\W*$/.test(last.text)) return null;
  for (let k = end - 1; k >= 1 && k >= end - RELATIVE_TOKENS; k--) {
    if (!isWord(tokens[k])) return null;
    if (!/^(?:who|whom|whose)$/.test(tokens[k].lower)) continue;
    if (tokens[k - 1].text !== ',') return null;
    const subject = phraseBefore(tokens, k - 1);
    // `Kral, unlike Peskar, who called it "…", described`: the clause speaks of Peskar, the verb after it of Kral.
    return subject && subject.to === k - 1 ? pastComparedName(tokens, subject) : null;
  }
  return null;
}
