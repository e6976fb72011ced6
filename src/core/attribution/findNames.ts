// The people and organisations a text names, with the titles, roles and pronoun evidence it gives them,
// learnt into a speaker registry before any quote is attributed.
import { bylineSpan, inBylineSpan } from './bylineAuthors';
import { portfolioPartBefore } from './portfolioTitles';
import type { PreparedText } from '../text/prepareText';
import { COURTESY_TITLES, DETERMINERS, NAME_PARTICLES, NOT_NAME_WORDS, ORGANISATION_WORDS, PARTY_MEMBERS, PARTY_WORDS, PORTFOLIOS, ROLE_HEADS, ROLE_WORDS, SPEECH_VERBS } from '../text/newsLexicon';
import { PERSON_NOUNS } from '../text/personNouns';
import { tokenAt, type Token } from '../text/sentenceTokens';
import { withParticlesBefore } from './appositiveNames';
import { endAfterParticle, particleJoinsSurname } from './particleNames';
import { seatRole } from './delegations';
import { HOLDER_WORDS, isOfficeModifier, officesBeforeNames, titleStart } from './officeHolders';
import { isShouting, isTitleCase, isTitleLine } from './headlineLines';
import { nonPersonKind } from './groupNames';
import { namedAfterBodyKind } from './bodyAnaphors';
import { endsWithFunctionWordSurname, functionWordSurnames, isParticleSurname, markFunctionWordSurnames } from './functionWordSurnames';
import { courtesyTitled, readNamePhrase } from './namePhrases';
import { afterClockTime } from './timePhrases';
import { actsAsVerb, isAdverb, isNameParticleAt, isNameWord, isPatronymicAt, isVerbLike, policeTitleAt, isWord, STOP_WORDS } from './tokenClasses';
import type { SpeakerRegistry } from './speakerRegistry';
import type { NameMention } from './nameMentions';
import { rolesBeforeNames } from './rolesBeforeNames';
import { sexOfTitle } from './titleSexes';
import { sexOfGivenName } from './givenNameSexes';
import { asPersonNamedLikeABody } from './bodyWordSurnames';
import { openingParticiple } from './nameWordShapes';
import { namesAPaper } from './outletNames';

/** A capital after the sentence's first word: the only place a name (or title) worth learning can stand. */
const LATER_CAPITAL = /[\s(\[\u201C\u2018"'\u2014-]\p{Lu}/u;
/**
 * What LATER_CAPITAL needs, in classes of ASCII that let every other character through: a sentence without it has
 * no later capital. A text with one character beyond Latin-1 (a curly apostrophe) is stored two bytes a character,
 * and so is every piece copied from it; the engine then reads \s and \p{Lu} through a search of their Unicode
 * ranges at each character: about eight times slower, on a sentence with no later capital, than these classes.
 */
const MAYBE_LATER_CAPITAL = /[\t-\r (\["'\u0080-\uffff-][A-Z\u0080-\uffff]/;

const APPOSITIVE_END = new Set(['who', 'which', 'that', 'whose']);

/** The role an appositive gives a name: `Andrii Yermak, head of the presidential office`, `Ana Kral, transport minister` (a portfolio before its office), `Ana Kral, Kessland's transport minister` (a capital's possessive owning it: `the transport minister` later is she). */
function appositiveRole(tokens: readonly Token[], after: number): Token[] | null {
  if (tokens[after]?.text !== ',') return null;
  const role: Token[] = [];
  let i = after + 1;
  for (; i < tokens.length && role.length < 9; i++) {
    const t = tokens[i];
    if (!isWord(t) || APPOSITIVE_END.has(t.lower)) break;
    // `With Ivo Kral, the candidate said...`: a verb makes it the sentence's subject, not an appositive.
    if (isVerbLike(t) && !(PORTFOLIOS.has(t.lower) && isWord(tokens[i + 1]) && ROLE_HEADS.has(tokens[i + 1].lower))) return null;
    role.push(t);
  }
  // An appositive is closed: by a comma, a bracket, a dash, a relative pronoun or the sentence's end.
  const end = tokens[i];
  if (end && isWord(end) && !APPOSITIVE_END.has(end.lower)) return null;
  if (end && end.kind === 'quote') return null;
  // `Ana Kral, branch secretary of the Unison union,`: a word of the office before its head, and what it is of.
  const ofBody = role.length > 3 && !role[0].cap && ROLE_HEADS.has(role[1].lower) && role[2].lower === 'of' && isOfficeModifier(role[0]);
  if (!role.length || !(ofBody || DETERMINERS.has(role[0].lower) || ROLE_WORDS.has(role[0].lower) || PORTFOLIOS.has(role[0].lower) || (role[0].possessive && role[0].cap && role.length > 1))) return null;
  const words = role.filter((t, i) => !(i === 0 && DETERMINERS.has(t.lower)));
  if (!words.some((t) => ROLE_HEADS.has(t.lower))) return null;
  return words;
}

/**
 * Whether the appositive after `after` closes with a comma and a full name (`Reacting, the Minister of State, Dr Ivo
 * Kral, said`): the role is then that name's, set off before it, and the word before it is an opening participle
 * or adverb, never a person the role belongs to.
 */
function roleBeforeFullName(tokens: readonly Token[], after: number): boolean {
  let i = after + 1;
  while (i < tokens.length && i - after <= 10 && tokens[i].text !== ',') i++;
  return tokens[i]?.text === ',' && isNameWord(tokens[i + 1]) && isNameWord(tokens[i + 2]);
}

/** Whether a title is a courtesy title and `Justice` (`Mr Justice`, `Ms Justice`): a judge's style. */
function styledJudge(title: readonly Token[]): boolean {
  return title.length === 2 && COURTESY_TITLES.has(title[0].lower) && title[1].lower === 'justice';
}

/** The most lower-case words of a description opening a sentence before a name (`Her namesake and fiercest critic,`). */
const OPENING_DESCRIPTION_WORDS = 5;

const HE = new Set(['he', 'his', 'him', 'himself']);
const SHE = new Set(['she', 'her', 'hers', 'herself']);

/** A word of HE or SHE: each opens with `h` or `s`, told before either set is asked (at every word of most sentences). */
function isGenderedPronoun(t: Token): boolean {
  const c = t.kind === 'word' ? t.lower.charCodeAt(0) : 0;
  return (c === 104 || c === 115) && (HE.has(t.lower) || SHE.has(t.lower));
}

export type { NameMention } from './nameMentions';

/** Whether the capitals at [from, to) stand between `the`/`a` and a lower-case noun, as its modifiers: also past a
 *  word of the holder's time between them (`the former Manchester United striker X` had made the club a man). */
function modifiesNoun(tokens: readonly Token[], from: number, to: number): boolean {
  let k = from - 1;
  while (k > 0 && from - k <= 2 && isWord(tokens[k]) && HOLDER_WORDS.has(tokens[k].lower)) k--;
  const before = tokenAt(tokens, k);
  const after = tokens[to];
  if (!isWord(before) || !['the', 'a', 'an'].includes(before.lower)) return false;
  if (k < from - 1 && tokens[to - 1].possessive) return false; // `the late Ana Kral's husband`
  return isWord(after) && !after.cap && !STOP_WORDS.has(after.lower) && !isVerbLike(after) && !isAdverb(after) && after.lower !== 'and';
}

/** Whether the words `[from, to)` are all in capitals and a colon follows them, or a short bracket and a colon. */
function capitalsLabel(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (/\p{Ll}/u.test(tokens[k].text)) return false;
  if (tokens[to]?.text === ':') return true;
  if (tokens[to]?.text !== '(') return false;
  for (let k = to + 1; k < tokens.length && k <= to + 8; k++) if (tokens[k].text === ')') return tokens[k + 1]?.text === ':';
  return false;
}

/**
 * `Secretary of State John Kerry`, `Minister of the Interior Ana Kral`: a title's `of` (and `the`) at `k` joins what
 * it is of. (A function of its own, not a closure made for every capitalised word a draft's check reads.)
 */
function titleOf(tokens: readonly Token[], k: number): boolean {
  return (tokens[k]?.lower === 'of' && isWord(tokens[k - 1]) && ROLE_HEADS.has(tokens[k - 1].lower) && (isNameWord(tokens[k + 1]) || titleOf(tokens, k + 1))) || (tokens[k]?.lower === 'the' && tokens[k - 1]?.lower === 'of' && tokens[k + 1]?.cap === true && isNameWord(tokens[k + 1]));
}

/** Every person and organisation a text names, with titles, roles and pronoun evidence. */
export function findNames(prepared: PreparedText): NameMention[] {
  const found: NameMention[] = [];
  const byline = bylineSpan(prepared);
  prepared.sentences.forEach((sentence, s) => {
    const text = prepared.masked.slice(sentence.start, sentence.end);
    if (!MAYBE_LATER_CAPITAL.test(text) || !LATER_CAPITAL.test(text)) return;
    const tokens = prepared.tokensOf(s);
    if (isShouting(tokens) || isTitleCase(tokens, s === 0) || isTitleLine(prepared, s)) return;
    // `By Ufrieda Ho`: the writer is no one this text quotes, and learnt from the byline, her name had filled out
    // another article's teahouse owner known only as `Ho` (bylineAuthors.ts still finds her for an op-ed's `I`).
    if (inBylineSpan(byline, sentence.start)) return;
    found.push(...rolesBeforeNames(tokens));
    for (const { words, office } of officesBeforeNames(tokens)) found.push({ kind: 'person', words, roles: [office], gender: null });
    // The people of this sentence (index into `found`) by the token that ends their name, and the token ending
    // every name phrase read, learnt or not: a possessive after `X and` belongs to X (see pronounEvidence).
    // Made only for a sentence with a pronoun in it (most have none): a draft's check reads every sentence's names.
    const pronouns = tokens.some(isGenderedPronoun);
    const personAt = pronouns ? new Map<number, number>() : null;
    const nameEnds = pronouns ? new Set<number>() : null;
    const firstWord = tokens.findIndex(isWord);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      // `Said Comey, "..."`: a sentence may open with its speech verb.
      if (i === firstWord && SPEECH_VERBS.has(t.lower)) continue;
      // `Praising Kral, Ruiz said`, `Quoting Lincoln, ...`: a participle opening the sentence, its object a name and a
      // comma after it, is no given name of that object's.
      if (i === firstWord && openingParticiple(tokens, i)) continue;
      const roleBeforeName = isWord(t) && !t.cap && ROLE_HEADS.has(t.lower) && isNameWord(tokens[i + 1]) && !NOT_NAME_WORDS.has(tokens[i + 1].lower);
      if (!isNameWord(t) && !roleBeforeName && !policeTitleAt(tokens, i)) continue;
      let j = i;
      // `Erik ten Hag`, `Ursula von der Leyen`: a lower-case particle goes on into the surname (particleNames.ts); a
      // patronymic (`bin`) ends the name (below), and a Portuguese one (`Lula da Silva`), which is shown in full.
      while (j < tokens.length && (isNameWord(tokens[j]) || policeTitleAt(tokens, j) || titleOf(tokens, j) || (j > i && particleJoinsSurname(tokens, j)) || (isWord(tokens[j]) && ROLE_HEADS.has(tokens[j].lower) && isNameWord(tokens[j + 1])))) {
        j++;
        if (tokens[j - 1].possessive && !(isWord(tokens[j]) && ROLE_WORDS.has(tokens[j].lower))) break;
      }
      // `said Al From, who...`, `CEO Ian Read said`: a function word after a given name may end it as a surname.
      if (j > i && endsWithFunctionWordSurname(tokens, i, j)) j++;
      // `the Ministry of Foreign Affairs`, `the Bank of England`, `the Center for Responsive Politics`: capitals after a
      // body's word and `of` or `for` say what the body is of or for; they are no one's name (`Foreign Affairs` had been
      // a person `Affairs`, titled `Foreign`; `Responsive Politics` a person whom `Politicos call this` meant).
      // A role in lower case among them names its holder after it (`Department of Justice spokesman Ivo Kral`).
      if ((tokenAt(tokens, i - 1)?.lower === 'of' || tokenAt(tokens, i - 1)?.lower === 'for') && isWord(tokenAt(tokens, i - 2)) && tokens[i - 2].cap && ORGANISATION_WORDS.has(tokens[i - 2].lower) && tokens.slice(i, j).every((x) => x.cap)) {
        i = j - 1;
        continue;
      }
      // `Abdel Fattah el-Sisi`, `Mohammed Shia al-Sudani`: a surname that opens with its lower-case particle ends the name.
      else if (j > i && isWord(tokens[j]) && !tokens[j].cap && isParticleSurname(tokens[j].text) && tokens[j - 1].cap) j++;
      const phrase = asPersonNamedLikeABody(tokens, i, j, readNamePhrase(tokens, { from: roleBeforeName ? titleStart(tokens, i, firstWord) : i, to: j }), prepared.masked); // `Councillor Jenna Park said`
      const start = i;
      const end = j;
      i = j - 1;
      // `Amirul Feisal bin Wan Zahir`: the father's names after the patronymic are no one's name of their own, and
      // the given name before it is a name in full (`Mohammed bin Salman said`).
      const patronymic = isPatronymicAt(tokens, j);
      if (patronymic) for (i = j + 1; isNameWord(tokens[i + 1]); ) i++;
      const portuguese = patronymic || phrase.name.length === 0 ? j : endAfterParticle(tokens, j); // `Lula da Silva`
      const spelt = phrase.name.length && (patronymic || portuguese > j) ? tokens.slice(tokens.indexOf(phrase.name[0]), patronymic ? i + 1 : portuguese).map((x) => x.text) : undefined;
      nameEnds?.add(end - 1);
      if (phrase.groupOf || phrase.name.length === 0) continue;
      // `MS. MOREAU:`, `QUISPE (through interpreter):`: a transcript's speaker label in capitals, whose title and
      // case this reading would keep as a name (`Ms Moreau`) or take for an acronym (transcriptTurns.ts reads it).
      if ((start === firstWord || start === afterClockTime(tokens, firstWord)) && capitalsLabel(tokens, start, end)) continue;
      // `Senator KRAL.` alone before a hearing record's turn: a label too (hearingLabels.ts), kept out of the names.
      if (start === firstWord && tokens[end]?.text === '.' && end === tokens.length - 1 && phrase.name.every((x) => !/\p{Ll}/u.test(x.text))) continue;
      const words = phrase.name.map((x) => x.text);
      // `the charity Warm Homes`: a body's kind right before the capitals makes them that body's name (bodyAnaphors.ts).
      if (!phrase.namedLikeABody && (phrase.isOrganisation || (phrase.title.length === 0 && namedAfterBodyKind(tokens, start, end)))) {
        if (phrase.name.length > 1 || /^\p{Lu}{2,6}$/u.test(phrase.name[0].text)) found.push({ kind: 'organisation', words, roles: [], gender: null });
        continue;
      }
      // `the Sanders Iowa spots`, `a Cruz Iowa staffer`: capitals between a determiner and a noun modify the noun;
      // `International Relations and Cooperation Minister Ana Kral`: a portfolio's first part (portfolioTitles.ts).
      if (modifiesNoun(tokens, start, end) || portfolioPartBefore(tokens, start, end, phrase.title.length > 0)) continue;
      // `Kremlin-controlled Russian parliament`, `South Korean-born Ana Kral`: a capitalised compound adjective before
      // capitals is no name. Ending the name after a family name it is a given name (`Lee Jae-sang`, `Tsai Ing-wen`),
      // the way Korean and Taiwanese names are written: left out, the role set off after it went unlearnt.
      if (phrase.name.some((x, k) => /-\p{Ll}+$/u.test(x.text) && (k === 0 || k < phrase.name.length - 1))) continue;
      // `a South Carolina Republican`: a party's member, not a name; `Presumptive Democratic`: an adjective, not a surname.
      const lastWord = phrase.name[phrase.name.length - 1];
      if (PARTY_MEMBERS.has(lastWord.lower) || lastWord.lower === 'democratic') continue;
      // `Mayor of Port Aldis`: a lone word after a title's `of` may end the place's name rather than be a surname.
      if (phrase.name.length === 1 && phrase.title.some((x) => x.lower === 'of')) continue;
      // `Reacting, the Minister of State, Dr Ivo Kral,`: a lone word's role that stands before a full name is the name's.
      const role = phrase.name.length === 1 && phrase.title.length === 0 && roleBeforeFullName(tokens, end) ? null : appositiveRole(tokens, end);
      // `New Hampshire` is never learnt; `Progress Iowa`, `Indiana GOP`, `Principles PAC` are groups (see groupNames).
      const other = phrase.namedLikeABody ? null : nonPersonKind(words, phrase.title.length > 0 || role !== null);
      if (other === 'place') continue;
      if (other === 'organisation' && !courtesyTitled(phrase.title, phrase.name)) {
        found.push({ kind: 'organisation', words, roles: [], gender: null });
        continue;
      }
      // `The Northern Ledger`, `Le Monde`: a paper's name is learnt as no one's; a speaker phrase reads it (outletNames.ts).
      if (phrase.title.length === 0 && namesAPaper(tokens, tokens.indexOf(phrase.name[0], start), tokens.indexOf(phrase.name[phrase.name.length - 1], start) + 1)) continue;
      // `Republican Kral`: a party is no title that makes a lone word someone's surname.
      const titled = phrase.title.some((t) => !PARTY_WORDS.has(t.lower));
      if (!titled && !role && phrase.name.length < 2 && !patronymic) continue;
      const roles: string[][] = [];
      if (phrase.title.length > 0) roles.push(phrase.title.map((x) => x.text));
      // `Mr Justice Kelly`, `Mrs Justice Hale`: the British and Irish style of a High Court judge, whom `the judge` means.
      if (styledJudge(phrase.title)) roles.push(['judge']);
      if (role && role.length > 0) roles.push(role.map((x) => x.text));
      const seat = phrase.name.length >= 2 ? seatRole(tokens, end, phrase.title) : null;
      if (seat) roles.push(seat);
      personAt?.set(end - 1, found.length);
      // `Ms Kral`: the title's sex weighs as a noun's does, and the sentence's pronouns do not overrule it.
      const titleSex = sexOfTitle(phrase.title);
      found.push({ kind: 'person', words: role && phrase.title.length === 0 ? withParticlesBefore(tokens, start, words) : words, roles, gender: titleSex, spelt, ...(titleSex ? { genderWeight: 3 } : {}) });
    }
    if (personAt?.size) for (const [at, gender] of pronounEvidence(tokens, personAt, nameEnds!)) if (!found[at].genderWeight) found[at] = { ...found[at], gender };
  });
  return soleRolesOnly(found);
}

/**
 * `her lawyer, Ivo Kral,`: a role a pronoun owns is learnt bare (`lawyer`), so that `the lawyer said` finds Kral; but
 * only where no one else the text names holds a role of that word (`his lawyer, Ana Ruiz,`), or `the lawyer` would be
 * whichever of them the registry counts more.
 */
function soleRolesOnly(found: NameMention[]): NameMention[] {
  if (!found.some((n) => n.pronounOwned)) return found;
  const holders = new Map<string, Set<string>>();
  for (const n of found) {
    for (const role of n.roles) {
      const head = role[role.length - 1].toLowerCase();
      holders.set(head, (holders.get(head) ?? new Set()).add(n.words.join(' ')));
    }
  }
  return found.filter((n) => !n.pronounOwned || holders.get(n.roles[0][0].toLowerCase())!.size === 1);
}

/** How far after a sentence's opening `he` the end of its first name may stand to be the verb's object (`He praised Norway's Ana Kral`). */
const OBJECT_NAME_REACH = 6;

/**
 * The sex a sentence's pronouns give its people. Every `he`/`she` of the sentence is the first person's evidence
 * (the subject the sentence goes on about), except a possessive right after `X and`: `Clinton and her aides`,
 * `Biden and his wife` tell X's sex, never the subject's (`Kopp said agents want to question Clinton and her aides`
 * made Kopp a woman). Such a possessive is evidence for X when X is a person learnt here, and for no one when X is
 * not (a lone surname). A person whose evidence holds both sexes gets neither.
 */
function pronounEvidence(tokens: readonly Token[], personAt: ReadonlyMap<number, number>, nameEnds: ReadonlySet<number>): Map<number, 'male' | 'female'> {
  let first = personAt.size ? Infinity : -1; // not Math.min(...): a sentence may name more people than a call takes arguments
  for (const at of personAt.values()) if (at < first) first = at;
  const seen = new Map<number, { he: boolean; she: boolean }>();
  // `Her campaign manager, Robby Mook, ran her 2008 effort`: a possessive opening the description set off before a
  // name is someone else's (no one is their own manager), and so are the sentence's other pronouns of that sex; they
  // had made Robby Mook a woman, so `he says` found no one.
  let owners: { he: boolean; she: boolean } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'word' && (t.lower === 'his' || t.lower === 'her') && describesNameAfter(tokens, i, personAt)) {
      owners ??= { he: false, she: false };
      if (t.lower === 'his') owners.he = true;
      else owners.she = true;
    }
  }
  const opening = tokens.findIndex((x) => x.kind === 'word');
  let firstName = tokens.length;
  for (const at of personAt.keys()) firstName = Math.min(firstName, at);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || !(HE.has(t.lower) || SHE.has(t.lower))) continue;
    if (owners && (HE.has(t.lower) ? owners.he : owners.she)) continue;
    // `A friend, the architect Ivo Kral, recalls her refusing`, `asked him to`: a `him`, or a `her` before a gerund or
    // `to`, right after a verb is its object, never the subject (who would be `himself`). A `her` before a noun there
    // is most often the subject's own (`said her brother`), and stays their evidence.
    if (objectPronoun(tokens, i)) continue;
    // `He praised Norway's Ana Kral for ...`: a `he` or `she` opening the sentence, its verb right after it and the
    // sentence's first person named just after that, is someone the text spoke of before, the person its object.
    if (i === opening && (t.lower === 'he' || t.lower === 'she') && actsAsVerb(tokens[i + 1]) && firstName <= i + OBJECT_NAME_REACH) continue;
    let owner = first;
    if ((t.lower === 'his' || t.lower === 'her') && tokens[i - 1]?.lower === 'and' && nameEnds.has(i - 2)) owner = personAt.get(i - 2) ?? -1;
    if (owner < 0) continue;
    const evidence = seen.get(owner) ?? { he: false, she: false };
    if (HE.has(t.lower)) evidence.he = true;
    else evidence.she = true;
    seen.set(owner, evidence);
  }
  const out = new Map<number, 'male' | 'female'>();
  for (const [owner, { he, she }] of seen) if (he !== she) out.set(owner, he ? 'male' : 'female');
  return out;
}

/** Whether the `him` or `her` at `i` is the object of the verb before it (`recalls her refusing`, `told him`). */
function objectPronoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const verb = tokens[i - 1];
  if (!(t.lower === 'him' || t.lower === 'her') || !isWord(verb) || verb.cap || !(isVerbLike(verb) || /^[a-z]{2,}(?:[^s'u]s|ed)$/.test(verb.lower))) return false;
  const next = tokens[i + 1];
  return t.lower === 'him' || !isWord(next) || next.lower === 'to' || /^[a-z]{3,}ing$/.test(next.lower);
}

/**
 * Whether the possessive at `i` opens a few lower-case words set off by a comma right before a person's name
 * (`personAt`: by where each name ends). Past the sentence's start only when they end in a role or a noun for a person
 * (`that her running mate, Sam Okafor, was`: no one is their own): in `As part of his plea, Ivo Kral, 44, said` the
 * possessive is the name's own.
 */
function describesNameAfter(tokens: readonly Token[], i: number, personAt: ReadonlyMap<number, number>): boolean {
  const opens = tokens.findIndex(isWord) === i;
  // Opening the sentence, the description may join two nouns (`Her namesake and fiercest critic, Ivo Kral,`).
  const reach = opens ? OPENING_DESCRIPTION_WORDS : 3;
  let k = i + 1;
  while (k < tokens.length && k - i <= reach && isWord(tokens[k]) && !tokens[k].cap) k++;
  // `Her former student Dr Ravi Menon recalled`: opening the sentence, the description may run into the name with no
  // comma between (`, his son Beau Biden,` inside a sentence leaves its pronouns the subject's evidence).
  const setOff = tokens[k]?.text === ',';
  if (k === i + 1 || !(setOff || (opens && isWord(tokens[k]) && tokens[k].cap)) || (tokens.findIndex(isWord) < i && !ROLE_WORDS.has(tokens[k - 1].lower) && !PERSON_NOUNS.has(tokens[k - 1].lower))) return false;
  // personAt is keyed by where a name ends: a name of a few words starting after the comma (or the description), its
  // particles read over (`Her family's spokesman, Jan de Bruyn,`: stopped at `de`, the `Her` had made him a woman).
  let from = setOff ? k + 1 : k;
  // `Her deputy, council leader Ivo Kral,`: an office written in lower case before the name is the name's own.
  let role = from;
  while (setOff && role - from < 3 && isWord(tokens[role]) && !tokens[role].cap && !isVerbLike(tokens[role])) role++;
  if (role > from && (ROLE_WORDS.has(tokens[role - 1].lower) || PERSON_NOUNS.has(tokens[role - 1].lower))) from = role;
  for (let end = from; end <= from + 4 && (isNameWord(tokens[end]) || (end > from && isNameParticleAt(tokens, end))); end++) if (personAt.has(end)) return true;
  return false;
}

/** Adds the names a text gives to a registry. */
export function registerNames(names: readonly NameMention[], registry: SpeakerRegistry, article: string | null): void {
  const shared = surnamesOfSeveral(names);
  for (const name of names) {
    if (name.kind === 'organisation') {
      registry.addOrganisation(name.words, article);
      continue;
    }
    const record = registry.addPerson(name.words, article, name.spelt);
    // `Commissioner Van den Broeck` of a text that names Anneke and Luc Van den Broeck: the registry's answer for the
    // lone surname is a guess (the more mentioned), and the title given to it had made `the commissioner` her.
    const lone = loneSurname(name.words);
    if (!(lone !== null && shared.has(lone))) for (const role of name.roles) registry.addRole(record, role);
    // `Mr Vardhan` of a text that names Keshni and Ruvan Vardhan: which of them the title means is the resolver's
    // question (sharedSurnames.ts); its sex given to the registry's answer for the lone surname had made her a man,
    // and then `Mr Vardhan said` hers.
    // `Mr Kiptoo` of a text that names only Faith Kiptoo in full is another Kiptoo: his title is no evidence of her sex.
    const otherSex = lone !== null && record.first !== null && sexOfGivenName(record.first) === (name.gender === 'male' ? 'female' : 'male');
    if (name.gender && !otherSex && !(lone !== null && shared.has(lone))) registry.addGender(record, name.gender, name.genderWeight);
  }
}

/** The surname (lower case) of a name that is one alone, its particles before it (`Van den Broeck`); else null. */
function loneSurname(words: readonly string[]): string | null {
  let k = 0;
  while (k < words.length - 1 && NAME_PARTICLES.has(words[k].toLowerCase())) k++;
  return k === words.length - 1 ? words[k].toLowerCase() : null;
}

/** The surnames (lower case) that a text gives two people or more with different given names. */
function surnamesOfSeveral(names: readonly NameMention[]): ReadonlySet<string> {
  const given = new Map<string, string>();
  const shared = new Set<string>();
  for (const { kind, words } of names) {
    if (kind !== 'person' || words.length < 2 || loneSurname(words) !== null) continue;
    const last = words[words.length - 1].toLowerCase();
    const first = words[0].toLowerCase();
    const had = given.get(last);
    if (had === undefined) given.set(last, first);
    else if (had !== first) shared.add(last);
  }
  return shared;
}

/**
 * Registers every person and organisation the text names, and marks the lone uses of the function words its people
 * have for surnames (`From said`, see functionWordSurnames.ts). Returns those surnames, for a later pass over the
 * same text that does not learn (analyzeSources.ts).
 */
export function learnNames(prepared: PreparedText, registry: SpeakerRegistry): ReadonlySet<string> {
  const names = findNames(prepared);
  registerNames(names, registry, prepared.id);
  const surnames = functionWordSurnames(names);
  markFunctionWordSurnames(prepared, surnames);
  return surnames;
}
