// A sentence that opens with an indefinite description of its subject before the subject itself: `A former comedian,
// Volodymyr Zelenskiy took office in 2019.`, `A mother of three, she plans to vote.` The description is no one; the
// name or pronoun after its comma, with a verb right after it, is whom the sentence is about. So is the name set off
// after a member of a group (`One of the firefighters, Ana Kral, said`), which a number word had left unread.
import { BETWEEN_SUBJECT_AND_VERB, COPULAS, ROLE_WORDS } from '../text/newsLexicon';
import { PERSON_NOUNS } from '../text/personNouns';
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { namesSomeone } from './namePhrases';
import { actsAsVerb, isPronoun, isVerbLike, isWord } from './tokenClasses';
import { appositiveSubject } from './appositiveNames';
import { asideEnd } from './personAsides';
import { namedByCopula } from './copularNames';

/** The longest opening description passed over, in tokens. */
const DESCRIPTION_TOKENS = 15;

/** Nouns for an answer, whose owner is the one who gives it (`Kral's response?`). */
const ANSWER_NOUNS: ReadonlySet<string> = new Set(['response', 'reply', 'answer', 'reaction', 'retort', 'rejoinder', 'comeback', 'rebuttal']);

/**
 * The subject after an opening `a`/`an` description read as `phrase`, or the one who answers in `Kral's response?
 * "…," he wrote` (whom the sentence is about: read as a thing, the `he` after it had gone to the person before); null
 * when the sentence has no such build.
 */
export function subjectAfterDescription(tokens: readonly Token[], phrase: Phrase): Phrase | null {
  const named = namedByCopula(tokens, phrase); // `Her deputy is Ivo Peskar.` (copularNames.ts)
  if (named) return named;
  const first = tokens[phrase.from];
  const head = tokens[phrase.to - 1];
  const owner = tokens[phrase.to - 2];
  if (phrase.to - phrase.from >= 2 && isWord(head) && ANSWER_NOUNS.has(head.lower) && isWord(owner) && owner.possessive && owner.cap) {
    return tokens.slice(phrase.from, phrase.to - 1).every((t) => t.cap && (t === owner || !t.possessive)) ? { from: phrase.from, to: phrase.to - 1 } : null;
  }
  // `A nurse at the hospital, Ines Holm, said`; after an opening clause, `Born in Leeds, the daughter of a miner, Ada won`.
  if (!isWord(first) || (first.lower !== 'a' && first.lower !== 'an' && !(first.lower === 'the' && tokens[phrase.from - 1]?.text === ','))) return null;
  let comma = phrase.to;
  while (comma < tokens.length && comma - phrase.from < DESCRIPTION_TOKENS && tokens[comma].text !== ',') {
    // A verb or a quote before the comma: the description is the subject of a clause of its own (`A man said, "..."`).
    if (tokens[comma].kind === 'quote' || (isWord(tokens[comma]) && isVerbLike(tokens[comma]))) return null;
    comma++;
  }
  if (tokens[comma]?.text !== ',') return null;
  const next = phraseAfter(tokens, comma + 1, true);
  // `A marine biologist at Kelport University, Dr. Ines Holm, said`: the name may be set off before its verb too.
  const setOff = next !== null && tokens[next.to]?.text === ',' && namesSomeone(tokens, next);
  const verb = next ? tokens[next.to + (setOff ? 1 : 0)] : undefined;
  if (!next || !actsAsVerb(verb)) return null;
  const one = next.to - next.from === 1 && isPronoun(tokens[next.from]);
  return one || namesSomeone(tokens, next) ? next : null;
}

/** The most words between `of` and the comma before the name (`the first firefighters on the scene of last year's fire`). */
const GROUP_WORDS = 12;
const OWNERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Pronouns for a group a member is picked from (`One of them,`, `One of those,`). */
const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['them', 'those']);

/** Whether `word` is a plural of a noun for a person or a role (`firefighters`, `lawyers`, `witnesses`). */
function peoplePlural(word: string): boolean {
  if (!word.endsWith('s')) return false;
  return [word.slice(0, -1), word.replace(/es$/, '')].some((w) => PERSON_NOUNS.has(w) || ROLE_WORDS.has(w));
}

/** Auxiliaries, which end a group's words as a verb would (`One of the firefighters has said`). */
const AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'might', 'may', 'must', 'should', 'can', 'did', 'does', 'do']);

/**
 * A verb among the group's words. Words that may stand between a subject and its verb but are no verb themselves
 * (`the first firefighters on the scene`) are the group's; copulas and auxiliaries are verbs.
 */
function verbInGroup(t: Token): boolean {
  return isVerbLike(t) && (!BETWEEN_SUBJECT_AND_VERB.has(t.lower) || COPULAS.has(t.lower) || AUXILIARIES.has(t.lower));
}

/** The name set off after `One of the <people>` or `Another <person>` opening at `i`, when a verb follows its comma; else null. */
export function memberNamedAfter(tokens: readonly Token[], i: number): Phrase | null {
  const first = tokens[i];
  // `Another parent, Tom Reyes, said`: `another` is no determiner a phrase opens with, so the description was never read.
  // `One caller said …`, `Another mother said …`: with no name set off, the description alone is the subject (the
  // resolver reads the `one` before it as unnamed); read as none, a later `she said` skipped it to the governor before.
  const counted = isWord(first) && (first.lower === 'another' || first.lower === 'one') && tokens[i + 1]?.lower !== 'of';
  const described = counted ? phraseAfter(tokens, i + 1, true) : null;
  if (described) return tokens.slice(described.from, described.to).some((t) => t.cap) ? null : appositiveSubject(tokens, { from: i, to: described.to }) ?? described;
  // `One of them, Mira Solberg, 14, said`: `them` is the people the text just named, so no plural of people need follow.
  const them = GROUP_PRONOUNS.has(tokens[i + 2]?.lower ?? '') && tokens[i + 3]?.text === ',';
  if (!isWord(first) || (first.lower !== 'one' && first.lower !== 'another') || tokens[i + 1]?.lower !== 'of' || !(OWNERS.has(tokens[i + 2]?.lower ?? '') || them)) return null;
  let comma = i + 3;
  let people = them;
  while (comma < tokens.length && comma - i <= GROUP_WORDS + 3 && tokens[comma].text !== ',') {
    const t = tokens[comma];
    // `One of the rescued passengers,`: a participle before the noun it describes is no verb.
    const participle = /ed$/.test(t.lower) && isWord(tokens[comma + 1]) && tokens[comma + 1].text !== ',';
    if (t.kind === 'quote' || (isWord(t) && !t.cap && verbInGroup(t) && !participle)) return null;
    if (isWord(t) && !t.cap && peoplePlural(t.lower)) people = true;
    comma++;
  }
  if (tokens[comma]?.text !== ',') return null;
  const name = phraseAfter(tokens, comma + 1, true);
  if (!name || tokens[name.to]?.text !== ',' || !namesSomeone(tokens, name)) return null;
  // `One of the traders, Mrs Ada Eke, wept`: a title before two name words says the group is of people, whatever its
  // plural (no list holds every trade's).
  const titled = tokens[name.from].cap && ROLE_WORDS.has(tokens[name.from].lower) && name.to - name.from >= 3;
  if (!people && !titled) return null;
  // `, 34,`: an age set off after the name.
  const aged = /^\d{1,3}$/.test(tokens[name.to + 1]?.text ?? '') && tokens[name.to + 2]?.text === ',' ? name.to + 2 : name.to;
  // `One of the victims, Mrs Ada Eke, a trader from Kelby, wept`: an aside about her before the verb.
  const aside = titled || people ? asideEnd(tokens, aged) : -1;
  const verb = (aside > 0 ? aside : aged) + 1;
  return isWord(tokens[verb]) && !tokens[verb].cap && isVerbLike(tokens[verb]) ? name : null;
}

/** The most words a description joined by `and` may run to its comma (`the county sheriff and road-tax hawk,`). */
const JOINED_DESCRIPTION_WORDS = 5;

/**
 * The comma that closes `phrase` set off after an opening clause (`Preceded by Ivo Marsh, the county sheriff,`), or -1.
 * A description joined by `and` runs on to its comma (`the county sheriff and road-tax hawk, Reddick launched`):
 * stopping at `and` had left the opening's name for the sentence's subject, whom a later `he` then meant.
 */
export function setOffComma(tokens: readonly Token[], phrase: Phrase): number {
  if (tokens[phrase.to]?.text === ',') return phrase.to;
  if (tokens[phrase.to]?.lower !== 'and' || !['the', 'a', 'an'].includes(tokens[phrase.from].lower)) return -1;
  for (let k = phrase.to + 1; k < tokens.length && k - phrase.to <= JOINED_DESCRIPTION_WORDS + 1; k++) {
    const t = tokens[k];
    if (t.text === ',') return k - phrase.to > 1 ? k : -1;
    if (!isWord(t) || t.cap || isVerbLike(t)) return -1;
  }
  return -1;
}
