// `Her campaign manager, Robby Mook, suggested`, `One victim, 87-year-old Edna Price, said`, `Her instructor, Leo
// Brandt, said`: a description of a person, then, set off by commas, the name of whoever it describes, then the verb.
// The name is the verb's subject; the description before it is no one of its own.
import { pastJoinedCompanions } from './joinedCompanions';
import { COURTESY_TITLES, DETERMINERS, ROLE_WORDS, SUBJECT_CONNECTIVES } from '../text/newsLexicon';
import { genderOfNoun, PERSON_NOUNS, RELATIVE_NOUNS } from '../text/personNouns';
import type { Token } from '../text/sentenceTokens';
import { namedWithin } from './namedDescriptions';
import { afterRolePlace, BODY_NAME_SMALL_WORDS, personHead } from './rolePlaces';
import { asideEnd, dashedAsideEnd } from './personAsides';
import { familyRankBefore } from './familyRanks';
// findNames reads a name's particles before the surname an appositive describes through this module (particleNames.ts).
export { withParticlesBefore } from './particleNames';
import { DASHES, isAdverb, isExecutiveAcronym, isNameParticleAt, isNameWord, isPatronymicAt, isSpeechVerbAt, isVerbLike, isWord, STOP_WORDS } from './tokenClasses';

/** `Mr`, `Mrs.`, `Ms`: a courtesy title, with or without its stop. */
const isCourtesyTitle = (t: Token | undefined): boolean => isWord(t) && t.cap && COURTESY_TITLES.has(t.lower.replace(/\.$/, ''));

/** Token indices, [from, to): a speaker phrase (speakerPhrases.ts, which imports this file). */
interface TokenSpan {
  readonly from: number;
  readonly to: number;
}

/** Articles that may open a description restated before the name (`the architect`). */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** The most words of a name set off after a description. */
const NAME_WORDS = 4;
/** The most lower-case words describing the person again before their name (`former colleague`, `87-year-old`). */
const RESTATED_WORDS = 3;
/** The most tokens of an aside that describes a person and then gives their name (`a programmer who gave his name as Pavel`). */
const GIVEN_NAME_ASIDE = 14;
/** The most lower-case words of a description no word list knows (`her swimming instructor`). */
const DESCRIPTION_WORDS = 4;
/** Words that open a description of a person (`her instructor`, `one victim`, `a witness`), never a thing's (`its`). */
const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'our', 'my', 'one', 'another']);

/**
 * Where the name between the commas at `open` and `close` starts, or -1 when those commas hold no name after a
 * description. `verb` is the token the phrase is read back from.
 */
export function appositiveNameStart(tokens: readonly Token[], open: number, close: number, verb: number, aged = false): number {
  // `The study's lead author, Dr. Paul Osei of the University of Michigan, said`: the name ends where the body it is
  // of begins (had it been read as the end, no name was found and the quote went to the person named before).
  // `Her neighbour, a retired engineer named Viktor, said`: the name after `named` is whom the commas describe.
  const named = namedWithin(tokens, open + 1, close);
  if (named >= 0 && isSpeechVerbAt(tokens, verb)) return named + 1;
  const end = bodyAfterName(tokens, open, close);
  // `Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, said`: a patronymic's `bin` between capitals is
  // the name's, and no word of it counts against the name's length.
  let n = end;
  for (let words = 0; n > open + 1 && words < NAME_WORDS; n--) {
    if (isPatronymicAt(tokens, n - 1) || isNameParticleAt(tokens, n - 1)) continue;
    if (!isNameWord(tokens[n - 1]) || ROLE_WORDS.has(tokens[n - 1].lower) || tokens[n - 1].possessive) break;
    words++;
  }
  // `the prosecutor, Marsh, said`: a surname alone only right after a role and before a speech verb, where a word
  // set off alone could be nothing else (`The city, Leeds, voted` is a place).
  // `Her son, Robert, said`, `his wife of 60 years, Carmen, said`: a given name alone after a relative, the way an
  // obituary names the family.
  // `The Taoiseach, Mr Ahern, said`, `The British Prime Minister, Mr. Blair, had told`: a courtesy title alone before a
  // surname says as surely that the commas hold a person (the description had been resolved to another article's
  // prime minister).
  if (end - n === 1 && end === close && n === open + 2 && isCourtesyTitle(tokens[open + 1]) && (roleBefore(tokens, open) || openedByDeterminer(tokens, open))) return open + 1;
  if (end - n < 2 && !(end - n === 1 && end === close && n === open + 1 && (roleRightBefore(tokens, open) || relativeRightBefore(tokens, open)) && isSpeechVerbAt(tokens, verb))) return -1;
  // `former colleague Tom Ridley`: lower-case words before the name describe the same person again; so do titles
  // (`A Pentagon spokesman, Maj. Gen. Pat Ryder, said`, `The army's spokesman, Lt. Col. Ana Kral, said`).
  // `A friend, the architect Tunde Bakare, recalls`: an article may open the words that describe them again.
  const article = open + 1 < n && ARTICLES.has(tokens[open + 1].lower) ? 1 : 0;
  const restated = tokens.slice(open + 1 + article, n);
  const describes = (t: Token) => isWord(t) && (t.cap ? ROLE_WORDS.has(t.lower) : !STOP_WORDS.has(t.lower) && !DETERMINERS.has(t.lower) && !isVerbLike(t));
  // `Its author, retired engineer Ivo Kral, says`: a participle before the noun it describes is an adjective.
  const adjective = (t: Token, i: number) => !t.cap && /ed$/.test(t.lower) && i + 1 < restated.length && describes(restated[i + 1]);
  // `A ministry spokesman, Major General Igor Lomov, said`: `Major` before a rank is the rank's (it is no role alone:
  // `a major donor`, John Major).
  const rank = (t: Token, i: number) => t.cap && t.lower === 'major' && isWord(restated[i + 1]) && restated[i + 1].cap && ROLE_WORDS.has(restated[i + 1].lower);
  if (restated.length > RESTATED_WORDS || !restated.every((t, i) => describes(t) || adjective(t, i) || rank(t, i)) || (article && restated.length === 0)) return -1;
  // A title set off with the name (`His commander, Lt. Col. Ivo Kral, was blunter`) makes it a person's as surely.
  // `Their cousin, Ana Kral,`: a relative of someone's is a person as a role is.
  if (restated.every((t) => t.cap) && (roleBefore(tokens, open) || relativeRightBefore(tokens, open))) return n;
  // `The warden, Mrs Ada Eke, wept`, `The Harbour Master of Dunmore, Chief Ada Eke, appealed`: a courtesy title or a
  // rank set off with two name words is a person's, whatever the description and the verb (no place or thing is
  // `Mrs`); without it the sentence's `she` went past her to a woman named before.
  if (restated.length > 0 && restated.every((t) => t.cap && ROLE_WORDS.has(t.lower)) && end - n >= 2 && describedFromClauseStart(tokens, open)) return n;
  // `A customer, Ivo Kral, 69, shrugged`: an age set off after the name says it is a person's, whatever the noun.
  if (aged && restated.length === 0 && end - n >= 2 && descriptionBefore(tokens, open)) return n;
  // `The choir's oldest member, 91-year-old bass Ivo Kral, joined in 1952`: an age restated before the name is a
  // person's, whatever noun follows it and whatever the verb (no place is `91-year-old`).
  if (restated.some((t) => /^\d+-year-old$/.test(t.lower)) && end - n >= 2 && (descriptionBefore(tokens, open) || describedFromClauseStart(tokens, open))) return n;
  // `The fourth panelist, shop owner Ana Kral, had been quiet`, `Her husband, actor Ivo Kral, also posted`: a role or a
  // noun for a person restated inside the commas says it is a person.
  const restatedRole = restated.length > 0 && [ROLE_WORDS, PERSON_NOUNS].some((words) => words.has(restated[restated.length - 1].lower)) && !restated[restated.length - 1].cap;
  if (restatedRole && (roleBefore(tokens, open) || descriptionBefore(tokens, open))) return n;
  // A description no word list knows (`Her instructor`), or one restated inside the commas, is a person's only when the
  // name goes on to speak: `Her hometown, Port Aldis, voted` is a place.
  return isSpeechVerbAt(tokens, verb) && (roleBefore(tokens, open) || descriptionBefore(tokens, open)) ? n : -1;
}

/** Where the name set off from `open` to `close` ends: before a town it comes `from` (`Ana Kral from Dunmore`, which
 *  is no part of her name), else at `close`; a body it is `of` stays for the name's reading to cut. */
export function appositiveNameEnd(tokens: readonly Token[], open: number, close: number): number {
  const end = bodyAfterName(tokens, open, close);
  return tokens[end]?.lower === 'from' ? end : close;
}

/** Where `of` and a body or place in capitals (`of the University of Michigan`), or `from` and a town (`One fan, Ana
 *  Kral from Dunmore, said`), close what the commas set off, or `close`. */
function bodyAfterName(tokens: readonly Token[], open: number, close: number): number {
  for (let k = open + 3; k < close - 1; k++) {
    if ((tokens[k].lower !== 'of' && tokens[k].lower !== 'from') || !isNameWord(tokens[k - 1])) continue;
    const body = tokens.slice(k + 1, close);
    return body.some((t) => t.cap) && body.every((t) => isWord(t) && (t.cap || BODY_NAME_SMALL_WORDS.has(t.lower))) ? k : close;
  }
  return close;
}

/** The most lower-case words a noun joined by `and` adds to a description before its comma. */
const JOINED_NOUN_WORDS = 5;

/**
 * `Her namesake and fiercest critic, Ivo Kral, led the march`: the comma closing a description that `and` joins a
 * second noun to, or `at` itself. Read as `Her namesake` alone, the name set off after it was no subject, and a `he`
 * after the sentence went past him to the woman named before. A determiner or possessive after `and` starts a second
 * person (`The mayor and her deputy, Ana Kral, said`: the pair speaks), and stops it.
 */
function pastJoinedNoun(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.lower !== 'and') return at;
  for (let k = at + 1; k < tokens.length && k - at <= JOINED_NOUN_WORDS + 1; k++) {
    const t = tokens[k];
    if (t.text === ',') return k - at > 1 ? k : at;
    if (!isWord(t) || t.cap || t.possessive || isVerbLike(t) || DESCRIPTION_OPENERS.has(t.lower) || DETERMINERS.has(t.lower)) return at;
  }
  return at;
}

/**
 * `Her neighbour, Ana Kral, still fishes.`, `His lawyer, Ivo Peskar, declined to comment.`: a description opening the
 * sentence with a name set off after it, then the verb. The sentence is about the named person, so a pronoun after it
 * is theirs, never the description's (the name had been passed over and `he says` given to `Her neighbour`).
 * `description` is the phrase read at the sentence's start; returns the name's phrase, or null.
 */
export function appositiveSubject(tokens: readonly Token[], description: TokenSpan): TokenSpan | null {
  const officer = officerThroughBody(tokens, description);
  if (officer) return officer;
  const open = pastJoinedNoun(tokens, afterRolePlace(tokens, description.to));
  // `Its chairman, Ivo Kral, says`: a body's role (`its` owns things, so only before a role or a noun for a person).
  const role = tokens[open - 1];
  const bodysRole = tokens[description.from]?.lower === 'its' && isWord(role) && !role.cap && (ROLE_WORDS.has(role.lower) || PERSON_NOUNS.has(role.lower));
  // `Opposition leader in the council, Ivo Kral, alleged`: a role with no article may open the sentence, as Indian
  // and headline-style copy writes it.
  const head = tokens[description.to - 1];
  const bareRole = startsClauseAt(tokens, description.from) && tokens[description.from].cap && isWord(head) && !head.cap && (ROLE_WORDS.has(head.lower) || PERSON_NOUNS.has(head.lower));
  if (tokens[open]?.text !== ',' || !(opensDescription(tokens[description.from]) || bodysRole || bareRole)) return null;
  let close = open + 1;
  // `One man, a programmer from Moscow who gave his name as Pavel, said`: a longer aside only where it ends in the
  // name it gives (namedWithin).
  while (close < tokens.length && close - open <= GIVEN_NAME_ASIDE && tokens[close].text !== ',' && !DASHES.has(tokens[close].text)) close++;
  // `Her neighbour, Joseph Okafor - her brother-in-law - had seen`: an aside between dashes may close the name.
  const dashed = close < tokens.length && DASHES.has(tokens[close].text) ? dashedAsideEnd(tokens, close) : -1;
  if ((tokens[close]?.text !== ',' && dashed < 0) || (close - open > NAME_WORDS + RESTATED_WORDS + 1 && namedWithin(tokens, open + 1, close) < 0)) return null;
  // `Their neighbor, Patricia Owens, 71, lost her car`: an age set off after the name.
  const aged = dashed < 0 && /^\d{1,3}$/.test(tokens[close + 1]?.text ?? '') && tokens[close + 2]?.text === ',';
  // `Her husband, Ivo Kral, a retired ferry captain, sat`, `Their cousin, Ana Kral, who traced the family, was`: a
  // second aside about the named person before the verb (it had left the description the one a later `he` meant).
  const aside = dashed >= 0 ? dashed : asideEnd(tokens, aged ? close + 2 : close);
  // `His wife, Grace Sugut, and their children watched`: others joined to the named person before the verb.
  let verb = pastJoinedCompanions(tokens, (aside > 0 ? aside : aged ? close + 2 : close) + 1);
  // `Their daughter, Maria Garcia, 28, now manages the kitchen`: `now` before the verb is read over like an adverb.
  const verbFrom = verb;
  while (verb < tokens.length && verb - verbFrom <= 1 && (isAdverb(tokens[verb]) || tokens[verb].lower === 'now')) verb++;
  // A verb in the present or past right after the name's closing comma (`still goes`, `declined`).
  if (!isVerbAfterName(tokens, verb)) return null;
  // `His wife, Sian, does the accounts`, `Their son, Owen, 26, wants`: a given name alone after a relative is the
  // subject too; the relative's sex goes with the name (findNames.ts) and the text shows it someone (speakingWords.ts),
  // so a later `she says` finds her and never reaches past her to the person the relative is of.
  if (close === open + 2 && (lonePersonAfterRelative(tokens, open) || (familyRankBefore(tokens, open) && loneName(tokens[open + 1])))) return { from: open + 1, to: close };
  const from = appositiveNameStart(tokens, open, close, verb, aged);
  // `Her neighbour, a retired engineer named Viktor, stayed`: one word after `named` is a name as surely as two.
  return from >= 0 && (close - from >= 2 || namedWithin(tokens, open + 1, close) === from - 1) ? { from, to: appositiveNameEnd(tokens, open, close) } : null;
}

/**
 * Whether token `verb` is a verb in the present or past after a name set off by commas (`still goes`, `declined`);
 * `read`, past or present, before an article is one too (`His widow, Ana Kral, read a statement`).
 */
function isVerbAfterName(tokens: readonly Token[], verb: number): boolean {
  const v = tokens[verb];
  if (!isWord(v) || v.cap) return false;
  const reads = (v.lower === 'read' || v.lower === 'reads') && DETERMINERS.has(tokens[verb + 1]?.lower ?? '');
  return isVerbLike(v) || reads || /^[a-z]{2,}(?:[^s']s|ed)$/.test(v.lower);
}

/** Words that say a body acts by someone (`through its spokesman`, `via its lawyer`). */
const THROUGH: ReadonlySet<string> = new Set(['through', 'via']);
/** Possessives that tie the officer to the body before them. */
const BODY_OWNERS: ReadonlySet<string> = new Set(['its', 'their']);
/** The most words of the office (`national publicity secretary`). */
const OFFICE_WORDS = 5;

/**
 * `The union, through its president, Comrade Ivo Peskar, threatened a strike`: a body that acts through an officer it
 * names, as Nigerian, Indian and Kenyan copy reports a party's or union's stand. The officer is the verb's subject,
 * whom a later `he said` means (no person had stood as subject, and the pronoun went to one named sentences before).
 * The officer's name span, read a fixed few tokens from the subject's end, or null.
 */
function officerThroughBody(tokens: readonly Token[], subject: TokenSpan): TokenSpan | null {
  const k = subject.to;
  if (tokens[k]?.text !== ',' || !isWord(tokens[k + 1]) || !THROUGH.has(tokens[k + 1].lower) || !isWord(tokens[k + 2]) || !BODY_OWNERS.has(tokens[k + 2].lower)) return null;
  let open = k + 3;
  while (open - (k + 3) < OFFICE_WORDS && isWord(tokens[open]) && !isVerbLike(tokens[open])) open++;
  const office = tokens.slice(k + 3, open);
  if (tokens[open]?.text !== ',' || !office.some((t) => ROLE_WORDS.has(t.lower) || PERSON_NOUNS.has(t.lower))) return null;
  let close = open + 1;
  while (close - open <= NAME_WORDS + RESTATED_WORDS && close < tokens.length && tokens[close].text !== ',') close++;
  if (tokens[close]?.text !== ',') return null;
  let verb = close + 1;
  while (verb - close <= 2 && isAdverb(tokens[verb])) verb++;
  if (!isVerbAfterName(tokens, verb)) return null;
  // The name: a few name words before the closing comma, after titles at most (`Comrade`, `Dr`); the office said
  // already that the commas hold a person.
  let from = close;
  while (from > open + 1 && close - from < NAME_WORDS && isNameWord(tokens[from - 1]) && !ROLE_WORDS.has(tokens[from - 1].lower) && !tokens[from - 1].possessive) from--;
  const titled = tokens.slice(open + 1, from).every((t) => isWord(t) && t.cap && ROLE_WORDS.has(t.lower));
  return close - from >= 2 && titled ? { from, to: close } : null;
}

/** `his wife, Sian,`: one capitalised word, no role, set off after a possessive and a relative of one sex. */
export function lonePersonAfterRelative(tokens: readonly Token[], open: number): boolean {
  return loneName(tokens[open + 1]) && tokens[open + 2]?.text === ',' && relativeRightBefore(tokens, open) && genderOfNoun(tokens[open - 1].lower) !== null;
}

/** A word that may be a given name standing alone: a name's shape, no possessive, no role. */
const loneName = (name: Token | undefined): boolean => name !== undefined && isNameWord(name) && !name.possessive && !ROLE_WORDS.has(name.lower);

/** The most capitals between `the` and a capitalised role they say the office of. */
const ROLE_BODY_CAPITALS = 5;

/**
 * The role ends at the comma or a few words before it (`The head of the presidential office, Ivo Kral, said`,
 * `The head of the Russian-backed administration in Kherson, Ivo Kral, said`); a role in capitals after `the` is one
 * too (`The Secretary-General, Ana Ruiz, said`, `The President of the General Assembly, Ana Ruiz, said`).
 */
function roleBefore(tokens: readonly Token[], open: number): boolean {
  for (let k = open - 1; k >= 0 && k >= open - 8 && isWord(tokens[k]); k--) {
    // `the Secretary`, `The Education Secretary`: a capitalised role after `the` and the capitals that say of what
    // (`The NSW Rural Fire Service Commissioner`: a service's full name, up to five of them).
    let d = k - 1;
    while (d >= 0 && k - d <= ROLE_BODY_CAPITALS && isWord(tokens[d]) && tokens[d].cap && tokens[d].lower !== 'the') d--;
    // `Chief Executive of the regulator, Tomas Brell, added:`: or opening the clause, as press releases write it.
    const titled = tokens[k].cap && ROLE_WORDS.has(tokens[k].lower) && ((isWord(tokens[d]) && tokens[d].lower === 'the') || startsClauseAt(tokens, d + 1));
    // `His co-founder, Ana Kral,`, `the ex-minister`: a role's head after a prefix's hyphen.
    const head = tokens[k].lower.slice(tokens[k].lower.lastIndexOf('-') + 1);
    if ((!tokens[k].cap || titled) && (personHead(tokens[k].lower) || ROLE_WORDS.has(head) || PERSON_NOUNS.has(head))) return true;
    // `The Podesta Group's CEO, Ana Kral, said`: a chief officer's initials are a role in capitals anywhere.
    if (isExecutiveAcronym(tokens[k])) return true;
  }
  return false;
}

/**
 * `Her instructor`, `One victim`, `But Greenpeace's Amazon campaigner`: words after a determiner or an owner's
 * possessive that opens the clause (after a connective at most), right before the comma at `open`; the last of them
 * in lower case (the noun), the others lower case or a capitalised modifier (`Amazon`).
 */
function descriptionBefore(tokens: readonly Token[], open: number): boolean {
  if (!isWord(tokens[open - 1]) || tokens[open - 1].cap) return false;
  const content = (t: Token) => isWord(t) && !t.possessive && !STOP_WORDS.has(t.lower) && !DETERMINERS.has(t.lower) && !DESCRIPTION_OPENERS.has(t.lower) && (t.cap ? !ROLE_WORDS.has(t.lower) : !isVerbLike(t));
  let k = open - 1;
  while (k >= 0 && open - k <= DESCRIPTION_WORDS && content(tokens[k])) k--;
  return k < open - 1 && opensDescription(tokens[k]) && startsClauseAt(tokens, k);
}

/** `The Taoiseach,`: a few words before the comma at `open` that a determiner opens at the start of the clause. */
function openedByDeterminer(tokens: readonly Token[], open: number): boolean {
  for (let k = open - 2; k >= 0 && open - k <= RESTATED_WORDS + 2 && isWord(tokens[k]); k--) {
    if (DESCRIPTION_OPENERS.has(tokens[k].lower) && startsClauseAt(tokens, k)) return true;
  }
  return false;
}

/** The most words of a description read back from its comma to the word that opens it (`The Harbour Master of Dunmore`). */
const TITLED_DESCRIPTION_WORDS = 8;

/**
 * Whether the words before the comma at `open` are a description opening its clause: read back over capitals,
 * possessives and lower-case words that are no verb (`the retired judge's son`, `The Harbour Master of Dunmore`) to a
 * determiner or an owner's possessive that starts the clause.
 */
function describedFromClauseStart(tokens: readonly Token[], open: number): boolean {
  for (let k = open - 1; k >= 0 && open - k <= TITLED_DESCRIPTION_WORDS && isWord(tokens[k]); k--) {
    if (opensDescription(tokens[k]) && startsClauseAt(tokens, k)) return true;
    if (!tokens[k].cap && !tokens[k].possessive && isVerbLike(tokens[k])) return false;
  }
  return false;
}

/** A determiner that opens a description of a person (`her`, `one`), or an owner's possessive (`Greenpeace's`). */
function opensDescription(t: Token | undefined): boolean {
  return isWord(t) && (DESCRIPTION_OPENERS.has(t.lower) || (t.cap && t.possessive === true));
}

/** A quotation whose last mark follows a comma, question or exclamation mark inside it (`"…,"`, `"…?”`). */
const CLOSED_ON_PUNCTUATION = /[,?!]\s*["'\u201D\u2019]$/;

/** Whether token `k` opens its clause: first, after punctuation, or after a connective that does (`But`, `And`). */
function startsClauseAt(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (k === 0 || before.kind === 'punct') return true;
  // `"…," the engineer, Ana Kral, said`: a quotation closed on its own comma (or `?`, `!`) ends a clause as a comma does.
  if (before.kind === 'quote' && CLOSED_ON_PUNCTUATION.test(before.text)) return true;
  return isWord(before) && SUBJECT_CONNECTIVES.has(before.lower) && (k === 1 || tokens[k - 2].kind === 'punct');
}

/** `the prosecutor,`: a lower-case role or word for a person right before the comma at `open`, after `the`. */
function roleRightBefore(tokens: readonly Token[], open: number): boolean {
  const role = tokens[open - 1];
  return isWord(role) && !role.cap && (ROLE_WORDS.has(role.lower) || PERSON_NOUNS.has(role.lower) || STORY_ROLES.has(role.lower)) && isWord(tokens[open - 2]) && tokens[open - 2].lower === 'the';
}

/**
 * `the narrator, Callum, explains`: a part in a story, which a review names its character by, given name alone. Not a
 * noun for a person elsewhere: `the narrator says` of an advert is no one the text named before.
 */
const STORY_ROLES: ReadonlySet<string> = new Set(['narrator', 'protagonist', 'heroine', 'hero']);

/** The possessives before a relative (`his son`), never an article: `the son, Robert,` is rarely news style. */
const OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'our']);

/** `her son,`, `his wife of 60 years,`: a possessive and a relative right before the comma at `open` (with its years). */
function relativeRightBefore(tokens: readonly Token[], open: number): boolean {
  let k = open - 1;
  // `of 60 years`, `of 35 years`: how long a marriage lasted, between the relative and the comma.
  if (isWord(tokens[k]) && /^years?$/.test(tokens[k].lower) && /^\d+$/.test(tokens[k - 1]?.text ?? '') && tokens[k - 2]?.lower === 'of') k -= 3;
  const relative = tokens[k];
  const owner = tokens[k - 1];
  // `Lloyd's wife, Menna,`: a person's possessive owns the relative as a pronoun does; so does a described one's
  // (`The couple's daughter, Francesca,`, `the victim's son, Owen,`).
  // `the dead man's widow, Maire,`: an adjective or two may stand between `the` and the described owner.
  const described = owner?.possessive === true && !owner.cap && [2, 3, 4].some((d) => tokens[k - d]?.lower === 'the' && tokens.slice(k - d + 1, k - 1).every((t) => isWord(t) && !t.cap && !isVerbLike(t)));
  return (isWord(relative) && RELATIVE_NOUNS.has(relative.lower) && isWord(owner) && (OWNERS.has(owner.lower) || (owner.cap && owner.possessive === true) || described)) || familyRankBefore(tokens, open);
}

/**
 * `Peskar's wife, Ana, said`, `his son Leo`, `Ana, Peskar's wife,`: whether the lone name at `at` is set beside a
 * relative of someone, and so names that relative, not another person of the text who shares the given name.
 */
export function namesARelative(tokens: readonly Token[], at: number): boolean {
  if (tokens[at - 1]?.text === ',' && relativeRightBefore(tokens, at - 1)) return true;
  if (isWord(tokens[at - 1]) && RELATIVE_NOUNS.has(tokens[at - 1].lower) && isWord(tokens[at - 2]) && (OWNERS.has(tokens[at - 2].lower) || tokens[at - 2].possessive === true)) return true;
  if (tokens[at + 1]?.text !== ',') return false;
  for (let k = at + 3; k <= at + 8 && k < tokens.length; k++) if (tokens[k].text === ',') return relativeRightBefore(tokens, k);
  return false;
}

/** Prepositions after which `the <role>, <Name>` is an object's appositive (`in front of the mayor, Leon Achterberg,`). */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'to', 'with', 'by', 'for', 'from', 'against', 'before', 'behind', 'beside', 'alongside', 'at', 'on', 'about']);

/** Words opening what may follow an object's appositive: a time, a place, a relative clause. */
const AFTER_APPOSITIVE: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'after', 'last', 'this', 'who', 'whose', 'whom', 'which', 'when', 'where', 'outside', 'inside']);

/**
 * `Wren met the mayor, Leon Achterberg, on Monday`, `… in front of the mayor, Leon Achterberg.`: `the` and a role
 * (from `the` + 1 to `role`) as a verb's or preposition's object, its holder's name set off after it and ending at
 * `end`, names that holder as firmly as a role opening the sentence does. Not where the name goes on as the subject of
 * a verb of its own (`a letter to the editor, Ana Kral, wrote`: the editor is someone else), nor in a list where
 * `and` adds another person (`met the mayor, Leon Achterberg, and Ana Kral`: the mayor may be a third).
 */
export function objectRoleAppositive(tokens: readonly Token[], role: number, end: number): boolean {
  const the = tokens[role - 1];
  const governor = tokens[role - 2];
  if (the?.lower !== 'the' || !isWord(governor) || governor.cap || !(OBJECT_PREPOSITIONS.has(governor.lower) || (isVerbLike(governor) && !isSpeechVerbAt(tokens, role - 2)))) return false;
  const close = tokens[end];
  if (close?.text === '.' || close?.text === ';') return true;
  if (close?.text !== ',') return false;
  const next = tokens[end + 1];
  // `, on Monday`, `, who did not reply`: a phrase or clause about the holder (`on` reads as a verb's particle too).
  if (isWord(next) && (OBJECT_PREPOSITIONS.has(next.lower) || AFTER_APPOSITIVE.has(next.lower))) return true;
  if (!isWord(next) || isVerbLike(next) || next.cap) return false;
  if (next.lower === 'and' || next.lower === 'or') return isVerbLike(tokens[end + 2]);
  return !DETERMINERS.has(next.lower);
}

/**
 * `The new chairman, Patrick Quill, was in high spirits.`: read on from the token `at` right after a subject's name,
 * the token after the comma closing that name where a description before it set it off (else `at`), so that the
 * name's verb is found as after a name standing alone.
 */
export function pastSetOffName(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== ',' || !isWord(tokens[at + 1]) || tokens[at + 1].cap) return at;
  let k = at - 1;
  while (k >= 0 && k > at - 1 - NAME_WORDS && isNameWord(tokens[k])) k--;
  return k < at - 1 && tokens[k]?.text === ',' ? at + 1 : at;
}
