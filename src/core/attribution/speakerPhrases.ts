// Reading noun phrases that name a speaker out of a sentence's tokens: names with titles
// (`Kremlin spokesman Dmitry Peskov`), pronouns, descriptions (`the Russian president`, `an Egyptian
// official`), organisations (`The European Union's 27 member states`) and pairs (`Burton and Nick`).
import { BETWEEN_SUBJECT_AND_VERB, DETERMINERS, NOT_NAME_WORDS, ROLE_WORDS, SPEECH_VERBS } from '../text/newsLexicon';
import { PERSON_NOUNS } from '../text/personNouns';
import { tokenAt, type Token } from '../text/sentenceTokens';
import { addressBeforeTown, APPOSITIVE_TOKENS, opensAppositive, sceneBeforeComma, setOffAffiliationBefore, shortParenthesis, titleAndBodyBefore, townBeforeRegion } from './appositives';
import { appositiveNameEnd, appositiveNameStart } from './appositiveNames';
import { isGroupOfPeople, namesGroupObject } from './groupObjectAppositives';
import { titledName } from './titledNames';
import { beforeTimePhrase, opensCountedTime, opensTimePhrase } from './timePhrases';
import { nameAfterComplement, nameAfterTitlePlace } from './roleComplements';
import { commonPlaceAfterNoun } from './commonPlaces';
import { beforeHedgedReport } from './hedgedReports';
import { beginsPredicate, describedFullName, isAdverb, isFirmAmpersand, isGerund, isNameParticleAt, isNameWord, isPatronymicAt, opensPortfolio, isPronoun, officeLevelAt, policeTitleAt, isRoleWord, isVerbLike, isWord, STOP_WORDS } from './tokenClasses';
import { readNamePhrase, type Phrase } from './namePhrases';
import { joinsRolesBeforeName } from './joinedRoles';
import { describedConjunctAnd } from './describedConjuncts';

// Phrase is declared beside readNamePhrase, which needs it, so that the two files import in one direction only.
export type { Phrase } from './namePhrases';

/** Prepositions of place whose object is never the subject of the verb after it (`in` and `at` may lead a body's people). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['around', 'near', 'across', 'through', 'beyond', 'along', 'towards', 'toward', 'behind', 'beneath', 'outside', 'inside']);

/** Auxiliaries that a capital makes a surname (`May`) or a given name (`Will`), never a day between subject and verb. */
const MODALS: ReadonlySet<string> = new Set(['may', 'will', 'can', 'must', 'might', 'could', 'would', 'should', 'did', 'does', 'do', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'been']);
/** Words that begin no name (a web page's `Watch`, `Police said`) but end an organisation's after a capital (`Harbor Watch`, `West Yorkshire Police`). */
export const NAME_TAIL_WORDS: ReadonlySet<string> = new Set(['watch', 'police']);

/**
 * `Barry Lee, the director of "Moonlight," said`: American copy puts the comma closing an appositive inside the marks
 * of a title that ends it. A short quote (a title's few words) right after a word, its comma within, closes what is set
 * off as the comma would (the name had been passed over and the quote after the verb left no one's).
 */
function closesWithTitle(tokens: readonly Token[], k: number, floor: number): boolean {
  const t = tokens[k];
  return t.kind === 'quote' && k - 1 > floor && isWord(tokens[k - 1]) && /,["\u201d]$/.test(t.text) && t.text.split(/\s+/).length <= TITLE_WORDS;
}

/** The most words of a title that closes an appositive (`"The Grapes of Wrath,"`). */
const TITLE_WORDS = 6;

// The subject of one verb is read again by several rules, one right after another (the `before` rule, and the
// refused, supposed and doubted words' checks: in a draft's check each place is asked three times in a row). The
// answer rests on the sentence's tokens alone: the last answer is kept, with its token list and place (no more, so
// that nothing is kept with the lists), and forgotten when a list is marked in place (functionWordSurnames.ts).
let lastTokens: readonly Token[] | null = null;
let lastEnd = -1;
let lastFloor = -1;
let lastDepth = -1;
let lastPhrase: Phrase | null = null;

/** Forgets what phraseBefore read of a token list that is about to change in place. */
export function forgetPhrasesBefore(tokens: readonly Token[]): void {
  if (tokens === lastTokens) lastTokens = null;
}

/** A phrase that ends right before token `end` (exclusive), read backwards: the subject of a verb at `end`. `depth`: how many heads before `of`/`for`/`from` were read already; bounded, so `the head of the head of ...` stays shallow. */
export function phraseBefore(tokens: readonly Token[], end: number, floor = 0, depth = 0): Phrase | null {
  if (tokens === lastTokens && end === lastEnd && floor === lastFloor && depth === lastDepth) return lastPhrase;
  const phrase = readPhraseBefore(tokens, end, floor, depth);
  // Set after reading: the reading may ask its own places first (`depth`).
  lastTokens = tokens;
  lastEnd = end;
  lastFloor = floor;
  lastDepth = depth;
  lastPhrase = phrase;
  return phrase;
}

function readPhraseBefore(tokens: readonly Token[], end: number, floor: number, depth: number): Phrase | null {
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
  for (let n = 0; n < 2 && e >= floor && ((tokens[e].kind === 'punct' && (tokens[e].text === ',' || tokens[e].text === ')')) || (n === 0 && closesWithTitle(tokens, e, floor))); n++) {
    // `Gov. Ana Reyes (R-OH), said`: a comma after an aside in brackets closes that aside, not an appositive.
    if (tokens[e].text === ',' && tokens[e - 1]?.text === ')' && e - 1 > floor) e--;
    const open = tokens[e].text === ')' ? '(' : ',';
    let c = e - 1;
    while (c >= floor && c > e - APPOSITIVE_TOKENS && !(tokens[c].kind === 'punct' && tokens[c].text === open)) c--;
    // `Kevin Sherry, Executive Director, Enterprise Ireland, added`: a press release's title and body after the name.
    const labelled = n === 0 && open === ',' ? titleAndBodyBefore(tokens, c, e, floor) : -1;
    if (labelled > floor) {
      e = labelled;
      break;
    }
    // `A witness, former colleague Tom Ridley, told`: a name closing what is set off is the subject, not an appositive's.
    name = c > floor && open === ',' ? appositiveNameStart(tokens, c, e, end) : -1;
    // `Lawyers for the developer, Harlan Voss, told`: the name is the group's object's, and the group speaks.
    const objects = name >= 0 && namesGroupObject(tokens, c, e);
    if (name >= 0 && !objects) return { from: name, to: appositiveNameEnd(tokens, c, e) };
    // `Hale, of Cowes, Isle of Wight, said`: the town an address goes on to is set off with it.
    const address = open === ',' ? addressBeforeTown(tokens, c, e) : -1;
    if (objects) e = c - 1;
    else if (address > floor) e = address - 1;
    else if (c > floor && c < e - 1 && (opensAppositive(tokens, c + 1) || (open === '(' && shortParenthesis(tokens, c)))) e = c - 1;
    else return null;
    // `Berg, 31, a harbour pilot, said`: the appositive before is closed by the comma just skipped.
    if (tokens[e - 1]?.text === ',' && opensAppositive(tokens, e) && e - 1 > floor) e -= 2;
    else if (n === 0 && open === ',' && e > floor) e = setOffAffiliationBefore(tokens, e, floor); // `Dening, of the University of Nottingham, who …, said`
  }
  if (e < floor) return null;
  // `Mara Hollis, a nurse from Dunmore, Westshire, who has worked there, said`: the appositive skipped leaves its
  // town's region, no one; the subject is before the town.
  const town = e !== beforeAppositives && depth < 3 ? townBeforeRegion(tokens, e) : -1;
  if (town > floor && sceneBeforeComma(tokens, floor, town)) return { from: town + 1, to: e + 1 };
  // An address set off (`Mara Hollis, 40, of Dunmore, Westshire, who`): read as if the verb followed its comma, so
  // that the appositives before it are skipped; with none, the name before that comma.
  const setOff = town > floor && /^(?:from|in|of)$/.test(tokens[town + 1].lower);
  if (town > floor) return (setOff ? phraseBefore(tokens, town + 1, floor, depth + 1) : null) ?? phraseBefore(tokens, town, floor, depth + 1);
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
  // `Lena Marsh, 29, and her partner Tom Ridley, 31, said`: so are they when the second is described to the first.
  const joined = tokenAt(tokens, from - 1)?.lower === 'and' && tokens[from - 2]?.text === ',' ? from - 1 : describedConjunctAnd(tokens, from, floor);
  // `Mara Lind, 29, and her partner Tom Vey said`: the first person set off is enough to make it a list, the second
  // need not be (it had been Tom Vey's alone); so is `and her partner` with no comma (describedConjuncts.ts).
  const before = joined > floor && depth < 3 ? phraseBefore(tokens, joined, floor, depth + 1) : null;
  const listed = before && (e !== beforeAppositives || before.to < joined - 1 || tokens[joined - 1].text !== ',') ? before : null;
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
    // `Leader of the Opposition in Lok Sabha Rahul Gandhi said`: a capitalised title's place, then its holder's name.
    if (head && head.to === from - 1 && tokens[head.from].cap && isRoleWord(tokens[head.from]) && nameAfterTitlePlace(tokens, from - 1) === e + 1) return { from: head.from, to: e + 1 };
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
    // `Lawyers for the developer said`: many people for someone are the subject as one is, the plural opening the sentence;
  // so are people counted in figures of a place or body wherever they stand (`About 300 residents of Kelport said`).
    const person = isWord(noun) && ((of.lower !== 'of' && ((!noun.cap && (ROLE_WORDS.has(noun.lower) || PERSON_NOUNS.has(noun.lower))) || (head !== null && head.to - head.from === 1 && isGroupOfPeople(noun.lower)))) || (head !== null && countedGroup(tokens, head) && isGroupOfPeople(noun.lower)));
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
      return { from: countedGroup(tokens, head) && isGroupOfPeople(tokens[head.to - 1].lower) ? head.from + 1 : head.from, to: e + 1 }; // the figure is no word of who
    }
  }
  return { from, to: e + 1 };
}

/** A phrase that starts at token `start`, read forwards: the speaker after `said` or before a verb; after `said`, never a determiner alone (`reads a Wednesday editorial` had been `A`'s). */
export function phraseAfter(tokens: readonly Token[], start: number, stopAtVerb: boolean): Phrase | null {
  const first = tokens[start];
  if (!isWord(first)) return null;
  if (isPronoun(first)) return { from: start, to: start + 1 };
  // `said Skelly, explaining...`: a subject never begins with a verb. But `On Mill Lane, retired engineer Colin
  // Ashby watched`: a participle before a noun for a person and a name describes them.
  if (stopAtVerb && isVerbLike(first) && !describingParticiple(tokens, start) && !officeLevelAt(tokens, start)) return null;
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
    const level = officeLevelAt(tokens, j); // `former state Sen. Ana Kral`: no verb `state`
    // `The first officer, Ana Kral, said`, `The ferry's first officer`: an ordinal right after the determiner or a
    // possessive and before a role is the role's (as phraseBefore reads it), not a time's; the subject had been `The`.
    if (t.lower === 'first' && j > start && ((j === start + 1 && DETERMINERS.has(first.lower)) || tokens[j - 1].possessive) && isRoleWord(tokens[j + 1])) {
      j++;
      length++;
      continue;
    }
    if (stopAtVerb && j > start && !level && (beginsPredicate(tokens, j) || opensTimePhrase(tokens, j))) break;
    // `said Ana Kral two days later`, `said Ivo Peskar last week`: a time after the name dates the saying.
    if (named && !t.cap && (opensTimePhrase(tokens, j) || opensCountedTime(tokens, j))) break;
    if (!stopAtVerb && SPEECH_VERBS.has(t.lower) && !t.cap && !level) break;
    if (t.lower === 'and' || t.lower === '&') {
      const next = tokens[j + 1];
      if (!isWord(next) || !(isNameWord(next) || DETERMINERS.has(next.lower) || joinsRolesBeforeName(tokens, start, j))) break; // `Former pupil and local councillor Ivo Marsh`
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
    // complement after `of`, read on to the name it comes before; so is a capitalised title's that opens a sentence
    // (`Head of the regional council Ana Kral thanked`: the subject had been `Head`, a description).
    const titleOnly = named && tokens.slice(start, j).every(isRoleWord);
    const complemented = t.lower === 'of' && (!named || titleOnly) && isRoleWord(tokens[j - 1]) ? nameAfterComplement(tokens, j + 1) : -1;
    // `said Leader of the Opposition in Lok Sabha Rahul Gandhi`: a capitalised title's place after `in`, then the name.
    const heldIn = t.lower === 'in' && tokens[start].cap && isRoleWord(tokens[start]) ? nameAfterTitlePlace(tokens, j) : -1;
    if (heldIn > 0) {
      length += heldIn - j;
      j = heldIn;
      break;
    }
    if (complemented > 0) {
      length += complemented - j - 1;
      j = complemented;
      continue;
    }
    const tail = t.cap && NAME_TAIL_WORDS.has(t.lower) && j > start && isWord(tokens[j - 1]) && tokens[j - 1].cap && !tokens[j - 1].possessive;
    // `said Police Chief Ana Kral`: `Police` before a capitalised role is that office's title (policeTitleAt), not people.
    if (t.cap ? NOT_NAME_WORDS.has(t.lower) && !ROLE_WORDS.has(t.lower) && !tail && !t.surname && !policeTitleAt(tokens, j) : STOP_WORDS.has(t.lower) && !level) break;
    if (t.cap) named = true;
    j++;
    length++;
    // `said Obama's aide`, `said the Gazette's Ana Ruiz`: a possessive goes on into what it owns, else ends the phrase.
    if (t.possessive && !stopAtVerb && !(isWord(tokens[j]) && (tokens[j].cap ? isNameWord(tokens[j]) : !STOP_WORDS.has(tokens[j].lower)))) break;
  }
  return j > start + (!stopAtVerb && DETERMINERS.has(first.lower) && !first.possessive ? 1 : 0) ? { from: start, to: j } : null;
}

/** Whether the `-ed` word at `k` describes the person named after a noun for them (`retired engineer Colin Ashby`). */
function describingParticiple(tokens: readonly Token[], k: number): boolean {
  const noun = tokens[k + 1];
  return /ed$/.test(tokens[k].lower) && !SPEECH_VERBS.has(tokens[k].lower) && isWord(noun) && !noun.cap && (ROLE_WORDS.has(noun.lower) || PERSON_NOUNS.has(noun.lower)) && isNameWord(tokens[k + 2]) && tokens[k + 2].cap && isNameWord(tokens[k + 3]);
}

/** `215 mayors`, `40 doctors`: a count in figures before the plural, which names the people as the plural alone does (`75 percent` names no one: the caller asks the noun). */
function countedGroup(tokens: readonly Token[], head: Phrase): boolean {
  return head.to - head.from === 2 && /^\d[\d,]*$/.test(tokens[head.from].text);
}
