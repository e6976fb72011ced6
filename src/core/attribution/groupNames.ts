// Capitalised names that are no person: a place (`New Hampshire`), a group named after a place (`Progress Iowa`),
// an organisation whose word stands anywhere in the name (`Indiana GOP`, `Fox News Channel`, `House Zika`) and a
// name that ends in an acronym (`Principles PAC`, `Priorities USA`). One predicate, asked both when a text's names
// are learnt (findNames) and when a speaker's phrase is resolved (speakerResolver), so both agree.
import { ORGANISATION_MARKS, ORGANISATION_WORDS, ROLE_WORDS } from '../text/newsLexicon';
import { PERSON_NOUNS } from '../text/personNouns';
import { tokenAt, type Token } from '../text/sentenceTokens';
import { trailingPlaceWords } from '../text/placeNames';
import { joinWords, normalizeName } from './nameMatching';
import { sexOfGivenName } from './givenNameSexes';
import { isOutletBrand } from './outletBrands';
// A lone capital the text itself writes as a place (`in Kessland`): textPlaces.ts, read where these kinds are.
export { writtenAsPlace } from './textPlaces';

/** Body words that are common surnames (bodyWordSurnames.ts). Not `Post`, `Times`, `Bank`: `Washington Post said` is the paper. */
const BODY_WORD_SURNAMES: ReadonlySet<string> = new Set(['park', 'hall', 'church', 'house', 'court']);

/** Whether a given name one sex holds and a body word that is also a surname make the name: `Jenna Park`, `Mark Hall`. */
export function isNamedLikeABody(first: string | null, last: string): boolean {
  return first !== null && BODY_WORD_SURNAMES.has(last) && sexOfGivenName(first) !== null;
}

/** The parts of a speaker's phrase the family-name reading asks about. */
interface LoneName {
  readonly title: readonly Token[];
  readonly name: readonly Token[];
  readonly determiner: Token | null;
}

/**
 * `Governor Park Ji-hoon … "…," Park said`: a body word that is a surname, alone, untitled and with no article, may be
 * a family name written first (Korean, Chinese and Hungarian names are), and so the person the text named in full
 * with it before, found as a lone given name is (givenNameReferences.ts: only when one full name opens with it). It
 * had been a body (`Park`, as in `Central Park`), never that person, and a draft's `Park said` fitted any Park.
 */
export function familyNameAlone(np: LoneName): boolean {
  return np.name.length === 1 && np.title.length === 0 && np.determiner === null && BODY_WORD_SURNAMES.has(np.name[0].lower);
}

/** Whether `person`'s full name opens with the lone body word of `np` (`Park` of Park Ji-hoon). */
export function opensNameOf(np: LoneName, person: { readonly first: string | null }): boolean {
  return familyNameAlone(np) && person.first !== null && person.first.split(' ')[0] === np.name[0].lower;
}

/**
 * Roman numerals, generational suffixes and post-nominal letters end people's names (`Brent Bozell III`, `Jane Doe
 * MP`, `Ruth Alder OBE`: British and Irish news write members, honours and counsel so), not organisations'.
 */
const NAME_SUFFIX = /^(?:I{2,3}|IV|VI{0,3}|IX|X{1,3}(?:IX|IV|V?I{0,3})|Jr|Sr|MP|MEP|MSP|MLA|TD|QC|KC|[CDGKMO]BE|MD|JP|RN)\.?$/;
const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,})$/u;

/**
 * What a capitalised name is when it is no person's: `place`, `organisation`, or null when it may be a person.
 * `titled`: the text gives the name a person's title or role (`Sen. Ruth Alder of Oregon`), which makes a trailing
 * place part of someone's name no more than it makes a place a person.
 */
export function nonPersonKind(words: readonly string[], titled: boolean): 'place' | 'organisation' | null {
  // Asked of each name a sentence gives, when its names are learnt and again when they are resolved: the answer rests
  // on the words alone, so it is kept for the names met last (within a bound: a build meets many).
  const key = `${titled ? 't' : 'u'}${joinWords(words, '\u0000')}`;
  const known = KINDS.get(key);
  if (known !== undefined) return known;
  if (KINDS.size >= KINDS_KEPT) KINDS.clear();
  const kind = kindOf(words, titled);
  KINDS.set(key, kind);
  return kind;
}

/** nonPersonKind's answers for the names met last, and how many are kept before they are dropped together. */
const KINDS = new Map<string, 'place' | 'organisation' | null>();
const KINDS_KEPT = 4096;

function kindOf(words: readonly string[], titled: boolean): 'place' | 'organisation' | null {
  const norm = normalizeName(words);
  if (norm.length === 0) return null;
  const placeWords = trailingPlaceWords(norm);
  // `New Hampshire`, `Iowa`: a place is never a person, whatever title stands near it.
  if (placeWords === norm.length) return 'place';
  // `Progress Iowa`, `Breitbart California`: an untitled name ending in a place is a group or an outlet.
  if (!titled && placeWords > 0) return 'organisation';
  // `Indiana GOP`, `Fox News Channel`, `House Zika`: an organisation's word anywhere makes the whole an organisation
  // (a party's or outlet's word before a full name was read off as its modifier already: see readNamePhrase).
  // `Politico said`: a known outlet's one-word name (outletBrands.ts).
  if (!titled && isOutletBrand(norm)) return 'organisation';
  if (norm.some((w) => ORGANISATION_MARKS.has(w)) || ORGANISATION_WORDS.has(norm[norm.length - 1])) return 'organisation';
  // `Principles PAC`, `Priorities USA`: an acronym after a word written in lower case ends an organisation's name
  // (a name in capitals throughout, `JAKE TAPPER`, is shouted, and `III` or `Jr.` ends a person's).
  const last = words[words.length - 1].replace(/['\u2019]s?$/, '');
  if (words.length > 1 && ACRONYM.test(last) && !NAME_SUFFIX.test(last) && words.slice(0, -1).some((w) => /\p{Ll}/u.test(w))) return 'organisation';
  return null;
}

/** Whether a lower-case word is the plural of a noun for people (`doctors`, `teachers`, `nurses`). */
function pluralOfPeople(word: string): boolean {
  return word.endsWith('s') && (PERSON_NOUNS.has(word.slice(0, -1)) || ROLE_WORDS.has(word.slice(0, -1)));
}

/**
 * `the Nigerian Association of Resident Doctors`, `the Union of Junior Teachers`: capitals after a body's word and its
 * `of`, in the phrase's words (`body`) or right before them (`phraseFrom`: the capitals alone, as findNames reads
 * them), that end in a plural of people: whom the body is of, never a person `Doctors` titled `Resident`.
 */
export function bodyOfMembers(tokens: readonly Token[], phraseFrom: number, body: readonly Token[]): boolean {
  const last = body[body.length - 1];
  if (!last?.cap || !pluralOfPeople(last.lower)) return false;
  const of = body.findIndex((t) => t.lower === 'of');
  if (of < 0) return tokenAt(tokens, phraseFrom - 1)?.lower === 'of' && ORGANISATION_WORDS.has(tokenAt(tokens, phraseFrom - 2)?.lower ?? '') && body.every((t) => t.cap);
  return of > 0 && ORGANISATION_WORDS.has(body[of - 1].lower) && body.every((t, i) => t.cap || i === of);
}
