// A relative clause without its pronoun inside a subject: `The lawyer Ana Kral hired said`, `A man Ana Kral met in
// Port Aldis said`. The name is the clause's subject, not the verb of saying's, whose speaker is the noun before it,
// unnamed. Its own file: the phrase readers (relativeSpeakers) and the clause reader (clauseSpeakers) both ask.
import { DETERMINERS, IRREGULAR_PAST_VERBS, SPEECH_VERBS } from '../text/newsLexicon';
import type { Token } from '../text/sentenceTokens';
import type { Phrase } from './speakerPhrases';
import { isPronoun, isGerund, isSpeechVerbAt, isVerbLike, isWord, STOP_WORDS } from './tokenClasses';

/**
 * `The lawyer Ana Kral hired said`, `The doctor Ivo Peskar saw told him`: a relative clause without its pronoun, whose
 * name is the subject of a verb in the past inside the subject phrase; the speaker is the noun before it, unnamed (Kral
 * had been given her lawyer's words). No speaker is read (attributeSpeaker withholds the quote): the noun right
 * before a name would be read as its title, and the sentence's subject ends at the name.
 */
export function inReducedClause(tokens: readonly Token[], phrase: Phrase | null): boolean {
  if (!phrase) return false;
  for (let k = phrase.from + 1; k < phrase.to; k++) {
    const verb = tokens[k];
    if (!isWord(verb) || verb.cap || !isPastVerb(verb) || !tokens[k - 1].cap || tokens[k - 1].possessive) continue;
    let name = k - 1;
    while (name > 0 && isWord(tokens[name - 1]) && tokens[name - 1].cap && !DETERMINERS.has(tokens[name - 1].lower)) name--;
    // A full name (`one Republican involved in the planning`: a party's member and a participle of its own), after a
    // noun in lower case (`The lawyer`), never a title run into it (`President Ana Kral`) nor a count (`one`).
    const noun = tokens[name - 1];
    if (k - name >= 2 && isWord(noun) && !noun.cap && !DETERMINERS.has(noun.lower) && !STOP_WORDS.has(noun.lower) && !COUNTS.has(noun.lower) && !isVerbLike(noun)) return true;
  }
  return false;
}

/** Words that count people before a noun or a name (`one Republican`, `another`). */
const COUNTS = new Set(['one', 'another', 'some', 'each', 'every', 'any', 'two', 'three', 'several', 'many']);

/** A verb in the past (`hired`, `saw`), not one of speech (`the lawyer Kral said was`: another structure). */
function isPastVerb(t: Token): boolean {
  return !SPEECH_VERBS.has(t.lower) && (IRREGULAR_PAST_VERBS.has(t.lower) || /^[a-z]{3,}ed$/.test(t.lower));
}

/** How many tokens a relative clause without its pronoun runs after its verb (`met in Port Aldis last year`), at most. */
const REDUCED_CLAUSE_REACH = 8;
/** Words that end the sentence's own predicate, never a relative clause without its pronoun. */
const REDUCED_CLAUSE_ENDS = /^(?:and|but|or|then|where|when|who|which|that|as|while|after|before|because|if|so)$/;

/**
 * `A man Ana Kral met in the port said "…"`: the subject read (`from` to `to`) ends at a name inside a relative clause
 * without its pronoun, and a verb of saying after the clause is the man's, unnamed (Kral had been given his words).
 * The verb after the name takes no object (its object is the man) and no `not`/`to` (`director Ivo Kral decided not
 * to`, `candidate Kral defended his aide`: the sentence's own verb after a title).
 */
export function saysPastReducedClause(tokens: readonly Token[], from: number, to: number, qi: number): boolean {
  if (from < 0 || !inReducedClause(tokens, { from, to: to + 1 })) return false;
  const next = tokens[to + 1];
  if (!isWord(next) || DETERMINERS.has(next.lower) || isPronoun(next) || next.possessive || /^(?:not|never|to|up|down|out|off)$/.test(next.lower)) return false;
  for (let k = to + 1; k < qi && k <= to + REDUCED_CLAUSE_REACH; k++) {
    // `candidate Ana Kral campaigned in Ohio and said`, `appeared at a rally where she said`: the sentence's own verb
    // goes on into a clause or a verb of its own.
    if (!isWord(tokens[k]) || isPronoun(tokens[k]) || REDUCED_CLAUSE_ENDS.test(tokens[k].lower)) return false;
    if (isSpeechVerbAt(tokens, k)) return !isGerund(tokens[k]) && tokens[k - 1].lower !== 'to';
  }
  return false;
}

/**
 * Whether a name at `from` opens a relative clause without its pronoun after a noun and its determiner set off by a
 * comma (`the sinking, an incident Peskar brought up as "…"`): the clause has a subject of its own, the name. Not
 * inside the predicate (`criticised the plan Peskar drew up as "…"`: the `as` may be the predicate's, its subject's).
 */
export function reducedRelativeAt(tokens: readonly Token[], from: number): boolean {
  const noun = tokens[from - 1];
  const determiner = tokens[from - 2];
  return isWord(noun) && !noun.cap && !STOP_WORDS.has(noun.lower) && !isVerbLike(noun) && !isGerund(noun) && isWord(determiner) && DETERMINERS.has(determiner.lower) && tokens[from - 3]?.text === ',';
}
