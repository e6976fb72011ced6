// Taking a speaker's noun phrase apart: title, name, determiner and the body it speaks for (`Russian President
// Vladimir Putin`, `The European Union's 27 member states`), and telling a person from an organisation.
import { trimmed } from '../text/trimmedArrays';
import { ownerInsideOf } from './namedOfOwners';
import { sexOfGivenName } from './givenNameSexes';
import { COURTESY_TITLES, DETERMINERS, NAME_PARTICLES, ORGANISATION_MARKS, ORGANISATION_WORDS, PARTY_MEMBERS, PATRONYMIC_PARTICLES, ROLE_HEADS, ROLE_WORDS } from '../text/newsLexicon';
import { PERSON_NOUNS } from '../text/personNouns';
import type { Token } from '../text/sentenceTokens';
import { bodyOfMembers } from './groupNames';
import { isCompoundModifier, portfolioBeforeName, surnameRole, titleIsGivenName } from './titledNames';
import { leadingParticles, openingAgentNoun, particleSurname } from './nameWordShapes';
import { namedWithin } from './namedDescriptions';
import { nameAfterTitlePlace } from './roleComplements';
import { demonymGender } from './demonyms';
import { isAcronym, isAcronymRole, isAdverb, isExecutiveAcronym, isFirmAmpersand, isVerbLike, isWord, MEMBER_NOUNS, STOP_WORDS } from './tokenClasses';

/** A run of a sentence's tokens that may name a speaker. */
export interface Phrase {
  /** Token indices, [from, to). */
  readonly from: number;
  readonly to: number;
}

/** Words that name a body and are no one's surname (`Hall`, `Post` are): what a title before them cannot make a person. */
const BODY_WORDS: ReadonlySet<string> = new Set(['staff', 'command', 'service', 'council', 'office', 'committee', 'commission', 'ministry', 'department', 'agency', 'directorate', 'headquarters']);

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

const PLURAL_TITLES = new Set(['democrats', 'republicans', 'senators', 'sens', 'representatives', 'reps', 'governors', 'govs', 'congressmen', 'congresswomen', 'presidents', 'ministers', 'secretaries', 'generals', 'mayors', 'justices', 'judges', 'messrs', 'mmes', 'drs', 'profs', 'gens', 'professors', 'candidates']);

/** Small words inside a body's name after its `for` (`for Disease Control and Prevention`). */
const BODY_LINKS = new Set(['and', 'of', 'the', '&']);

/** Titles only a person holds, as a courtesy title is: `Dr. Park` had been read as a park, and her quotes a body's. */
const PERSONAL_TITLES: ReadonlySet<string> = new Set(['dr', 'doctor', 'prof', 'professor']);

/** `Mr Park`, `Ms Hall`, `Dr. Park`: a courtesy title and one name, only ever a person's, whatever a body's word the surname is. */
export const courtesyTitled = (title: readonly Token[], name: readonly Token[]) => {
  if (name.length !== 1) return false;
  const words = title.length === 1 ? title : title.filter((t) => t.text !== '.');
  return words.length === 1 && (COURTESY_TITLES.has(words[0].lower) || PERSONAL_TITLES.has(words[0].lower));
};
/** `Jr.`, `Sr.`, `III`: what ends a person's name after the surname. */
const GENERATION_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;

// A phrase is taken apart again by several rules (the resolver, the label and transcript readers, namesSomeone):
// 5,015 of 9,347 calls in a build of 1,000 generated articles asked of a phrase already read. The answer depends on
// the sentence's tokens alone, which no one changes once made: kept per token list, and dropped with it.
const READ = new WeakMap<readonly Token[], Map<number, NamePhrase>>();
/** Phrases of a sentence are told apart by from * PHRASE_SPAN + to. */
const PHRASE_SPAN = 1 << 20;

/** Nouns for a firm, which a nationality before them describes (`the German carmaker`); not a state's bodies (`the Russian army`). */
const FIRM_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'carmaker', 'automaker', 'airline', 'bank', 'lender', 'insurer', 'retailer', 'manufacturer', 'conglomerate', 'group', 'shipowner', 'operator', 'giant']);

/** Takes a phrase apart into title, name and determiner, and tells a person from an organisation. */
export function readNamePhrase(tokens: readonly Token[], phrase: Phrase): NamePhrase {
  if (phrase.from < 0 || phrase.to < 0 || phrase.to >= PHRASE_SPAN) return readAfresh(tokens, phrase);
  let read = READ.get(tokens);
  if (!read) READ.set(tokens, (read = new Map()));
  const at = phrase.from * PHRASE_SPAN + phrase.to;
  let np = read.get(at);
  if (!np) read.set(at, (np = readAfresh(tokens, phrase)));
  return np;
}

function readAfresh(tokens: readonly Token[], phrase: Phrase): NamePhrase {
  const all = trimmed(tokens.slice(phrase.from, phrase.to).filter(isWord)); // kept with the sentence's tokens (trimmedArrays.ts)
  const determiner = all.length && DETERMINERS.has(all[0].lower) && !all[0].possessive ? all[0] : null;
  let body = determiner ? all.slice(1) : all;
  // `Hollis & Brandt said`: capitals joined by a firm's ampersand name a firm (`one P&G employee` is someone at one).
  if (body.length > 1 && body[body.length - 1].cap && !body.some((t) => t.lower === 'of') && tokens.slice(phrase.from, phrase.to).some((_, k) => isFirmAmpersand(tokens, phrase.from + k))) return { title: [], name: tokens.slice(phrase.from, phrase.to).filter((t, k) => t !== determiner && (isWord(t) || isFirmAmpersand(tokens, phrase.from + k))), all, determiner, groupOf: null, isOrganisation: true };  // `a farmer named Jonas`, `a nurse called Ana Ruiz`: the name after `named` is the person the words before describe.
  const named = namedWithin(tokens, phrase.from, phrase.to);
  if (named >= 0) {
    const at = body.indexOf(tokens[named]);
    return { title: body.slice(0, at), name: body.slice(at + 1), all, determiner, groupOf: null, isOrganisation: false };
  }
  // `the Japanese company`, `the Danish bank`: a nationality (or its `-ish` adjective) before a firm's noun in lower case describes a firm, which
  // the text named before; no body is called so (`the Japanese company said` had been a speaker `Japanese company`).
  if (determiner?.lower === 'the' && body.length === 2 && !body[1].cap && FIRM_NOUNS.has(body[1].lower) && (demonymGender(body[0].text) !== undefined || /^\p{Lu}\p{Ll}{2,}ish$/u.test(body[0].text))) return { title: [], name: [], all, determiner, groupOf: null, isOrganisation: false };
  // `Senators Mitch McConnell and Harry Reid`: a plural title before names is neither a name nor one person's role; nor is a compound modifier (`Oscar-winning Ana Kral`, titledNames.ts).
  if (body.length > 1 && (PLURAL_TITLES.has(body[0].lower) || isCompoundModifier(body[0].text)) && body[1].cap) body = body.slice(1);
  // `Kelport Republican Sens. Ana Kral and Ivo Lund`: the words before a plural title written short say whose it is.
  const shortPlural = body.findIndex((t, i) => i > 0 && t.cap && PLURAL_TITLES.has(t.lower) && t.end - t.start > t.text.length && body[i + 1]?.cap);
  if (shortPlural > 0) body = body.slice(shortPlural + 1);
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
  let surnameBeforeOf = false;
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
  // `Amrita Sen of Energy Aspects`, `Ana Dean of Harvard`: such a surname before `of` ends the name as it would the
  // phrase; read as a title `of` a body, it had made the body's last words the person (`Energy Aspects`).
  else if (lastRole > 0 && body[lastRole + 1]?.lower === 'of') {
    const role = lastRole;
    lastRole = surnameRole(tokens, -1, body.slice(0, role + 1), role);
    surnameBeforeOf = lastRole < role;
  }
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
  // `Belgian Ann Vermeulen`, `Spaniard Rafael Nadal`, `the Swiss Roger Federer`: a nationality before a given name and
  // a surname describes the person (sport and wire copy's way to say where they come from); read as a first given name,
  // it had made the name no one's of known sex, or a place's body. Not a given name itself (`Christian`, `Adrian`).
  else if (lastRole < 0 && body.length >= 3 && demonymGender(body[0].text) !== undefined && sexOfGivenName(body[0].lower) === null && sexOfGivenName(body[1].lower) !== null && body.slice(1).every((t) => t.cap && !t.possessive)) lastRole = 0;
  // `Prosecutor Petrov said`: such a noun before a surname alone is a title too, unless it is a given name (`Marine`).
  else if (lastRole < 0 && body.length === 2 && PERSON_NOUNS.has(body[0].lower) && body[1].cap && sexOfGivenName(body[0].lower) === null) lastRole = 0;
  // `Secretary of State Madeleine Albright`, `Minister of Foreign Affairs Ana Lopes`: the title runs through
  // what it is of; the name is the last one or two capitalised words.
  const of = surnameBeforeOf ? -1 : body.findIndex((t, i) => (t.lower === 'of' || ((t.lower === 'for' || t.lower === 'to') && body[i - 1]?.cap)) && i > 0 && ROLE_WORDS.has(body[i - 1].lower));
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
  // `Sen. Sherrod Brown of Ohio`, `Officer Tusk of the Walrus Police`: the name ends where its place begins. So it
  // does after a name with its particles (`Thiemo de Bakker of the Netherlands`), which had read as a title `of` a place.
  const from = rest.findIndex((t) => t.lower === 'of');
  if (from > 0 && rest[from - 1].cap && rest.slice(0, from).every((t, i) => t.cap || (i > 0 && NAME_PARTICLES.has(t.lower)))) rest = rest.slice(0, from);
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
  // `In Brussels, von der Leyen said`: untitled, a surname may open with its particles, before a capital.
  const opening = leadingParticles(rest);
  const nameWord = (t: Token, i: number, words: readonly Token[]) => t.cap || !/\p{Ll}/u.test(t.text) || t.surname === true || ((i > 0 || title.length > 0 || i < opening) && (particleSurname(t) || (i < words.length - 1 && NAME_PARTICLES.has(t.lower))));
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
  // `Virginia delegate Beau Correll`, `retired neurosurgeon Ben Carson`: a full name after words that describe them;
  // after a capitalised title, a surname alone (`Chief engineer Odell`: the title's head in lower case).
  const fewest = title.length > 0 && determiner === null && title.every((t) => t.cap) ? 1 : 2;
  // `Leader of the Opposition in Lok Sabha Rahul Gandhi`: a capitalised title held in a chamber or a place, then its
  // holder's name (roleComplements.ts); the name had been lost to the place before it, the phrase a description.
  const heldIn = name.length === 0 && determiner === null && title[0]?.cap ? rest.findIndex((t) => t.lower === 'in') : -1;
  if (heldIn >= 0 && nameAfterTitlePlace(rest, heldIn) === rest.length) {
    name = rest.slice(-2);
    described = [...title, ...rest.slice(0, -2)];
  }
  if (name.length === 0 && rest.length >= fewest + 1) {
    // `undecided voter Ana Ruiz of Reno`: the name ends where its place begins.
    const placeAt = rest.findIndex((t, i) => t.lower === 'of' && i >= 2 && rest[i - 1].cap);
    const words = placeAt > 0 ? rest.slice(0, placeAt) : rest;
    let run = words.length;
    while (run > 0 && (words[run - 1].cap || (run > 1 && particleSurname(words[run - 1])) || (run < words.length && NAME_PARTICLES.has(words[run - 1].lower) && words[run - 2]?.cap)) && !words[run - 1].possessive) run--;
    const before = words[run - 1];
    if (words.length - run >= fewest && before && !before.cap && !STOP_WORDS.has(before.lower) && !DETERMINERS.has(before.lower) && !isVerbLike(before) && !isAdverb(before)) {
      name = words.slice(run);
      described = [...title, ...words.slice(0, run)];
    }
  }
  const lastWord = body.length ? body[body.length - 1] : undefined;
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
