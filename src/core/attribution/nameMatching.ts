// How names and roles are compared: the normal form of a name's words, the key of a role (`ukraine's president` and
// `the president of Ukraine` meet), and the loose matches the registry allows between stems, heads and acronyms.
import { COURTESY_TITLES, LEADER_HEADS, NAME_PARTICLES, ROLE_HEADS, ROLE_WORDS } from '../text/newsLexicon';
import { genderOfNoun } from '../text/personNouns';
import { normalizeWord } from '../text/normalizeText';
import { withoutArabicArticle } from './arabicArticles';

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'le', 'du', 'des', 'del', 'van', 'von', 'der', 'den', 'al', 'bin', 'ibn', 'da', 'di', 'do', 'dos']);

/**
 * `words[from..to)` joined by `separator`, as Array.prototype.join gives them: a lone word is itself, and a few are
 * concatenated. A name's look-up joins its words at each registry of a chain (a draft's check, thousands of times) and
 * most names are of one or two words, for which the join builtin cost more than the rest of the look-up.
 */
export function joinWords(words: readonly string[], separator = ' ', from = 0, to = words.length): string {
  if (to - from === 1) return words[from];
  let joined = '';
  for (let i = from; i < to; i++) joined = i === from ? words[i] : joined + separator + words[i];
  return joined;
}

/** A name's words as names are compared: normalised, without a possessive `'s` or `'`, without `the` or `al-`. */
export function normalizeName(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    // The possessive cut by hand: two regular expressions a word cost more than the rest of a name look-up.
    let w = normalizeWord(word);
    if (w.endsWith("'s")) w = w.slice(0, -2);
    if (w.endsWith("'")) w = w.slice(0, -1);
    w = withoutArabicArticle(w);
    if (w && w !== 'the') out.push(w);
  }
  return out;
}

/**
 * `von der`, `de`: normalised words before a surname that are all its particles, so that `Von der Leyen said` is the
 * Ursula von der Leyen the text named in full. `Von` is also a man's given name, and the sex it told had made
 * `Von der Leyen` a second person, a man, whom no later `she` could mean.
 */
export function onlyParticles(words: string): boolean {
  return words.split(' ').every((w) => NAME_PARTICLES.has(w));
}

/** `ukraine's president` -> `ukraine president`; `the head of the presidential office` -> `head of presidential office`. */
export function roleKey(words: readonly string[]): string {
  return normalizeName(words)
    .filter((w) => !['a', 'an', 'his', 'her', 'their', 'its'].includes(w))
    .join(' ');
}

export interface RoleSignature {
  readonly head: string;
  readonly modifiers: readonly string[];
}

/**
 * A second word news uses for one office (`the pontiff` for `Pope Francis`), or its title written short (`Sen. Ana
 * Kral` for `the senator`): the role's head is the office's usual word.
 */
const OFFICE_NAMES: ReadonlyMap<string, string> = new Map([['pontiff', 'pope'], ['sen', 'senator'], ['gov', 'governor'], ['rep', 'representative']]);

/** Offices written with `general` after their noun (`secretary general`), each one office. */
const POSTPOSED_GENERAL: ReadonlySet<string> = new Set(['secretary', 'director', 'attorney', 'solicitor', 'surgeon', 'inspector', 'governor', 'consul', 'auditor', 'comptroller', 'procurator', 'prosecutor']);
/** `u.n.` -> `un`, `u.s.` -> `us`: initials written with full stops, without them; any other word as it is. */
export function withoutStops(word: string): string {
  return /^(?:\p{L}\.){2,}$/u.test(word) ? word.replace(/\./g, '') : word;
}

export function roleSignature(key: string): RoleSignature | null {
  const words = key.split(' ');
  const ofAt = words.indexOf('of');
  const before = ofAt >= 0 ? words.slice(0, ofAt) : words;
  let headAt = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    if (ROLE_HEADS.has(before[i])) {
      headAt = i;
      break;
    }
  }
  if (headAt < 0) return null;
  let head = OFFICE_NAMES.get(before[headAt]) ?? before[headAt];
  if (head === 'minister' && before[headAt - 1] === 'prime') head = 'prime minister';
  // `NATO Secretary General`, `IAEA Director General`: `general` after the office's noun is the office's, written
  // with or without its hyphen (`Secretary-General`); the head is the whole office, which heads a body.
  const compound = head === 'general' && headAt > 0 && POSTPOSED_GENERAL.has(before[headAt - 1]) ? before[headAt - 1] : null;
  if (compound) head = `${compound}-general`;
  // `U.N.` and `UN`, `U.S.` and `US`: one body's initials, with or without their full stops.
  const modifiers = words.filter((w, i) => i !== headAt && !SMALL_WORDS.has(w) && !(head === 'prime minister' && w === 'prime') && !(compound !== null && i === headAt - 1)).map(withoutStops);
  return { head, modifiers };
}

/**
 * Words that make a role another office than its head's: a deputy mayor is not the mayor, a vice president not the
 * president, a former minister not the minister. `the mayor said` had found `Deputy Mayor Ana Kral`.
 */
const RANK_MODIFIERS: ReadonlySet<string> = new Set(['deputy', 'vice', 'assistant', 'associate', 'under', 'junior', 'former', 'ex']);

/** Whether a role held with signature `held` answers a wanted role of the same head: every wanted word, and no rank it lacks. */
export function answersRole(held: RoleSignature, wanted: RoleSignature): boolean {
  if (!wanted.modifiers.every((m) => held.modifiers.some((s) => stemsMatch(m, s)))) return false;
  return !rankMissing(held.modifiers, wanted.modifiers);
}

/**
 * Whether the role `held` (a role key) has a rank the words of a wanted role lack (`vice president` for `the
 * president`); a rank joined to its office by a hyphen is that rank (`vice-presidential`).
 */
export function ofOtherRank(held: string, wanted: readonly string[]): boolean {
  return rankMissing(held.split(' '), wanted);
}

/** Whether the words of a held role have a rank the wanted words lack (its signature's words, not joined and split). */
function rankMissing(held: readonly string[], wanted: readonly string[]): boolean {
  return held.some((w) => RANK_MODIFIERS.has(w) && !wanted.some((x) => x === w || x.startsWith(`${w}-`)));
}

export function stemsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  if (n < 4) return false;
  const stem = Math.min(n, 5);
  return a.slice(0, stem) === b.slice(0, stem);
}

/**
 * Whether a role held with head `held` answers a role wanted with head `wanted`: the same, or two heads of a state
 * or people (`the Russian leader` for its president). Not a bare `leader` for an office: a party's, a group's or an
 * opposition's leader (`the SNP's Westminster leader`) is not `the prime minister` or `the president` of the text.
 */
export function headsMatch(held: string, wanted: string): boolean {
  if (held === wanted) return true;
  // `the Fed chief` for `Fed Chair Jerome Powell`, `the FBI chief` for its director: news calls whoever heads a body
  // its chief or head (the body's words must still match: see the registry's role look-up).
  if (GENERIC_HEADS.has(wanted) && HEADS_OF_BODIES.has(held)) return true;
  if (held === 'leader' || !LEADER_HEADS.has(held) || !LEADER_HEADS.has(wanted)) return false;
  // A crown and an elected office are never one person's (`the king` is not the text's president), and a queen is
  // not the king: she is most often his consort.
  if (ELECTED_HEADS.has(held) ? CROWNED_HEADS.has(wanted) : CROWNED_HEADS.has(held) && ELECTED_HEADS.has(wanted)) return false;
  const heldSex = genderOfNoun(held);
  const wantedSex = genderOfNoun(wanted);
  return heldSex === null || wantedSex === null || heldSex === wantedSex;
}

/** Words for whoever heads a body, whatever the body calls the office. */
const GENERIC_HEADS: ReadonlySet<string> = new Set(['chief', 'head']);
const HEADS_OF_BODIES: ReadonlySet<string> = new Set(['chief', 'head', 'chair', 'chairman', 'chairwoman', 'chairperson', 'director', 'governor', 'president', 'leader', 'commissioner', 'executive', 'ceo', 'secretary-general', 'director-general']);
/** Whether a role's head is a word for whoever heads a body (`chief`, `head`): `the FBI chief` must name the FBI too. */
export const isGenericHead = (head: string): boolean => GENERIC_HEADS.has(head);
const EVERY_LEADER = [...LEADER_HEADS];
const EVERY_HEAD_OF_A_BODY = [...HEADS_OF_BODIES];

/**
 * The heads a look-up of a role with head `wanted` reads (headsMatch then decides): the registry's look-up and the
 * persisted index's record of what each look-up touched must agree, or a change would not redo the look-ups it moves.
 */
export function headsReadFor(wanted: string): readonly string[] {
  if (GENERIC_HEADS.has(wanted)) return EVERY_HEAD_OF_A_BODY;
  return LEADER_HEADS.has(wanted) ? EVERY_LEADER : [wanted];
}

/** Heads of a state who are elected or appointed to the office, and those who hold it by a crown. */
const ELECTED_HEADS: ReadonlySet<string> = new Set(['president', 'prime minister', 'premier', 'taoiseach', 'chancellor']);
const CROWNED_HEADS: ReadonlySet<string> = new Set(['king', 'queen', 'monarch', 'emir', 'sultan', 'tsar', 'czar']);

/**
 * Whether one person's name stands word for word, in order, within the other's, two words at least (`De Bruyne` in
 * `Kevin De Bruyne`, `Sir Keir` in `Sir Keir Starmer`, `Lopez Obrador` in `Andrés Manuel López Obrador`): the forms
 * news writes of one name, a particle's or a title's word kept. A lone word within a name is not enough: a surname or
 * a given name is shared by other people (`Trump` is also `Ivanka Trump`). `a`, `b`: normalised names, their words
 * joined by spaces (registry keys); compared as strings, since a draft's check asks it of many pairs.
 */
export function nameWithin(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length === longer.length || !shorter.includes(' ')) return false;
  // Found without building strings: most pairs asked differ at once.
  for (let at = longer.indexOf(shorter); at >= 0; at = longer.indexOf(shorter, at + 1)) {
    const end = at + shorter.length;
    if ((at === 0 || longer[at - 1] === ' ') && (end === longer.length || longer[end] === ' ')) return true;
  }
  return false;
}

export function acronymOf(words: readonly string[]): string {
  return words
    .filter((w) => !SMALL_WORDS.has(w))
    .map((w) => w[0])
    .join('');
}

/**
 * The keys a writer's alias (`.attributor/aliases.json`) is found by: as written, and without the styles and titles
 * before the name (`Comrade Vova`, `Hon. Ana Kral`), which a text's reader leaves out of the name it reads.
 */
export function aliasKeys(alias: string): string[] {
  const words = alias.split(/\s+/).filter(Boolean);
  let first = 0;
  while (first < words.length - 1 && [ROLE_WORDS, COURTESY_TITLES].some((list) => list.has(words[first].toLowerCase().replace(/\.$/, '')))) first++;
  return [...new Set([normalizeName(words).join(' '), normalizeName(words.slice(first)).join(' ')])];
}
