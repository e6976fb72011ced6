// What a single token of a sentence is, for reading speakers: a word, a speech or relay verb, a pronoun, a word of a
// name or a role, a verb or an adverb, and where a predicate begins. speakerPhrases.ts builds phrases on these.
import { BETWEEN_SUBJECT_AND_VERB, DETERMINERS, IRREGULAR_PAST_VERBS, LY_NOUNS, NAME_PARTICLES, NOT_NAME_WORDS, ORGANISATION_WORDS, PATRONYMIC_PARTICLES, PERSONAL_PRONOUNS, PHRASAL_SPEECH_VERBS, RELAY_VERBS, ROLE_WORDS, SENTENCE_ADVERBS, SPEECH_VERBS } from '../text/newsLexicon';
import { PERSON_NOUNS } from '../text/personNouns';
import { tokenAt, type Token } from '../text/sentenceTokens';
import { viewpointOwnerAt } from './viewpointFrames';
import { demonymGender } from './demonyms';
import { isPresentGesture } from './presentGestures';

/** Words opening a subordinate clause before the main one (`After Putin promised "...", Zelensky said`). */
export const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'as', 'once', 'if', 'since', 'because', 'although', 'though', 'whereas', 'until', 'unless']);

export const STOP_WORDS = new Set([
  'to', 'in', 'on', 'at', 'with', 'by', 'for', 'from', 'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'as',
  'after', 'before', 'because', 'if', 'than', 'into', 'about', 'against', 'over', 'under', 'is', 'was', 'were', 'be',
  'been', 'are', 'am', 'it', 'there', 'but', 'or', 'nor', 'so', 'yet', 'not', 'no', 'what', 'where', 'how', 'why',
  'during', 'since', 'until', 'though', 'although', 'despite', 'amid', 'via', 'per', 'upon', 'through', 'between',
  'among', 'toward', 'towards', 'onto', 'within', 'without', 'across', 'behind', 'beyond', 'near', 'like', 'unlike',
  'me', 'him', 'them', 'us', 'you', 'himself', 'herself', 'themselves', 'of', 'would', 'will', 'could', 'should',
  'can', 'may', 'might', 'must', 'has', 'have', 'had', 'do', 'does', 'did', 'this', 'these', 'those', 'everyone',
]);

/** Nouns of groups: `The European Union's 27 member states said` speaks for the union. */
export const MEMBER_NOUNS = new Set(['member', 'members', 'states', 'countries', 'nations', 'governments', 'leaders', 'ministers', 'officials', 'members states']);

export function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

/** Words that count or pick out a plural noun (`many`, `other`): a noun phrase they open is no subject of a verb in -s. */
const QUANTIFIERS = new Set(['many', 'several', 'some', 'other', 'most', 'all', 'both', 'few', 'various', 'numerous', 'these', 'those', 'such']);

/** Speech verbs that are also common nouns (`the imperialist states`, `Russia's claims`). */
const NOUN_LIKE_VERBS = new Set([
  'states', 'state', 'claims', 'claim', 'calls', 'call', 'notes', 'note', 'comments', 'comment', 'remarks', 'remark',
  'posts', 'post', 'promises', 'promise', 'pledges', 'pledge', 'vows', 'vow', 'charges', 'charge', 'demands', 'demand',
  'threats', 'answers', 'answer', 'replies', 'reply', 'cries', 'cry', 'tweets', 'tweet', 'labels', 'label', 'brands',
  'brand', 'counters', 'counter', 'questions', 'warnings', 'jokes', 'joke', 'orders', 'order', 'estimates', 'mentions',
  'mention', 'responds', 'respond', 'word', 'words', 'continues', 'continue', 'concludes', 'explains', 'points', 'point',
  'mock', 'mocks', 'sigh', 'sighs', 'groan', 'groans', 'rave', 'raves', 'muse', 'muses', 'rail', 'rails', 'lash', 'taunt',
  'taunts', 'tease', 'sneer', 'sneers', 'hiss', 'growl', 'fume', 'fumes', 'cries', 'dismissal', 'echo', 'echoes',
  'beam', 'beams', 'bark', 'barks', 'boom', 'booms', 'riff', 'riffs', 'lecture', 'lectures', 'vent', 'vents', 'rant',
  'rants', 'gripe', 'gripes', 'tout', 'touts', 'crow', 'crows', 'reason', 'reasons', 'snipe', 'snipes',
]);

/** Words that open the object of a transitive `continue` (`continue its efforts`, `continued the talks`). */
const CONTINUED_OBJECTS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your', 'the', 'a', 'an', 'this', 'these', 'those', 'efforts', 'work', 'talks']);

export function isSpeechVerb(t: Token | undefined, previous?: Token): boolean {
  if (!isWord(t) || t.cap || !SPEECH_VERBS.has(t.lower)) return false;
  // `a written statement`, `the stated aim`: after a determiner it describes a noun.
  if (isWord(previous) && !previous.cap && !previous.possessive && ['a', 'an', 'the'].includes(previous.lower)) return false;
  // `The deal, in Fenn's telling, was "…"`, `in his telling`: a form in -ing after an owner is a noun, whose subject
  // (`The deal`) says nothing; the owner's words are read as words are (`in Fenn's words`).
  if (/ing$/.test(t.lower) && isWord(previous) && (previous.possessive || ['his', 'her', 'their', 'its', 'my', 'our'].includes(previous.lower))) return false;
  if (!NOUN_LIKE_VERBS.has(t.lower)) return true;
  // A noun-like form is a verb only after its subject, an auxiliary or the quote itself: `he states`,
  // `Putin claims`, `has warned`, `"We love cats!" reply Burton and Nick`.
  if (previous && (previous.kind === 'quote' || previous.text === ',')) return true;
  if (!isWord(previous) || previous.possessive) return false;
  // `Putin claims`, never `a Democratic state`: after a name only the form in -s is a verb.
  const afterName = previous.cap && !NOT_NAME_WORDS.has(previous.lower) && /s$/.test(t.lower);
  return afterName || PERSONAL_PRONOUNS.has(previous.lower) || BETWEEN_SUBJECT_AND_VERB.has(previous.lower) || previous.lower === 'who';
}

/** Capitalised words of a region that describe a noun after them (`Western states`, `Baltic states`). */
const REGION_ADJECTIVES: ReadonlySet<string> = new Set(['western', 'eastern', 'northern', 'southern', 'central', 'baltic', 'nordic', 'arab', 'gulf', 'balkan', 'allied', 'soviet']);

/** Whether a capitalised word describes by place: a region's adjective or a nationality's (`European`, `Lotrian`). */
function describesAPlace(word: string): boolean {
  return REGION_ADJECTIVES.has(word.toLowerCase()) || demonymGender(word) !== undefined;
}

/** Words sent rather than spoken, in the present: verbs of speech only before a colon and a quote. */
const SENT_NOW: ReadonlySet<string> = new Set(['emails', 'e-mails', 'texts', 'messages', 'radios']);

/** Whether the token at `k` is a speech verb, judged with the words around it (`read out`, `shot back`). */
export function isSpeechVerbAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  const particles = isWord(t) && !t.cap ? PHRASAL_SPEECH_VERBS.get(t.lower) : undefined;
  if (particles) {
    if (!isWord(next) || !particles.has(next.lower)) return false;
    // `goes on recess`, `went on to win`: going on speaks only into a quote or a speech verb (`went on to say`).
    const then = tokens[k + 2];
    if (next.lower === 'on' && isWord(then)) return then.lower === 'saying' || (then.lower === 'to' && isSpeechVerb(tokens[k + 3]));
    return true;
  }
  // `Reader Ana Kral emails: "..."`: a word sent in the present (most often a noun, see newsLexicon) is a verb of
  // speech right before the colon that opens a quote.
  if (isWord(t) && !t.cap && SENT_NOW.has(t.lower) && next?.text === ':' && tokens[k + 2]?.kind === 'quote') return true;
  const previous = tokenAt(tokens, k - 1);
  if (!isSpeechVerb(t, previous)) return false;
  // `many Asian states`, `other Republican claims`: a capitalised word after a quantifier describes the noun that
  // follows, so the -s form is that noun, not a verb whose subject the capitalised word would be.
  const quantifier = tokenAt(tokens, k - 2);
  if (NOUN_LIKE_VERBS.has(t.lower) && previous?.cap && isWord(quantifier) && !quantifier.cap && QUANTIFIERS.has(quantifier.lower)) return false;
  // `accused Western states of "…"`, `rejected European claims`: after a word of a people or a region with no `the`
  // before it (`the Italian claims` is a person's verb), the -s form is the noun that word describes; `Western` had
  // been taken for a person saying the words.
  if (NOUN_LIKE_VERBS.has(t.lower) && isWord(previous) && previous.cap && quantifier?.lower !== 'the' && describesAPlace(previous.text)) return false;
  // `a snappy retort:`, `a Trump-style reply`: after `a` and a word for no person, a verb's bare form (one with an -s
  // form) cannot agree with a subject of one; it is a noun (`a spokesman said` keeps its verb).
  const article = quantifier;
  const between = previous;
  if (isWord(article) && (article.lower === 'a' || article.lower === 'an') && isWord(between) && !between.possessive && !PERSON_NOUNS.has(between.lower) && !ROLE_WORDS.has(between.lower) && hasSForm(t.lower)) return false;
  // `Blinken called off the trip`: calling a thing off cancels it and says nothing.
  if (/^call(?:s|ed|ing)?$/.test(t.lower) && isWord(next) && next.lower === 'off') return false;
  // `will continue to be`: continuing to do something says nothing.
  if (/^continu/.test(t.lower) && isWord(next) && next.lower === 'to') return false;
  // `said Ankara will continue its efforts for "..."`: a finite `continue` with an object says nothing either, and its
  // own subject (a capital, a country) is no speaker. A participle (`talked about continuing the "..."`) goes on from
  // the clause's speaker, so it keeps its reading.
  if (/^continue[sd]?$/.test(t.lower) && isWord(next) && CONTINUED_OBJECTS.has(next.lower)) return false;
  // `Kral's repeated calls`, `her stated aims`: after a possessive, a participle before a noun describes it.
  const owner = previous;
  return !(isWord(owner) && owner.possessive && /ed$/.test(t.lower) && isWord(next) && !next.cap && (/s$/.test(next.lower) || NOUN_LIKE_VERBS.has(next.lower)));
}

/**
 * `Russian state television described`, `Norlandic claim forms`: a verb's bare form that is a noun too, right after one
 * capitalised word no `and` joins to another, cannot agree with it (one name takes `states`); it is a noun the capital
 * describes, and the capital (a nationality) no one who speaks.
 */
export function describedNounAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokenAt(tokens, k - 1);
  const joined = tokenAt(tokens, k - 2);
  return isWord(t) && !t.cap && NOUN_LIKE_VERBS.has(t.lower) && hasSForm(t.lower) && isWord(before) && before.cap && !before.possessive && !/s$/.test(before.lower) && !isPronoun(before) && !(isWord(joined) && (joined.lower === 'and' || joined.cap));
}

/** Whether `verb` is a bare form: one whose -s form is a speech verb too (`retort`, `reply`; never `said`). */
function hasSForm(verb: string): boolean {
  return SPEECH_VERBS.has(verb + 's') || SPEECH_VERBS.has(verb + 'es') || (verb.endsWith('y') && SPEECH_VERBS.has(verb.slice(0, -1) + 'ies'));
}

/** A verb by which a news outlet passes on what others said (`reported`, `citing`): its subject relays, it does not speak. */
export function isRelayVerb(t: Token | undefined): boolean {
  return isWord(t) && RELAY_VERBS.has(t.lower);
}

/** A word in -ing: a participle (`saying`, `telling`), never a finite verb. */
export function isGerund(t: Token): boolean {
  return /ing$/.test(t.lower);
}

export function isPronoun(t: Token | undefined): boolean {
  return isWord(t) && PERSONAL_PRONOUNS.has(t.lower) && !t.possessive && !t.surname;
}

/** A word that may be part of a name: capitalised and not a function word, or a role word. */
export function isNameWord(t: Token | undefined): boolean {
  if (!isWord(t)) return false;
  if (t.cap) return !NOT_NAME_WORDS.has(t.lower) || ROLE_WORDS.has(t.lower) || t.surname === true;
  return t.surname === true;
}

/** `NATO`, `EU`, `U.N.`: capitals alone, or initials with full stops. */
/** Whether `bin`, `ibn`, `binti` or `bint` stands at `k` between capitalised words (`Mohammed bin Salman`). */
export function isPatronymicAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokenAt(tokens, k - 1);
  return isWord(t) && !t.cap && PATRONYMIC_PARTICLES.has(t.lower) && isNameWord(before) && before!.cap && isWord(tokens[k + 1]) && tokens[k + 1].cap;
}

/**
 * Whether a name's particle (`von`, `der`, `de`, `van`, `da`) stands at `k` inside a name read backwards: a capital
 * after it (or one more particle and then a capital: `von der Leyen`), and a given name before its run (`Ursula von
 * der Leyen`, `Karel van Oosterom`). The reader had stopped at the particle and kept `Leyen` alone, so the name was
 * shown without its given name and its particles. A name that opens with its particle (`Von der Leyen said`) is
 * still read as the surname alone, which meets the person named in full before by its last word.
 */
export function isNameParticleAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!isWord(t) || t.cap || !NAME_PARTICLES.has(t.lower)) return false;
  const after = tokenAt(tokens, k + 1);
  const next = isWord(after) && !after.cap && NAME_PARTICLES.has(after.lower) ? tokenAt(tokens, k + 2) : after;
  let b = k - 1;
  if (isWord(tokens[b]) && !tokens[b].cap && NAME_PARTICLES.has(tokens[b].lower)) b--;
  // `Anneke Van den Broeck`, `Pieter De la Court`: a Flemish surname opens with a capitalised particle, and the given
  // name stands before it; `den` there is the surname's as `der` is in `Ursula von der Leyen`.
  if (isWord(tokens[b]) && tokens[b].cap && NAME_PARTICLES.has(tokens[b].lower) && isWord(tokenAt(tokens, b - 1)) && tokenAt(tokens, b - 1)!.cap) b--;
  const before = tokenAt(tokens, b);
  return isWord(next) && next.cap && !NOT_NAME_WORDS.has(next.lower) && isWord(before) && before.cap && isNameWord(before) && !NAME_PARTICLES.has(before.lower);
}

export function isAcronym(t: Token): boolean {
  // Each form needs two characters and a second that is no small letter: most words, asked first, fail here.
  const second = t.text.charCodeAt(1);
  if (!(second >= 0) || (second >= 0x61 && second <= 0x7a)) return false;
  // `G7`, `G20`, `P5`: capitals and a number name a group of states, never a person.
  return /^\p{Lu}{2,6}$/u.test(t.text) || /^(?:\p{Lu}\.){2,}$/u.test(t.text) || /^\p{Lu}{1,3}\d{1,2}$/u.test(t.text);
}

/**
 * Roles in capitals (`the MP`, `the PM`, `the MLA`, `the AG`, `the DA`, `the CJI`, `the CJ`, `the CM`; `the CEO`: isExecutiveAcronym): titles, never
 * a name or a body's (`Siemens AG` ends a firm's name: no determiner, last in the phrase, so not read as a role).
 */
const ACRONYM_ROLES: ReadonlySet<string> = new Set(['mp', 'pm', 'mla', 'mep', 'ag', 'da', 'cji', 'cj', 'cm']);
export const isAcronymRole = (t: Token): boolean => isAcronym(t) && ACRONYM_ROLES.has(t.lower);

/** `CEO`, `CFO`, `COO`: a chief officer's initials, a role (`the CFO answered`) where other capitals alone name a body. */
export function isExecutiveAcronym(t: Token | undefined): boolean {
  return isWord(t) && t.text.length === 3 && /^C\p{Lu}O$/u.test(t.text);
}

/** A role noun, capitalised or not (`mayor`, `Secretary`), but not an acronym. */
export function isRoleWord(t: Token | undefined): boolean {
  return isWord(t) && ROLE_WORDS.has(t.lower) && !isAcronym(t);
}

/**
 * `Police Chief Ana Kral`, `Police Commissioner Ivo Peskar`: `Police` at `j` before a capitalised role word is that
 * office's (the police chief, not just a chief, so that `the police chief said` finds her and never the fire chief).
 * So is a sentence's or a label's opening `Police chief Ana Kral`, the role in lower case, when a capital follows it.
 * Alone (`Police said`) it is people, and it ends a force's name after a capital (`West Yorkshire Police`). So is
 * `First` (`Deputy First Minister Ana Kral`, `First Secretary`): a word no name holds, it had ended the phrase at `Deputy`.
 */
export function policeTitleAt(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  const word = tokens[j]?.lower;
  if ((word !== 'police' && word !== 'first') || !tokens[j].cap || next === undefined || !isRoleWord(next)) return false;
  if (next.cap || (word === 'police' && isNameWord(tokens[j + 2]) && tokens[j + 2].cap)) return true;
  // `First deputy chairman Ivo Peskar went further`: a sentence's opening `First` before a title in lower case and a
  // name is that office's ordinal (a first deputy), not the adverb, which a name never follows without a comma.
  let k = j + 1;
  while (k < j + 4 && isRoleWord(tokens[k]) && !tokens[k].cap) k++;
  return word === 'first' && isNameWord(tokens[k]) && tokens[k].cap;
}

/** Lower-case words for the level of government an office is held at (`state Rep.`, `city Councilwoman`). */
const OFFICE_LEVELS: ReadonlySet<string> = new Set(['state', 'city', 'county']);

/**
 * `state Rep. Ana Kral`, `former state Sen. Ivo Peskar`: a lower-case level at `j` before a capitalised role word is
 * part of the title, as `Police` is; read as the verb `state` or a stop word, it had left the sentence with no subject.
 * So it is after a place and before a lower-case role (`Oregon state delegate Mary Susan`, `his Ohio state director,
 * Tom Marsh,`), where the phrase had ended at the place, and the place had been given the quote as a government.
 */
export function officeLevelAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  if (!isWord(t) || t.cap || !OFFICE_LEVELS.has(t.lower) || !isWord(next)) return false;
  return next.cap ? isRoleWord(next) : isWord(tokens[j - 1]) && tokens[j - 1].cap && (ROLE_WORDS.has(next.lower) || PERSON_NOUNS.has(next.lower));
}

/**
 * `Minister for Health Ana Kral`, `Commissioner for Human Rights Ivo Peskar`: `for` at `j` between a capitalised title
 * and the capitals of its portfolio, which a title's `of` is elsewhere (`a spokesman for Reyes` is no title: lower case).
 */
export function opensPortfolio(tokens: readonly Token[], j: number): boolean {
  const before = tokenAt(tokens, j - 1);
  return isWord(tokens[j]) && tokens[j].lower === 'for' && isRoleWord(before) && before!.cap && isNameWord(tokens[j + 1]);
}

/** A word of a role or outlet set off after a name (`Kremlin spokesman`, `the Harbour Minister`, `head of the office`). */
export function isAffiliationWord(t: Token | undefined): boolean {
  return isWord(t) && (t.cap || isRoleWord(t) || t.lower === 'the' || t.lower === 'of');
}

/** The dashes that sign a quote or stand for a label's colon (`"…" — Ana Kral`, `Kral — "…"`): hyphen, en, em. */
export const DASHES: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014']);

/**
 * `Bramwell & Tate`, `Procter & Gamble`: an ampersand between capitals, which a firm's name goes on through (the `&` of
 * a speaker phrase). One capitalised word before it: `Ana Kral & Ivo Peskar` joins two people's full names.
 */
export function isFirmAmpersand(tokens: readonly Token[], k: number): boolean {
  const twoWordsBefore = tokenAt(tokens, k - 2)?.kind === 'word' && tokens[k - 2].cap;
  return tokens[k]?.text === '&' && tokenAt(tokens, k - 1)?.cap === true && tokens[k + 1]?.cap === true && !twoWordsBefore;
}

/** Verbs of memory and perception in the present, never a plural noun (`Marsh remembers soldiers`: no name of three words). */
const PERCEIVING_VERBS: ReadonlySet<string> = new Set(['remembers', 'recalls', 'hears', 'overhears', 'sees', 'imagines']);

export function isVerbLike(t: Token): boolean {
  if (t.cap) return false;
  if (SPEECH_VERBS.has(t.lower) || BETWEEN_SUBJECT_AND_VERB.has(t.lower) || IRREGULAR_PAST_VERBS.has(t.lower) || PERCEIVING_VERBS.has(t.lower)) return true;
  return /^[a-z]{3,}ed$/.test(t.lower) && !ORGANISATION_WORDS.has(t.lower);
}

/** A lower-case word shaped like a finite verb right after a subject (`spoke`, `says`, `declined`, `was`). */
export function actsAsVerb(t: Token | undefined): boolean {
  return isWord(t) && !t.cap && (isVerbLike(t) || /(?:[^s]s|ed)$/.test(t.lower));
}

/** An adverb between a subject and its verb (`Cruz gingerly said`, `Carter however said`), which no name goes on through. */
export function isAdverb(t: Token | undefined): boolean {
  if (!isWord(t) || t.cap) return false;
  return SENTENCE_ADVERBS.has(t.lower) || (t.lower.length >= 5 && t.lower.endsWith('ly') && !LY_NOUNS.has(t.lower));
}

/** Words of degree that go before an adverb or a verb (`very nearly`, `almost never`, `quite openly`). */
const DEGREE_WORDS: ReadonlySet<string> = new Set(['very', 'almost', 'quite', 'rather']);

/** Plural endings of nouns for people or things (`backers`, `allies`, `loyalists`, `surrogates`), never read as a verb. */
const AGENT_PLURAL = /(?:ers|ors|ists|ants|ents|ies|ates|ites|als|ians|ns)$/;

/** Whether two or more capitalised name words start at `k` (`Hillary Clinton`), the last not owning a noun after it. */
function fullNameAt(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (isNameWord(tokens[j]) && !ROLE_WORDS.has(tokens[j].lower) && !tokens[j].possessive) j++;
  return j - k >= 2 && !tokens[j]?.possessive;
}

/** Prepositions a verb goes on with (`talks about`, `focuses on`). */
const VERB_PREPOSITIONS = new Set(['about', 'on', 'with', 'for', 'into', 'against', 'through', 'by', 'out']); // `opens by saying`, `finds out`
/** Conjunctions that open a clause after a verb (`Reid shrugs when asked`), never after a noun a name qualifies. */
const VERB_CONJUNCTIONS = new Set(['when', 'while', 'because', 'although', 'though', 'whenever']);

/**
 * Whether the word at `j` begins the predicate of the name before it: a verb or an adverb (`Romney went`, `Weaver
 * didn't`, `Gorka similarly`), or a verb in -s or -ed with its object after it (`Santilli wears a suit`, `Reyes
 * used this`, `Reyes supports "fair pay"`, where `Clinton aides say` is a noun).
 */
export function beginsPredicate(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!isWord(t) || t.cap) return false;
  // `her running mate`, `the acting director`, `Kral's ranking member`: after a determiner or a possessive, a word in
  // -ing before a noun for a person modifies it (`Her running mate, Tim Ruiz, was blunt` had been read as no subject);
  // so does one in -ed (`a retired teacher, Kit Kral, was buying bread`).
  const owner = tokens[j - 1];
  if ((isGerund(t) || /^[a-z]{3,}ed$/.test(t.lower)) && isWord(owner) && (DETERMINERS.has(owner.lower) || owner.possessive) && isWord(tokens[j + 1]) && (ROLE_WORDS.has(tokens[j + 1].lower) || PERSON_NOUNS.has(tokens[j + 1].lower))) return false;
  if (isVerbLike(t) || isAdverb(t)) return true;
  // `Ana Kral very nearly quit`, `Kral almost never speaks`: a word of degree before an adverb or a verb opens it too.
  if (DEGREE_WORDS.has(t.lower) && (isAdverb(tokens[j + 1]) || isVerbLike(tokens[j + 1]))) return true;
  if (!(/^[a-z]{3,}s$/.test(t.lower) && !/ss$/.test(t.lower)) && !/^[a-z]{2,}ed$/.test(t.lower)) return false;
  const next = tokens[j + 1];
  // Straight into a quote only after a name (`Reyes supports "fair pay"`; `the new plans "will not..."` is a noun).
  // A possessive before makes it a noun (`Trump's attacks on Curiel`).
  const name = tokens[j - 1];
  const afterName = isWord(name) && name.cap && !name.possessive;
  if (next?.kind === 'quote') return afterName;
  // `Perez talks about`, `the Daily News focuses on`, `Reid shrugs when asked`: after a name, a verb in -s going on
  // with a preposition or a conjunction, unless it is a noun of people the name qualifies (`Clinton aides in Iowa`,
  // `Cruz supporters at the rally`).
  const people = ROLE_WORDS.has(t.lower) || ROLE_WORDS.has(t.lower.slice(0, -1)) || PERSON_NOUNS.has(t.lower) || PERSON_NOUNS.has(t.lower.slice(0, -1));
  if (/s$/.test(t.lower) && afterName && !people && isWord(next) && (VERB_PREPOSITIONS.has(next.lower) || VERB_CONJUNCTIONS.has(next.lower))) return true;
  // `Okonjo shrugs.`: a sentence of nothing but a name and a verb in -s is a feature's present tense (`Clinton aides.`
  // is a noun, but no sentence of its own).
  if (/s$/.test(t.lower) && afterName && !people && !AGENT_PLURAL.test(t.lower) && j + 2 === tokens.length && next?.text === '.' && tokens.slice(0, j).every((w) => isNameWord(w) && w.cap)) return true;
  // `Roloson supports Hillary Clinton`: after a name, a verb in -s with a full name for its object (read as one phrase,
  // the object's name was taken for the subject). Not a plural noun of people the name qualifies (`Trump allies
  // Roger Stone and...`, `Sanders backers Ana Kral`): no agent noun's ending.
  if (/s$/.test(t.lower) && afterName && !people && !AGENT_PLURAL.test(t.lower) && fullNameAt(tokens, j + 1)) return true;
  // `Bridget Phillipson holds Houghton and Sunderland South`: after a full name, the same verb with a one-word
  // capitalised object (a seat, a town); else the object and its conjunct were read on as the subject's name.
  if (/s$/.test(t.lower) && afterName && !people && !AGENT_PLURAL.test(t.lower) && isNameWord(tokens[j - 2]) && tokens[j - 2].cap && isWord(next) && next.cap && !next.possessive && !isNameWord(tokens[j + 2])) return true;
  // `Sir Ruan Hollis turns 90 this week`, `Kral polled 12 per cent`: after a name, a verb in -s or -ed before a number
  // (the subject had run on through `turns 90`, and the man a later `he says` meant was never read).
  if (afterName && !people && isWord(next) && /^\d/.test(next.text)) return true;
  // An object pronoun after it (`Oakes remembers it differently`, `Kral tells them`) makes it a verb even in an agent
  // noun's ending: no noun of people a name qualifies (`Kral supporters`) takes one.
  if (/s$/.test(t.lower) && afterName && !people && isWord(next) && FEATURE_VERB_FOLLOWERS.has(next.lower)) return true;
  if (afterName && isPresentGesture(t.lower)) return true; // `Tremain gives evidence` (presentGestures.ts)
  return isWord(next) && !next.cap && (DETERMINERS.has(next.lower) || OBJECT_PRONOUNS.has(next.lower) || next.lower === 'that' || next.lower === 'to');
}

/**
 * Words that go on from a verb in -s after a name, never from a noun the name qualifies: a feature's present tense
 * (`Petrescu laughs at this.`, `Ilona pretends not to know.`, `Kudo holds up a squid.`), whose subject a later `he
 * says` means; read as one noun phrase, the name was no subject and the pronoun went to the speaker before.
 */
const FEATURE_VERB_FOLLOWERS: ReadonlySet<string> = new Set(['at', 'not', 'up']);

/** Pronouns that stand only as a verb's object (`her` is also a determiner, read the same way here). */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'him', 'her', 'them', 'me', 'us']);

/**
 * `consumer advocate Ana Kral`, `privacy campaigner Ivo Peskar`: two or more capitals at [from, to) right after a
 * lower-case noun that no list holds for a role (no function word, verb or adverb), which describes the person.
 */
export function describedFullName(tokens: readonly Token[], from: number, to: number): boolean {
  const describer = tokenAt(tokens, from - 1);
  if (to - from < 2 || !isWord(describer) || describer.cap || STOP_WORDS.has(describer.lower) || DETERMINERS.has(describer.lower)) return false;
  for (let k = from; k < to; k++) if (!tokens[k].cap || tokens[k].possessive) return false;
  return !isVerbLike(describer) && !isAdverb(describer);
}

/**
 * Where the source after `according to` at `k` begins (`k + 2`), or after a `per` before a capital (`"...," per Ana
 * Kral.`, `Per ESPN, ...`: sports and wire copy's `according to`; `per cent`, `per game` are not); else -1.
 */
export function accordingToSource(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (t.kind !== 'word') return -1;
  if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') return k + 2;
  // `In Kral's view, …` opening the sentence (viewpointFrames.ts); not `Kral is right in his assessment` after a quote.
  if ((t.lower === 'in' || t.lower === 'by' || t.lower === 'to' || t.lower === 'for') && onlyPunctuationBefore(tokens, k)) return viewpointOwnerAt(tokens, k);
  return t.lower === 'per' && tokens[k + 1]?.kind === 'word' && tokens[k + 1].cap ? k + 1 : -1;
}

/** Whether nothing but punctuation stands before the token at `at` (a name opening its sentence): stops at the first word. */
export function onlyPunctuationBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = 0; k < at; k++) if (tokens[k].kind !== 'punct') return false;
  return true;
}

/** Modal and auxiliary verbs: one right after a name makes the name a clause's subject (`Peskar would …`, `Kral has …`). */
export const AUXILIARY_VERBS: ReadonlySet<string> = new Set(['would', 'will', 'could', 'can', 'should', 'must', 'might', 'may', 'was', 'is', 'were', 'are', 'had', 'has', 'have']);
