// What kind of phrase stands before a speech verb: a clause that opens the sentence (`Appearing before supporters,`),
// a noun for a person rather than a thing (and a description of a thing), or a share of many people (`75 percent of Republicans`), whose words no
// one person said.
import { ROLE_WORDS, SPEECH_VERBS } from '../text/newsLexicon';
import { genderOfNoun, PERSON_NOUNS } from '../text/personNouns';
import { tokenAt, type Token } from '../text/sentenceTokens';
import type { Phrase } from './namePhrases';
import { isPatronymicAt, isSpeechVerbAt, isWord } from './tokenClasses';

/** Words in `-ing` that open a clause before a past participle, or stand for a thing: `Having said that,`, `Nothing said`. */
const PARTICIPLE_AUXILIARIES = new Set(['having', 'being', 'getting', 'nothing', 'something', 'anything', 'everything']);
import type { Resolved } from './resolvedSpeakers';
import type { PreparedText } from '../text/prepareText';
import { writesInLowerCase } from './lowerCaseWords';
import { normalizeName, withoutStops } from './nameMatching';
import type { SpeakerRecord, SpeakerRegistry } from './speakerRegistry';

/**
 * `Born in 1936 to a docker, Okonjo left school at 14`, `Sworn in last year, …`: past participles in no `-ed` that
 * open a clause about the subject, when a preposition follows them (`Born said` is someone of that name speaking).
 */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['born', 'sworn', 'known', 'grown', 'driven', 'shaken', 'stricken', 'beaten', 'chosen', 'forgotten', 'written', 'brought', 'caught', 'taught', 'bred', 'built', 'thrown', 'torn', 'worn']);
export const PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'into', 'to', 'on', 'at', 'by', 'with', 'from', 'for', 'as', 'after', 'during', 'under', 'near', 'outside', 'up', 'out', 'down', 'off']);

/**
 * `Appearing before supporters, ...`, `Reached by POLITICO, ...`, `Shortly after ..., `: a sentence that opens with a
 * participle or adverb clause. A surname of that shape (`Kelly said`, `Husted told`, `Ahmed wrote`) opens none where
 * the registry has that person named in full in this text.
 */
export function opensClause(tokens: readonly Token[], i: number, registry?: SpeakerRegistry, article: string | null = null): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (t.cap && IRREGULAR_PARTICIPLES.has(t.lower) && isWord(next) && PARTICIPLE_PREPOSITIONS.has(next.lower)) return !(registry && namedInFull(registry, t, article));
  // `Mohammed bin Salman said`: a given name in `-ed` before a patronymic opens a name, not a clause.
  if (!(t.cap && /^\p{Lu}\p{Ll}{2,}(?:ing|ed|ly)$/u.test(t.text) && isWord(next) && !next.cap) || isPatronymicAt(tokens, i + 1)) return false;
  // `Boeing said it would`, `Beijing said`: a finite speech verb right after a capital in `-ing` has it for its subject;
  // no opening participle is followed by one (`Having said that,` is an auxiliary's). `-ed` and `-ly` words are English
  // often enough (`Reported said`) that they wait for the text to name the person in full.
  if (/ing$/.test(t.lower) && isSpeechVerbAt(tokens, i + 1) && !/(?:ing|ed)$/.test(next.lower) && !PARTICIPLE_AUXILIARIES.has(t.lower)) return false;
  // `Telly star Gemma Locke wept`, `Elderly man Ivo Kral said`: an adverb never stands before a noun for a person; a
  // word in `-ly` there describes the person the sentence is about.
  if (/ly$/.test(t.lower) && isPersonNoun(next.lower)) return false;
  // `Retired teacher Ana Kral said`, `United coach Ana Kral praised`, `Mining minister Ivo Kral said`: nor does a
  // participle open a clause with a noun for a person followed by a name; the word in `-ed` or `-ing` describes that
  // person (or names their club or their portfolio).
  const after = tokens[i + 2];
  if (/(?:ed|ing)$/.test(t.lower) && isPersonNoun(next.lower) && isWord(after) && after.cap) return false;
  return !(registry && namedInFull(registry, t, article));
}

/** Whether `t` is the surname of a person the text `article` names in full (`Kelly` for Dana Kelly, `From` for Al From). */
export function namedInFull(registry: SpeakerRegistry, t: Token, article: string | null): boolean {
  const known = registry.lookupName([t.text], article);
  return known?.kind === 'person' && known.first !== null && (article === null || known.articles.has(article)) && known.last === normalizeName([t.text])[0];
}

/**
 * Trades a science or an entertainment story goes on from a name with (`Ana Kral, a marine biologist, ... "...," the
 * biologist said`, `music producer Ivo Peskar ... the producer told`); with any `-ologist` (`the epidemiologist`).
 */
const TRADE_NOUNS: ReadonlySet<string> = new Set([
  'producer', 'songwriter', 'designer', 'chemist', 'physicist', 'engineer', 'astronomer', 'forecaster', 'meteorologist',
]);

/** A noun for a person (`spokeswoman`, `billionaire`, `45-year-old`), not for a thing (`statement`, `campaign`). */
export function isPersonNoun(noun: string): boolean {
  return ROLE_WORDS.has(noun) || PERSON_NOUNS.has(noun) || TRADE_NOUNS.has(noun) || /-year-old$|[a-z]ologist$/.test(noun) || compoundPersonNoun(noun);
}

/**
 * `the off-spinner`, `the left-hander`'s kin, `the co-founder`'s not: a hyphenated compound is headed by its last
 * part, so one whose last part is a noun for a person that is no office (`spinner`, `golfer`) is one too. A role's
 * compound (`vice-captain`) is left to the role lexicon, whose holders are checked against the roles the texts give.
 */
function compoundPersonNoun(noun: string): boolean {
  const dash = noun.lastIndexOf('-');
  if (dash <= 0 || dash === noun.length - 1) return false;
  const head = noun.slice(dash + 1);
  return (PERSON_NOUNS.has(head) || TRADE_NOUNS.has(head)) && !ROLE_WORDS.has(head);
}

/**
 * `Prosecutors`, `Investigators`, `Deputies`: the plural of a noun for a person, which opens a sentence capitalised
 * (`Prosecutors said ...`) and names a group, never someone a later `she said` may mean.
 */
export function isPluralPersonNoun(word: string): boolean {
  if (!word.endsWith('s')) return false;
  const singulars = [word.slice(0, -1), word.endsWith('es') ? word.slice(0, -2) : '', word.endsWith('ies') ? `${word.slice(0, -3)}y` : ''];
  return singulars.some((singular) => singular !== '' && (ROLE_WORDS.has(singular) || PERSON_NOUNS.has(singular)));
}

/** A plural of a noun for people or for people together (`Prosecutors`, `Audiences`), capitalised as a sentence opens. */
export function isPeoplePlural(word: string): boolean {
  return isPluralPersonNoun(word) || (word.endsWith('s') && PEOPLE_TOGETHER.has(word.slice(0, -1)));
}

/**
 * `Politicos call this "…"`, `Boosters argue`: a capital in `-s` whose verb of saying, right after it, is the present
 * tense's plural form (`call`, not `calls`) is a plural noun for people, whatever noun the lexicon lacks; no one
 * person's name takes that verb (`Reyes says`). A past tense (`Politicos called`) cannot tell, and is left alone.
 */
function agreesAsPlural(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at].lower;
  const verb = tokens[at + 1];
  if (word.length < 4 || !word.endsWith('s') || /(?:ss|us|is)$/.test(word) || tokens[at].possessive || !isWord(verb) || verb.cap) return false;
  return !verb.lower.endsWith('s') && SPEECH_VERBS.has(verb.lower) && (SPEECH_VERBS.has(`${verb.lower}s`) || SPEECH_VERBS.has(`${verb.lower}es`));
}

/** A plural-shaped capital (`Relatives`, not `Reyes'`) that the text also writes in lower case (lowerCaseWords.ts). */
function writtenLower(t: Token, p: PreparedText): boolean {
  return t.lower.length >= 4 && t.lower.endsWith('s') && !/(?:ss|us|is)$/.test(t.lower) && !t.possessive && writesInLowerCase(p, t.lower);
}

/**
 * `Prosecutors said`, `Deputies wrote in a filing`: the name read at `from` is one such plural, capitalised because it
 * opens the sentence; those people speak, never a person of that surname (unless the text names one in full:
 * `Blake Masters`, then `Masters said`).
 */
export function openingPlural(tokens: readonly Token[], from: number, name: readonly Token[], registry: SpeakerRegistry, article: string | null, p?: PreparedText): boolean {
  if (name.length !== 1 || tokens[from] !== name[0] || !(isPluralPersonNoun(name[0].lower) || agreesAsPlural(tokens, from) || (p !== undefined && writtenLower(tokens[from], p)))) return false;
  for (let k = 0; k < from; k++) if (tokens[k].kind !== 'punct') return false;
  return !namedInFull(registry, name[0], article);
}

/** A description of a thing (`that fact`, `the platform`, a misread `he began`), not of a person or a group of people. */
export function isThing(found: Resolved): boolean {
  if (found.speaker.kind !== 'description') return false;
  const words = found.mention.text.split(/\s+/);
  const head = words[words.length - 1].toLowerCase();
  return !/^\p{Lu}/u.test(words[words.length - 1]) && !PEOPLE_TOGETHER.has(head) && ![head, head.replace(/s$/, ''), head.replace(/es$/, '')].some(isPersonNoun);
}

/** Object pronouns for someone spoken to (`warned him`, `told her`). */
const ADDRESSED = /^(?:him|her|them|me|us)$/;

/**
 * `Halden said the guard had warned him "…"`: a verb of saying with a person for its object, right before the quote,
 * has a speaker for its subject, whatever noun the lexicon lacks (`guard`, `accountant`); the report's own speaker
 * relays those words. A thing's saying (`the plan should reiterate its support for "…"`) addresses no one.
 */
export function addressesSomeone(tokens: readonly Token[], v: number, qi: number): boolean {
  const object = tokens[v + 1];
  return isWord(object) && ADDRESSED.test(object.lower) && (qi === v + 2 || (qi === v + 3 && (tokens[v + 2].text === ',' || tokens[v + 2].text === ':')));
}

/**
 * Nouns for people who speak as one (`the family described him as "..."`, `the crowd chanted "..."`): no thing whose
 * words are the reporting speaker's, so `Insp. Kral said the family described him as "..."` is the family's.
 */
const PEOPLE_TOGETHER: ReadonlySet<string> = new Set(['family', 'families', 'crowd', 'crowds', 'audience', 'jury', 'couple', 'household', 'congregation']);

/** Whether a noun names people who speak as one (`crowd`, `jury`). */
export function isPeopleTogether(noun: string): boolean {
  return PEOPLE_TOGETHER.has(noun);
}

/** Words before a description that leave its person unnamed (`one adviser`, `another aide`). */
export const INDEFINITE_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'two', 'three']);

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'millions']);
const SHARE_WORDS = new Set(['percent', '%', 'majority', 'minority', 'half', 'third', 'thirds', 'quarter', 'quarters', 'most', 'plurality', 'share', 'fraction', 'proportion', 'number', 'bulk', 'rest']);

/**
 * `75 percent of Republicans said`, `Six in 10 voters said`, `a majority of Democrats said`: the answer of a poll
 * or a crowd, whose words no one person said (and `Republicans` here is not `Senate Republicans`).
 */
export function isShareOfMany(tokens: readonly Token[], part: Phrase): boolean {
  const first = tokens[part.from];
  const noun = tokens[part.from + 1];
  // `10 voters`, `1,000 protesters`, `21 percent`; never `76-year-old Morton Blackwell` or `15 organizing director Kendall Fells`.
  if (/^\d[\d,.]*$/.test(first.text) && part.to - part.from > 1 && isWord(noun) && !noun.cap && (/s$/.test(noun.lower) || SHARE_WORDS.has(noun.lower))) return true;
  const of = tokenAt(tokens, part.from - 1);
  const share = tokenAt(tokens, part.from - 2);
  if (isWord(of) && of.lower === 'of' && share && (SHARE_WORDS.has(share.lower) || /^\d/.test(share.text))) return true;
  // `Six in 10 voters`, `four in 10`: the phrase read after `in`.
  const into = of;
  const count = share;
  return isWord(into) && into.lower === 'in' && isWord(count) && (NUMBER_WORDS.has(count.lower) || /^\d/.test(count.text));
}

/**
 * Whether every capital between a description's first word and its head (`the Varga supporter`) is among the words
 * `known` of a person (their name, roles and mention): a capital they lack says the description is someone else.
 */
export function capitalsAmong(tokens: readonly Token[], part: Phrase, known: readonly string[]): boolean {
  // `U.N.` and `UN` are one body's initials.
  const words = new Set(normalizeName(known.join(' ').split(/\s+/)).map(withoutStops));
  for (let k = part.from + 1; k < part.to - 1; k++) {
    const t = tokens[k];
    if (isWord(t) && t.cap && !words.has(withoutStops(normalizeName([t.text])[0] ?? ''))) return false;
  }
  return true;
}

/** Texts a body issues in its own name (`a Foreign Office statement`, `the White House readout`). */
const ISSUED_TEXTS: ReadonlySet<string> = new Set(['statement', 'communique', 'communiqué', 'readout']);

/**
 * `A Palmeiras statement read:`, `a Foreign Office statement said`, `the White House readout said`: the capitals before
 * a text a body issues name who speaks through it; null for any other phrase (`the joint statement`, `the letter`).
 */
/** Whether a lower-case word names a text a body issues (`statement`, `readout`). */
export const isIssuedText = (word: string): boolean => ISSUED_TEXTS.has(word);

export function issuerOfText(tokens: readonly Token[], part: Phrase): Phrase | null {
  const head = tokens[part.to - 1];
  if (!isWord(head) || head.cap || !ISSUED_TEXTS.has(head.lower) || part.to - part.from < 2) return null;
  const opener = tokens[part.from];
  const from = isWord(opener) && ['a', 'an', 'the'].includes(opener.lower) ? part.from + 1 : part.from;
  const words = tokens.slice(from, part.to - 1);
  return words.length > 0 && words.every((t) => isWord(t) && t.cap && !t.possessive) ? { from, to: part.to - 1 } : null;
}

/**
 * `Kral said the note read:`, `Kral said that a sign read`: a text that reads out words inside what a verb of speech
 * reports (the phrase from `from`); the words are the text's, never the reporter's (Kral had been given the note's).
 */
export function textInReportedClause(tokens: readonly Token[], from: number): boolean {
  // `said the note from Ivo Peskar read`: a few words of the text's own phrase may stand between.
  for (let k = from - 1; k >= 0 && k >= from - 6 && isWord(tokens[k]); k--) if (isSpeechVerbAt(tokens, k)) return true;
  return false;
}

/**
 * `A Palmeiras statement`, `a Gazprom statement`: the article is the statement's, so one capital before it that the
 * texts know as no one is a body's name, not someone left unnamed; one they know (`a Kral statement`) is theirs.
 */
export function issuingBody(registry: SpeakerRegistry, word: Token, article: string | null): SpeakerRecord {
  const known = registry.lookupName([word.text], article);
  return known && known.kind !== 'description' ? known : registry.addOrganisation([word.text], article);
}

/**
 * `said the author, Imogen Kral.`: a full name (titles before it at most) set off by the comma at `at` and closing the
 * clause: the description before it is that person, not whoever the text named before.
 */
export function fullNameSetOff(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== ',') return false;
  let k = at + 1;
  while (isWord(tokens[k]) && tokens[k].cap && ROLE_WORDS.has(tokens[k].lower)) k++;
  const from = k;
  while (k - from < 4 && isWord(tokens[k]) && tokens[k].cap && !tokens[k].possessive && !ROLE_WORDS.has(tokens[k].lower)) k++;
  const end = tokens[k];
  return k - from >= 2 && (end === undefined || (end.kind === 'punct' && (end.text === ',' || end.text === '.')));
}

/**
 * Whether the sentence names `person` by surname after token `from`: `the 39-year-old says of Adeyemi-Clarke` speaks
 * of the one named, so a description before that name is someone else, never that person.
 */
export function namedAfter(tokens: readonly Token[], from: number, person: SpeakerRecord | undefined): boolean {
  if (!person?.last) return false;
  for (let k = from; k < tokens.length; k++) if (tokens[k].kind === 'word' && tokens[k].cap && normalizeName([tokens[k].text])[0] === person.last) return true;
  return false;
}

/**
 * `"...," the lawyer said. "...," the prosecutor said`: the nearest person was themselves just called by a noun of
 * another person (`the lawyer`), and the new one names a trade in an agent's ending (`prosecutor`, `defendant`): the
 * new description is someone else, not them. News also calls one person by turns (`the senator`, then `the
 * 74-year-old`, `the billionaire`, `the supporter`): an age, a sex, a relation or a standing is no other trade.
 */
export function describedOtherwise(mention: string, noun: string): boolean {
  const words = mention.toLowerCase().split(/\s+/);
  const head = words[words.length - 1];
  if (words.length < 2 || words[0] !== 'the' || head === noun || !isPersonNoun(head)) return false;
  return /(?:or|er|ist|ian|ant|ent)$/.test(noun) && !STANDINGS.has(noun) && genderOfNoun(noun) === null;
}

/** Nouns in an agent's ending that say where someone stands, not their trade (`the supporter`, `the front-runner`). */
const STANDINGS: ReadonlySet<string> = new Set([
  'supporter', 'voter', 'partner', 'winner', 'loser', 'player', 'founder', 'owner', 'leader', 'member', 'insider',
  'outsider', 'newcomer', 'stranger', 'neighbor', 'neighbour', 'mentor', 'survivor', 'visitor', 'frontrunner',
  'front-runner', 'challenger', 'incumbent', 'resident', 'president', 'opponent', 'contender', 'critic', 'veteran',
]);

/** Offices named by what they head (`the head of state`, `the head of government`), and the role word each stands for. */
const HEADED_OFFICES: ReadonlyMap<string, string> = new Map([['state', 'president'], ['government', 'premier']]);

/** The count of a parent's children (`of two`, `of 3`). */
const CHILD_COUNTS = /^(?:two|three|four|five|six|seven|eight|nine|ten|\d+)$/;
/** Parents described by how many children they have. */
const PARENT_NOUNS: ReadonlySet<string> = new Set(['mother', 'father', 'mum', 'mom', 'dad', 'grandmother', 'grandfather', 'parent', 'grandparent']);

/**
 * The word a description of a person is headed by: its last (`the Norlandic minister`), except for an office named by
 * what it heads (`the head of state noted`, as state media go on from a president's name), read as that office's role
 * word (`president`), so that the person last named with that role is found as for `the president`; and a parent's
 * count of children (`the mother of two`), read as the parent.
 */
export function descriptionHead(words: readonly Token[]): Token {
  const last = words[words.length - 1];
  // `the mother of two`, `the father-of-three`: a parent's count of children describes the parent, the head.
  const counted = /^([a-z]+)-of-(?:two|three|four|five|six|seven|eight|nine|ten|\d+)$/.exec(last.lower)?.[1] ?? (words.length >= 3 && words[words.length - 2].lower === 'of' && CHILD_COUNTS.test(last.lower) ? words[words.length - 3].lower : undefined);
  if (counted !== undefined && PARENT_NOUNS.has(counted)) return { ...last, text: counted, lower: counted };
  const office = words.length >= 3 && words[words.length - 2].lower === 'of' && words[words.length - 3].lower === 'head' ? HEADED_OFFICES.get(last.lower) : undefined;
  return office ? { ...last, text: office, lower: office } : last;
}
