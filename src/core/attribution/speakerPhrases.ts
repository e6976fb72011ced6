// Reading noun phrases that name a speaker out of a sentence's tokens: names with titles
// (`Kremlin spokesman Dmitry Peskov`), pronouns, descriptions (`the Russian president`, `an Egyptian
// official`), organisations (`The European Union's 27 member states`) and pairs (`Burton and Nick`).
import { ownerInsideOf } from './namedOfOwners';
import { sexOfGivenName } from './givenNameSexes';
import { COURTESY_TITLES, BETWEEN_SUBJECT_AND_VERB, DETERMINERS, NAME_PARTICLES, NOT_NAME_WORDS, ORGANISATION_MARKS, ORGANISATION_WORDS, PARTY_MEMBERS, PATRONYMIC_PARTICLES, PERSON_NOUNS, ROLE_HEADS, ROLE_WORDS, SPEECH_VERBS } from '../text/newsLexicon';
import { tokenAt, type Token } from '../text/sentenceTokens';
import { addressBeforeTown, APPOSITIVE_TOKENS, opensAppositive, shortParenthesis } from './appositives';
import { appositiveNameStart } from './appositiveNames';
import { bodyOfMembers } from './groupNames';
import { isCompoundModifier, portfolioBeforeName, surnameRole, titledName, titleIsGivenName } from './titledNames';
import { beforeTimePhrase, opensCountedTime, opensTimePhrase } from './timePhrases';
import { nameAfterComplement } from './roleComplements';
import { commonPlaceAfterNoun } from './commonPlaces';
import { openingAgentNoun, particleSurname } from './nameWordShapes';
import { beforeHedgedReport } from './hedgedReports';
import { namedWithin } from './namedDescriptions';
import { beginsPredicate, describedFullName, isAcronym, isAcronymRole, isAdverb, isExecutiveAcronym, isFirmAmpersand, isGerund, isNameParticleAt, isNameWord, isPatronymicAt, opensPortfolio, isPronoun, isRoleWord, isVerbLike, isWord, MEMBER_NOUNS, STOP_WORDS } from './tokenClasses';

/** Words that name a body and are no one's surname (`Hall`, `Post` are): what a title before them cannot make a person. */
const BODY_WORDS: ReadonlySet<string> = new Set(['staff', 'command', 'service', 'council', 'office', 'committee', 'commission', 'ministry', 'department', 'agency', 'directorate', 'headquarters']);

export interface Phrase {
  /** Token indices, [from, to). */
  readonly from: number;
  readonly to: number;
}

/** Prepositions of place whose object is never the subject of the verb after it (`in` and `at` may lead a body's people). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['around', 'near', 'across', 'through', 'beyond', 'along', 'towards', 'toward', 'behind', 'beneath', 'outside', 'inside']);

/** Auxiliaries that a capital makes a surname (`May`) or a given name (`Will`), never a day between subject and verb. */
const MODALS: ReadonlySet<string> = new Set(['may', 'will', 'can', 'must', 'might', 'could', 'would', 'should', 'did', 'does', 'do', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'been']);
/** Words that begin no name (a web page's `Watch`, `Police said`) but end an organisation's after a capital (`Harbor Watch`, `West Yorkshire Police`). */
export const NAME_TAIL_WORDS: ReadonlySet<string> = new Set(['watch', 'police']);

/** A phrase that ends right before token `end` (exclusive), read backwards: the subject of a verb at `end`. `depth`: how many heads before `of`/`for`/`from` were read already; bounded, so `the head of the head of ...` stays shallow. */
export function phraseBefore(tokens: readonly Token[], end: number, floor = 0, depth = 0): Phrase | null {
  let e = beforeHedgedReport(tokens, beforeTimePhrase(tokens, end - 1, floor), floor);
  // `State now says`: an adverb of time between the subject and its verb, read over like `also` (where `Right now,` opens a sentence).
  // `Kral has since apologized`: `since` after an auxiliary is an adverb of time; `As Kral used to say` a habit's `used to`.
  // `Kral and Peskar both said`: a floating quantifier after the names.
  const since = (k: number): boolean => (tokens[k].lower === 'since' && /^(?:has|have|had)$/.test(tokens[k - 1]?.lower ?? '')) || ((tokens[k].lower === 'both' || (tokens[k].lower === 'all' && tokens[k - 1]?.cap === true)) && k > floor && isWord(tokens[k - 1])) || /^(?:\S+ (?:used|liked|loved) to|(?:used|liked|loved) to \S+)$/.test(`${tokens[k - 1]?.lower} ${tokens[k].lower} ${tokens[k + 1]?.lower}`);
  for (let skipped = 0; e >= floor && skipped < 4 && isWord(tokens[e]) && !tokens[e].cap && (BETWEEN_SUBJECT_AND_VERB.has(tokens[e].lower) || isAdverb(tokens[e]) || tokens[e].lower === 'now' || since(e)); skipped++) e--;
  // `on Friday`, `Thursday`: a day between subject and verb; a capital there is a day's name only (`Theresa May said`).
  while (e >= floor && isWord(tokens[e]) && BETWEEN_SUBJECT_AND_VERB.has(tokens[e].lower) && (tokens[e].cap ? !tokens[e].surname && !MODALS.has(tokens[e].lower) : tokens[e].lower === 'on')) e--;
  e = beforeTimePhrase(tokens, e, floor);
  if (e < floor) return null;
  // `Mark, the lead on the project, told`, `Butz, 49, told`, `Doe (D-Ore.) said`, `Carr, 31, a photographer, said`: skip appositives.
  let name: number;
  const beforeAppositives = e;
  for (let n = 0; n < 2 && e >= floor && tokens[e].kind === 'punct' && (tokens[e].text === ',' || tokens[e].text === ')'); n++) {
    // `Gov. Ana Reyes (R-OH), said`: a comma after an aside in brackets closes that aside, not an appositive.
    if (tokens[e].text === ',' && tokens[e - 1]?.text === ')' && e - 1 > floor) e--;
    const open = tokens[e].text === ',' ? ',' : '(';
    let c = e - 1;
    while (c >= floor && c > e - APPOSITIVE_TOKENS && !(tokens[c].kind === 'punct' && tokens[c].text === open)) c--;
    // `A witness, former colleague Tom Ridley, told`: a name closing what is set off is the subject, not an appositive's.
    if (c > floor && open === ',' && (name = appositiveNameStart(tokens, c, e, end)) >= 0) return { from: name, to: e };
    // `Hale, of Cowes, Isle of Wight, said`: the town an address goes on to is set off with it.
    const address = open === ',' ? addressBeforeTown(tokens, c, e) : -1;
    if (address > floor) e = address - 1;
    else if (c > floor && c < e - 1 && (opensAppositive(tokens, c + 1) || (open === '(' && shortParenthesis(tokens, c)))) e = c - 1;
    else return null;
    // `Berg, 31, a harbour pilot, said`: the appositive before is closed by the comma just skipped.
    if (tokens[e - 1]?.text === ',' && opensAppositive(tokens, e) && e - 1 > floor) e -= 2;
  }
  if (e < floor) return null;
  if (isPronoun(tokens[e])) return { from: e, to: e + 1 };
  let j = e;
  let length = 0;
  while (j >= floor && length < 9) {
    const t = tokens[j];
    if (!isWord(t) && !isFirmAmpersand(tokens, j)) break;
    if (DETERMINERS.has(t.lower) && !t.possessive) {
      j--;
      length++;
      if (isWord(tokens[j]) && tokens[j].lower === 'and' && j - 1 >= floor && isWord(tokens[j - 1])) {
        j--;
        continue;
      }
      break;
    }
    if (t.lower === 'and' || t.lower === '&') {
      if (j === e || !isWord(tokens[j - 1]) || !(isNameWord(tokens[j - 1]) || tokens[j - 1].lower.length > 1)) break;
      j--;
      continue;
    }
    // `Secretary of State Albright`, `the mayor of Port Aldis`: a title or role runs through what it is of.
    // `the Center for American Progress`: a body's name runs through `for` between capitals (readNamePhrase).
    // `Amirul Feisal bin Wan Zahir said`: a name runs through its patronymic (readNamePhrase cuts it there).
    if ((t.lower === 'of' && (isNameWord(tokens[j - 1]) || isRoleWord(tokens[j - 1])) && isNameWord(tokens[j + 1])) || (t.lower === 'for' && isNameWord(tokens[j - 1]) && !isRoleWord(tokens[j - 1]) && isNameWord(tokens[j + 1])) || opensPortfolio(tokens, j) || isPatronymicAt(tokens, j) || isNameParticleAt(tokens, j)) {
      j--;
      continue;
    }
    // `West Yorkshire Police said`: `Police` alone is people (`Police said`), after a capital it ends a force's name.
    const force = t.lower === 'police' && isNameWord(tokens[j - 1]) && tokens[j - 1].cap;
    // `the first lady`, `the former first minister`: an ordinal after a determiner is the role's, not a time's.
    const ordinal = t.lower === 'first' && length > 0 && isWord(tokens[j - 1]) && (DETERMINERS.has(tokens[j - 1].lower) || tokens[j - 1].lower === 'former');
    if (ordinal) {
      j--;
      length++;
      continue;
    }
    if (t.cap ? NOT_NAME_WORDS.has(t.lower) && !DETERMINERS.has(t.lower) && !ROLE_WORDS.has(t.lower) && !t.surname && !force : STOP_WORDS.has(t.lower) || (j !== e && isVerbLike(t))) break;
    if (!t.cap && length > 0 && tokens[j + 1]?.cap && !ROLE_WORDS.has(t.lower) && !/^\d/.test(t.lower)) break;
    j--;
    length++;
  }
  if (j === e) return null;
  let from = j + 1;
  while (from <= e && isWord(tokens[from]) && (tokens[from].lower === 'and' || tokens[from].lower === '&')) from++;
  if (from > e) return null;
  // `Ana Kral, the mayor, and Ivo Peskar, her deputy, said`: people listed with appositives are the subject together.
  const listed = e !== beforeAppositives && tokens[from - 1]?.lower === 'and' && tokens[from - 2]?.text === ',' && depth < 3 ? phraseBefore(tokens, from - 1, floor, depth + 1) : null;
  if (listed?.from === floor) return { from: floor, to: e + 1 };
  // `A professor at Harvard said`, `Ana Kral in Kyiv said`, `The head of the NHS in England has said`: a place after
  // `in` or `at` says where the subject is, and is never the subject itself. The subject is the phrase before the
  // preposition; with none, no one (a place is no speaker). A body there (`experts at the Aspen Institute`, `officials
  // at the Pentagon`) speaks through them, and stays the speaker as before; so does a firm after people at it. A place
  // in common nouns (`a council aide in the room`, commonPlaces) leaves the phrase before it the subject where it has one.
  const place = tokenAt(tokens, from - 1);
  const common = depth < 3 && commonPlaceAfterNoun(tokens, from, e) ? phraseBefore(tokens, from - 1, floor, depth + 1) : null;
  if (common && common.to === from - 1 && !(tokens[from - 1].lower === 'at' && /s$/.test(tokens[from - 2].lower))) return common;
  if (isWord(place) && (place.lower === 'in' || place.lower === 'at') && tokens.slice(from, e + 1).every((t) => t.cap || (DETERMINERS.has(t.lower) && !t.possessive)) && !readNamePhrase(tokens, { from, to: e + 1 }).isOrganisation) {
    if (depth >= 3 || from - 2 < floor || !isWord(tokens[from - 2]) || isVerbLike(tokens[from - 2])) return null;
    const head = phraseBefore(tokens, from - 1, floor, depth + 1);
    // `economists at Goldman Sachs wrote`: people at a firm no word marks as one speak for it; one person there
    // (`a professor at Harvard`) does not.
    const many = head && place.lower === 'at' && /s$/.test(tokens[head.to - 1].lower);
    if (!many) return head && head.to === from - 1 ? head : null;
  }
  // `A source close to Pernice told`, `people familiar with the talks said`: the one close to or familiar with someone
  // speaks, never that someone (who had been given the source's words).
  const link = tokenAt(tokens, from - 1);
  const near = tokenAt(tokens, from - 2);
  if (isWord(link) && isWord(near) && ((link.lower === 'to' && near.lower === 'close') || (link.lower === 'with' && near.lower === 'familiar'))) {
    const head = depth < 3 && from - 3 >= floor ? phraseBefore(tokens, from - 2, floor, depth + 1) : null;
    return head && head.to === from - 2 ? { from: head.from, to: e + 1 } : null;
  }
  // `longer routes around the Cape of Good Hope had added`, `a man near the Old Bridge said`: a phrase after a
  // preposition of place is that preposition's object, never the verb's subject, which is the phrase before it.
  // `U.S. Ambassador to the United Nations Ana Kral`: a capitalised title runs through `to` (readNamePhrase splits it).
  const titleTo = isWord(place) && place.lower === 'to' && depth < 3 && tokens[from - 2]?.cap && isRoleWord(tokens[from - 2]) ? phraseBefore(tokens, from - 1, floor, depth + 1) : null;
  if (titleTo && titleTo.to === from - 1) return { from: titleTo.from, to: e + 1 };
  if (isWord(place) && PLACE_PREPOSITIONS.has(place.lower)) {
    if (depth >= 3 || from - 2 < floor || !isWord(tokens[from - 2]) || isVerbLike(tokens[from - 2])) return null;
    const head = phraseBefore(tokens, from - 1, floor, depth + 1);
    return head && head.to === from - 1 ? head : null;
  }
  // `Proponents of the bill say`, `supporters of Trump said`, `the head of the office said`: the head before `of` is the
  // subject, not what it is of.
  // `a spokesman for Reyes said`, `a woman from Reno told him`: a noun for a person before `for` or `from` is the
  // subject wherever it stands.
  const of = place;
  if (depth < 3 && isWord(of) && (of.lower === 'of' || of.lower === 'for' || of.lower === 'from') && from - 2 >= floor && isWord(tokens[from - 2]) && !tokens[from - 2].possessive && !isVerbLike(tokens[from - 2])) {
    const head = phraseBefore(tokens, from - 1, floor, depth + 1);
    const noun = head ? tokens[head.to - 1] : undefined;
    const person = of.lower !== 'of' && isWord(noun) && !noun.cap && (ROLE_WORDS.has(noun.lower) || PERSON_NOUNS.has(noun.lower));
    // Only a head that opens the clause (`Proponents of...`, a name after `as`: `as Ana Kral of the Church told`) or a described name (`advocate Ana Kral of`), not one inside.
    const opens = head && (person || (of.lower === 'of' && (head.from === floor || head.from === 0 || tokens[head.from - 1].kind === 'punct' || (tokens[head.from].cap && /^(?:as|when|while|after|before|because|although|though|since|until)$/.test(tokens[head.from - 1].lower)) || describedFullName(tokens, head.from, head.to))));
    if (head && opens && head.to === from - 1 && !isPronoun(tokens[head.from])) {
      // `Mark Holden, chairman of the board of Freedom Partners, said`: a role set off after a name is its appositive.
      const comma = head.from - 1;
      // Not when what the role is of ends in a title and a name of its own (`the Star of David, Speaker of the House
      // Rep. Jo Wren said`): that name is the subject, the words before the comma are another clause's.
      // `Responding, the representative of Eastland said`: a participle of speech opening the sentence is no name.
      const participle = isWord(tokens[comma - 1]) && isGerund(tokens[comma - 1]) && SPEECH_VERBS.has(tokens[comma - 1].lower);
      if (tokens[comma]?.text === ',' && opensAppositive(tokens, head.from) && comma - 1 >= floor && isNameWord(tokens[comma - 1]) && !participle && !titledName(tokens, from, e)) return phraseBefore(tokens, comma, floor, depth + 1);
      return { from: head.from, to: e + 1 };
    }
  }
  return { from, to: e + 1 };
}

/** A phrase that starts at token `start`, read forwards: the speaker after `said` or before a verb; after `said`, never a determiner alone (`reads a Wednesday editorial` had been `A`'s). */
export function phraseAfter(tokens: readonly Token[], start: number, stopAtVerb: boolean): Phrase | null {
  const first = tokens[start];
  if (!isWord(first)) return null;
  if (isPronoun(first)) return { from: start, to: start + 1 };
  // `said Skelly, explaining...`: a subject never begins with a verb.
  if (stopAtVerb && isVerbLike(first)) return null;
  let j = start;
  let length = 0;
  let named = false;
  if (DETERMINERS.has(first.lower) && !first.possessive) {
    j++;
    length++;
  }
  while (j < tokens.length && length < 9) {
    const t = tokens[j];
    if (!isWord(t) && !isFirmAmpersand(tokens, j)) break; // `said Procter & Gamble`: a firm runs through its `&`
    if (stopAtVerb && j > start && (beginsPredicate(tokens, j) || opensTimePhrase(tokens, j))) break;
    // `said Ana Kral two days later`, `said Ivo Peskar last week`: a time after the name dates the saying.
    if (named && !t.cap && (opensTimePhrase(tokens, j) || opensCountedTime(tokens, j))) break;
    if (!stopAtVerb && SPEECH_VERBS.has(t.lower) && !t.cap) break;
    if (t.lower === 'and' || t.lower === '&') {
      const next = tokens[j + 1];
      if (!isWord(next) || !(isNameWord(next) || DETERMINERS.has(next.lower))) break;
      j++;
      continue;
    }
    // `said U.S. Ambassador to the United Nations Ana Kral`, `Secretary of the Commonwealth Ana Kral told`: a
    // capitalised title runs through `to` or `of` and its article (readNamePhrase).
    const toName = (t.lower === 'to' || t.lower === 'of') && tokens[j - 1]?.cap && isRoleWord(tokens[j - 1]) ? (tokens[j + 1]?.lower === 'the' ? 2 : 1) : 0;
    if (toName && isNameWord(tokens[j + toName])) {
      j += toName;
      continue;
    }
    // `said the Centers for Disease Control`: a body's name runs through `for` between capitals (readNamePhrase).
    if ((t.lower === 'of' && isNameWord(tokens[j + 1]) && (named || isRoleWord(tokens[j - 1]))) || (t.lower === 'for' && named && isNameWord(tokens[j + 1]) && !isRoleWord(tokens[j - 1])) || opensPortfolio(tokens, j)) {
      j++;
      continue;
    }
    // `said master of ceremonies Ana Kral`, `said head of the port authority Ana Kral`: a role's lower-case
    // complement after `of`, read on to the name it comes before.
    const complemented = t.lower === 'of' && !named && isRoleWord(tokens[j - 1]) ? nameAfterComplement(tokens, j + 1) : -1;
    if (complemented > 0) {
      length += complemented - j - 1;
      j = complemented;
      continue;
    }
    const tail = t.cap && NAME_TAIL_WORDS.has(t.lower) && j > start && isWord(tokens[j - 1]) && tokens[j - 1].cap && !tokens[j - 1].possessive;
    if (t.cap ? NOT_NAME_WORDS.has(t.lower) && !ROLE_WORDS.has(t.lower) && !tail && !t.surname : STOP_WORDS.has(t.lower)) break;
    if (t.cap) named = true;
    j++;
    length++;
    // `said Obama's aide`, `said the Gazette's Ana Ruiz`: a possessive goes on into what it owns, else ends the phrase.
    if (t.possessive && !stopAtVerb && !(isWord(tokens[j]) && (tokens[j].cap ? isNameWord(tokens[j]) : !STOP_WORDS.has(tokens[j].lower)))) break;
  }
  return j > start + (!stopAtVerb && DETERMINERS.has(first.lower) && !first.possessive ? 1 : 0) ? { from: start, to: j } : null;
}

/** A phrase of capitalised words, or of a title and a name (`CBS moderator Nancy Cordes`): a name, never `Ukraine would`. */
export function namesSomeone(tokens: readonly Token[], phrase: Phrase): boolean {
  const words = tokens.slice(phrase.from, phrase.to);
  if (words.every((t) => t.cap || !/\p{Ll}/u.test(t.text))) return true;
  const name = readNamePhrase(tokens, phrase).name;
  return name.length >= 2 || (name.length > 0 && words.some((t) => ROLE_WORDS.has(t.lower)));
}

export interface NamePhrase {
  /** Words of the title before the name (`Russian President`), may be empty. */
  readonly title: readonly Token[];
  /** Words of the name (`Vladimir Putin`), may be empty for a bare role (`the Russian president`). */
  readonly name: readonly Token[];
  /** Everything in the phrase, for descriptions. */
  readonly all: readonly Token[];
  readonly determiner: Token | null;
  /** A possessor that the phrase speaks for: `The European Union's 27 member states` -> European Union. */
  readonly groupOf: readonly Token[] | null;
  readonly isOrganisation: boolean;
}

const PLURAL_TITLES = new Set(['democrats', 'republicans', 'senators', 'sens', 'representatives', 'reps', 'governors', 'govs', 'congressmen', 'congresswomen', 'presidents', 'ministers', 'secretaries', 'generals', 'mayors', 'justices', 'judges', 'messrs', 'drs', 'professors', 'candidates']);

/** Small words inside a body's name after its `for` (`for Disease Control and Prevention`). */
const BODY_LINKS = new Set(['and', 'of', 'the', '&']);

/** `Mr Park`, `Ms Hall`: a courtesy title and one name, only ever a person's, whatever a body's word the surname is. */
export const courtesyTitled = (title: readonly Token[], name: readonly Token[]) => name.length === 1 && title.length === 1 && COURTESY_TITLES.has(title[0].lower);
/** `Jr.`, `Sr.`, `III`: what ends a person's name after the surname. */
const GENERATION_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;

/** Takes a phrase apart into title, name and determiner, and tells a person from an organisation. */
export function readNamePhrase(tokens: readonly Token[], phrase: Phrase): NamePhrase {
  const all = tokens.slice(phrase.from, phrase.to).filter(isWord);
  const determiner = all.length && DETERMINERS.has(all[0].lower) && !all[0].possessive ? all[0] : null;
  let body = determiner ? all.slice(1) : all;
  // `Hollis & Brandt said`: capitals joined by a firm's ampersand name a firm (`one P&G employee` is someone at one).
  if (body.length > 1 && body[body.length - 1].cap && !body.some((t) => t.lower === 'of') && tokens.slice(phrase.from, phrase.to).some((_, k) => isFirmAmpersand(tokens, phrase.from + k))) return { title: [], name: tokens.slice(phrase.from, phrase.to).filter((t, k) => t !== determiner && (isWord(t) || isFirmAmpersand(tokens, phrase.from + k))), all, determiner, groupOf: null, isOrganisation: true };  // `a farmer named Jonas`, `a nurse called Ana Ruiz`: the name after `named` is the person the words before describe.
  const named = namedWithin(tokens, phrase.from, phrase.to);
  if (named >= 0) {
    const at = body.indexOf(tokens[named]);
    return { title: body.slice(0, at), name: body.slice(at + 1), all, determiner, groupOf: null, isOrganisation: false };
  }
  // `Senators Mitch McConnell and Harry Reid`: a plural title before names is neither a name nor one person's role; nor is a compound modifier (`Oscar-winning Ana Kral`, titledNames.ts).
  if (body.length > 1 && (PLURAL_TITLES.has(body[0].lower) || isCompoundModifier(body[0].text)) && body[1].cap) body = body.slice(1);
  // `X's 27 member states`: the group speaks for X, when it ends the phrase (`X's Envoy to the United Nations Ana Kral` is hers).
  const possessorAt = body.findIndex((t) => t.possessive && t.cap);
  if (possessorAt >= 0 && possessorAt < body.length - 1 && MEMBER_NOUNS.has(body[body.length - 1].lower)) {
    const groupOf = body.slice(0, possessorAt + 1);
    return { title: [], name: groupOf, all, determiner, groupOf, isOrganisation: true };
  }
  // `Fox's Chris Wallace`, `The Post's Ruth Marcus`: an outlet's or group's possessive before a name is no part of it.
  const owner = body.findIndex((t) => t.possessive && t.cap);
  if (owner >= 0 && owner < body.length - 1 && !ownerInsideOf(body, owner) && body.slice(owner + 1).every((t) => t.cap && !ROLE_WORDS.has(t.lower) && !t.possessive)) body = body.slice(owner + 1);
  let lastRole = -1;
  body.forEach((t, i) => {
    // `Ana Kral MP`: a capitalised role after the name is its post-nominal letters (groupNames), not a title.
    // `the Conservative MP`: after a determiner and no name, a last `MP` is the role the phrase describes.
    if ((ROLE_WORDS.has(t.lower) && !isAcronym(t)) || (isAcronymRole(t) && (i === 0 || i < body.length - 1 || determiner !== null)) || isExecutiveAcronym(t)) lastRole = i;
  });
  // `Ministry of Foreign Affairs`, `Department of Defence`: a portfolio's modifier after `of` says what a body is of;
  // it is no title, so the capital after it is no one's name (the phrase had been a person, `Affairs`). A title's
  // own `of` (`Minister of Foreign Affairs Ana Lopes`) is read again below.
  if (lastRole >= 2 && body[lastRole - 1].lower === 'of' && !ROLE_HEADS.has(body[lastRole].lower)) lastRole = -1;
  // A capitalised role word alone is a surname (`King said`), not a title.
  if (lastRole === 0 && ((body.length === 1 && !determiner && body[0].cap && !isExecutiveAcronym(body[0])) || titleIsGivenName(tokens, phrase.to, body))) lastRole = -1;
  else if (lastRole > 0 && lastRole === body.length - 1) lastRole = surnameRole(tokens, phrase.to, body, lastRole);
  // `Martin Luther King Jr.`, `Ana Bishop III`: no title is followed by a generational suffix alone, so the role word
  // before one is the name's surname, and the title (if any) ends before the given names.
  else if (lastRole >= 0 && lastRole === body.length - 2 && GENERATION_SUFFIX.test(body[lastRole + 1].text)) {
    const surname = lastRole;
    lastRole = -1;
    for (let i = 0; i < surname; i++) if (ROLE_WORDS.has(body[i].lower) && !isAcronym(body[i])) lastRole = i;
  }
  // `Billionaire Donald Trump said`: a noun for a person, capitalised to open the sentence, describes the name after it;
  // so does an agent noun no list knows (`Painter Ana Kral said`), which only the sentence's opening capitalises.
  if (lastRole < 0 && body.length >= 3 && (PERSON_NOUNS.has(body[0].lower) || openingAgentNoun(tokens, body[0])) && body.slice(1).every((t) => t.cap)) lastRole = 0;
  // `Prosecutor Petrov said`: such a noun before a surname alone is a title too, unless it is a given name (`Marine`).
  else if (lastRole < 0 && body.length === 2 && PERSON_NOUNS.has(body[0].lower) && body[1].cap && sexOfGivenName(body[0].lower) === null) lastRole = 0;
  // `Secretary of State Madeleine Albright`, `Minister of Foreign Affairs Ana Lopes`: the title runs through
  // what it is of; the name is the last one or two capitalised words.
  const of = body.findIndex((t, i) => (t.lower === 'of' || ((t.lower === 'for' || t.lower === 'to') && body[i - 1]?.cap)) && i > 0 && ROLE_WORDS.has(body[i - 1].lower));
  if (of > 0) {
    const tail = body.slice(of + 1);
    // `the mayor of Port Aldis`, `mayor of Port Aldis`: a role after a determiner, or in lower case, is rarely a
    // title before a name (news style writes `Mayor Renn`, `Secretary of State Albright`): two words after `of` are
    // what the role is of, a place or a body, and the phrase names whoever holds it. With more words, the last two
    // may be a name (`the Secretary of State Mia Chen`); the resolver trusts them only if the sources know them.
    const plainRole = determiner !== null || !body[of - 1].cap;
    // `the representative of the Russian Federation`: the article before what the role is of is no part of its words.
    const ofWords = tail.length - (tail[0]?.lower === 'the' ? 1 : 0);
    // `Deputy Chairman of the Russian Security Council Dmitry Medvedev`, `Speaker of the House Ana Kral`: state media
    // write the body with its article; the name is still the last capitalised words.
    // Its body is at least a word, so the article needs three capitals after it (`of the State Duma` names no one).
    const article = tail.length - ofWords;
    if (plainRole && ofWords <= 2) lastRole = body.length - 1;
    else if (ofWords >= 2 + article && (tail.slice(article).every((t) => t.cap) || portfolioBeforeName(tail.slice(article)))) lastRole = of + tail.length - Math.min(2, ofWords - 1);
  }
  const title = body.slice(0, lastRole + 1);
  let rest = body.slice(lastRole + 1);
  // `Shinde ji said`: a respectful `ji` after a name is no part of it (the phrase had been no one's name).
  if (rest.length > 1 && rest[rest.length - 1].lower === 'ji' && rest[rest.length - 2].cap) rest = rest.slice(0, -1);
  // `Sen. Sherrod Brown of Ohio`, `Officer Tusk of the Walrus Police`: the name ends where its place begins.
  const from = rest.findIndex((t) => t.lower === 'of');
  if (from > 0 && rest.slice(0, from).every((t) => t.cap)) rest = rest.slice(0, from);
  // `the Cape of Good Hope`, `the Gulf of Mexico`: `the`, one capital and its `of` name a place or a thing; no one is
  // called by `the` and a surname (a title would be before it: `the Duke of Sussex`).
  if (from === 1 && determiner?.lower === 'the' && title.length === 0) rest = [];
  // `the General Staff of the Armed Forces of Ukraine`: a body's word where a name would end before `of` makes the
  // capitals before it a body's name, never a person `Staff` titled `General`.
  if (from === 1 && title.length > 0 && title.every((t) => t.cap) && BODY_WORDS.has(rest[0].lower)) return { title: [], name: [...title, rest[0]], all, determiner, groupOf: null, isOrganisation: true };
  // `The Ministry of Defence`, `the Department of Health`: a body's word and what it is of name the body whole (it had
  // been `Ministry`, and every ministry one body).
  if (from === 1 && title.length === 0 && BODY_WORDS.has(body[0].lower) && body.every((t) => t.cap || BODY_LINKS.has(t.lower))) return { title: [], name: body, all, determiner, groupOf: null, isOrganisation: true };
  // A name begins with a letter: `54` or `10 Republican` is no one (`Fox 35` is).
  // `Tomas el Sayed`, `Ana de la Cruz`: a lower-case particle inside a name is part of it; after a title it may open
  // the name (`Ms von der Leyen`, `Mr de Jong`).
  const nameWord = (t: Token, i: number, words: readonly Token[]) => t.cap || !/\p{Ll}/u.test(t.text) || t.surname === true || ((i > 0 || title.length > 0) && (particleSurname(t) || (i < words.length - 1 && NAME_PARTICLES.has(t.lower))));
  let name = rest.length > 0 && /^\p{L}/u.test(rest[0].text) && rest.every(nameWord) ? rest : [];
  // `Prince Abdulaziz bin Salman`: the person is called by the names before the patronymic, never by the father's.
  const patronymic = name.findIndex((t, i) => i > 0 && !t.cap && PATRONYMIC_PARTICLES.has(t.lower));
  if (patronymic > 0) name = name.slice(0, patronymic);
  let described = title;
  // `Democrat Elijah Cummings`, `North Dakota Republican Ana Kral`, `House Republican Ivo Kral`, `Fox News Dana Pell`:
  // a party's or an organisation's word before a full name describes the person, with the words before it (a
  // place, a chamber); `Republican Kral`: a party's member before a surname.
  let modifier = -1;
  name.forEach((t, i) => {
    if (i < name.length - 2 && ORGANISATION_MARKS.has(t.lower)) modifier = i;
  });
  if (modifier < 0 && name.length === 2 && PARTY_MEMBERS.has(name[0].lower)) modifier = 0;
  if (modifier >= 0) {
    described = [...described, ...name.slice(0, modifier + 1)];
    name = name.slice(modifier + 1);
  }
  // `Virginia delegate Beau Correll`, `retired neurosurgeon Ben Carson`: a full name after words that describe them.
  if (name.length === 0 && rest.length >= 3) {
    // `undecided voter Ana Ruiz of Reno`: the name ends where its place begins.
    const placeAt = rest.findIndex((t, i) => t.lower === 'of' && i >= 2 && rest[i - 1].cap);
    const words = placeAt > 0 ? rest.slice(0, placeAt) : rest;
    let run = words.length;
    while (run > 0 && (words[run - 1].cap || (run > 1 && particleSurname(words[run - 1])) || (run < words.length && NAME_PARTICLES.has(words[run - 1].lower) && words[run - 2]?.cap)) && !words[run - 1].possessive) run--;
    const before = words[run - 1];
    if (words.length - run >= 2 && before && !before.cap && !STOP_WORDS.has(before.lower) && !DETERMINERS.has(before.lower) && !isVerbLike(before) && !isAdverb(before)) {
      name = words.slice(run);
      described = [...title, ...words.slice(0, run)];
    }
  }
  const lastWord = body[body.length - 1];
  // `Senate Republicans`, `African Americans`, `Young Democrats`: a capitalised plural of members is a group, not a person.
  const members = lastWord !== undefined && lastWord.cap && /(?:icans|ians|crats|ists)$/.test(lastWord.lower);
  // `the secretary of State`, `Speaker of the House`: a role runs through the body it is of, and names a person.
  const roleOfBody = of > 0 && lastRole === body.length - 1;
  // `Sergeant Paul Evans of West Yorkshire Police`: a full name before `of` works for the body after it, is not it.
  const ofBody = name.length >= 2 && rest.length < body.length - lastRole - 1 && !ORGANISATION_WORDS.has(name[name.length - 1].lower);
  const isOrganisation = lastWord !== undefined && !roleOfBody && !ofBody && !courtesyTitled(title, name) && (members || ORGANISATION_WORDS.has(lastWord.lower) || (body.length === 1 && isAcronym(lastWord) && lastRole < 0 && !ROLE_WORDS.has(lastWord.lower) && !isAcronymRole(lastWord)));
  // `the Russian Foreign Ministry`: an organisation's name holds its role-like words.
  if (isOrganisation && body.length > 1 && body.every((t) => t.cap)) return { title: [], name: body, all, determiner, groupOf: null, isOrganisation };
  // `the army's General Staff`: an owner in lower case is no part of the body's capitalised name after it, nor is that
  // name's first word a title (the body had been `Staff`, apart from the `General Staff` other texts name).
  const lowerOwner = body.findIndex((t) => t.possessive && !t.cap);
  if (isOrganisation && lowerOwner >= 0 && lowerOwner < body.length - 2 && body.slice(lowerOwner + 1).every((t) => t.cap)) return { title: [], name: body.slice(lowerOwner + 1), all, determiner, groupOf: null, isOrganisation };
  // `the Centers for Disease Control and Prevention`, `Americans for Prosperity`: capitals on both sides of `for`, no
  // title before it (`Minister for Europe Ana Kral`), name a body by its cause, never a person `Prevention`.
  const forAt = body.findIndex((t, i) => t.lower === 'for' && i > 0);
  if (forAt > 0 && !ROLE_WORDS.has(body[forAt - 1].lower) && body.every((t, i) => t.cap || (i > forAt && BODY_LINKS.has(t.lower)) || i === forAt)) return { title: [], name: body, all, determiner, groupOf: null, isOrganisation: true };
  // `The Office of the President of Ukraine`, `the Council of Europe`: a body named by what it is of, whatever role
  // words that holds, when no name follows them.
  if (name.length === 0 && body.length > 2 && body[0].cap && ORGANISATION_WORDS.has(body[0].lower) && body[1].lower === 'of') return { title: [], name: body, all, determiner, groupOf: null, isOrganisation: true };
  // `the Nigerian Association of Resident Doctors`, `the Union of Junior Teachers`: capitals after a body's `of` that
  // end in a plural of people say whom the body is of; `Resident` is no title and `Doctors` no one's surname.
  if (name.length === 1 && bodyOfMembers(tokens, phrase.from, body)) return { title: [], name: body, all, determiner, groupOf: null, isOrganisation: true };
  return { title: described, name, all, determiner, groupOf: null, isOrganisation };
}
