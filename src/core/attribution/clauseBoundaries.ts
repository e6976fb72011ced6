// Where a clause with a subject of its own begins, so that no speaker is read across it: a subordinate or joined
// clause between a verb and the participle that would go on from it, and a name that is a participle's object.
import { tokenAt, type Token } from '../text/sentenceTokens';
import { DETERMINERS } from '../text/newsLexicon';
import { isPersonNoun } from './phraseKinds';
import { actsAsVerb, isGerund, isSpeechVerbAt, isWord, SUBORDINATORS } from './tokenClasses';

/**
 * Prepositions whose object is not the subject of a participle after it (`a letter to Lynch asking`); after `of`,
 * `about`, `from` or `with` it is (`reminds me of Lincoln saying`, `with Trump tweeting`).
 */
export const PARTICIPLE_OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'at', 'for', 'on', 'against', 'toward', 'towards', 'into', 'over', 'than']);

/**
 * Whether a clause with a subject of its own opens among the tokens from `from` to `to`: a subordinate clause with a
 * named subject (`when Reyes ended`; not `as`, which also says what a thing is known as) or a clause joined by `and`
 * or `but` after a comma (`, and Sen. Kral`).
 */
export function ownClauseBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (!isWord(t)) continue;
    // A pronoun subject (`after they came out`, `if he spent`) most often means someone already there: only a name
    // brings another speaker in.
    const subject = isWord(next) && next.cap;
    if (SUBORDINATORS.has(t.lower) && t.lower !== 'as' && subject) return true;
    // Not a relative clause (`the manager, who allegedly pushed a reporter, calling it...`): it describes an object
    // and closes, and the participle goes on from the subject.
    if (tokens[k - 1]?.text === ',' && (t.lower === 'and' || t.lower === 'but') && subject) return true;
  }
  return false;
}

/**
 * Whether a subordinate clause opens among the tokens from `from` to `to` with a person described as its subject
 * (`after a woman in Dover`, `when the mayor`): a finite verb after it is that person's, not the sentence's. A thing
 * there (`after the vote`) makes a phrase of time, not a clause.
 */
export function subordinatePersonBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!isWord(t) || !SUBORDINATORS.has(t.lower) || t.lower === 'as' || !isWord(tokens[k + 1]) || !DETERMINERS.has(tokens[k + 1].lower)) continue;
    // The determiner's noun: the first of up to three words after it that is no adjective's place (`a young woman`).
    for (let j = k + 2; j < to && j <= k + 4 && isWord(tokens[j]) && !tokens[j].cap; j++) if (isPersonNoun(tokens[j].lower)) return true;
  }
  return false;
}

/** Determiners before which an `-ing` word is a noun (`the meeting`, `a briefing`, `his hearing`), never a participle
 *  (not `her` or `that`: `saw her hugging Kral`, `said that fighting ...`). */
const NOUN_DETERMINERS: ReadonlySet<string> = new Set([...DETERMINERS].filter((d) => d !== 'her' && d !== 'that'));

/** Whether the phrase from `from` follows a participle as its object (`embracing Kral`, `cheering for Kral`). A noun
 *  in `-ing` is none: `told reporters after the meeting that Kral had acknowledged "…"` had made Kral the meeting's
 *  object and the words the reporting verb's speaker's. */
export function objectOfParticiple(tokens: readonly Token[], from: number): boolean {
  let g = from - 1;
  const preposition = tokenAt(tokens, g);
  if (isWord(preposition) && PARTICIPLE_OBJECT_PREPOSITIONS.has(preposition.lower)) g--;
  const participle = tokenAt(tokens, g);
  const determiner = tokenAt(tokens, g - 1);
  return isWord(participle) && !participle.cap && isGerund(participle) && !isSpeechVerbAt(tokens, g) && !(isWord(determiner) && NOUN_DETERMINERS.has(determiner.lower));
}

export { perceivedSpeaker } from './perceptionVerbs';
// The actor a participle goes on from where the sentence's subject is a thing, read with the clause boundaries.
export { subordinateActor } from './subordinateActors';
// Where a clause a quote may not cross ends: a demand's object (`calling for a ban`), a thing's name (`a class called "…"`).
export { demandEndsBefore } from './demandVerbs';
export { namesAThing } from './namingClauses';

/** Titles a reported clause's named subject may carry (`said Mr Berg had`). */
const SHORT_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr']);

/**
 * Whether the tokens from `from` (right after a speech verb) to a participle at `to` are a reported clause with a
 * named subject of its own that the participle goes on from, with no comma between: `Kral said Peskar had spent weeks
 * telling friends that Berg had "stolen" the house`, `said that Mr Peskar was telling`. The participle is that
 * subject's (the words are Peskar's, not Kral's); after a comma (`said Peskar had lost, warning that`) it may be the
 * speaker's again, and is left to the other readings.
 */
export function reportedSubjectBefore(tokens: readonly Token[], from: number, to: number): boolean {
  let k = from;
  if (tokens[k]?.lower === 'that') k++;
  if (isWord(tokens[k]) && SHORT_TITLES.has(tokens[k].lower.replace(/\.$/, ''))) k++;
  const name = k;
  while (k < to && isWord(tokens[k]) && tokens[k].cap) k++;
  if (k === name || k >= to || !actsAsVerb(tokens[k])) return false;
  for (let j = k; j < to; j++) if (!isWord(tokens[j])) return false;
  return true;
}
