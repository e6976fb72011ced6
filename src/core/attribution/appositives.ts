// Appositives and asides set off after a name (`Ana Ruiz, 44, a nurse,`, `Sen. Ted Cruz (Tex.)`, `Ivo Kral, Donald
// Trump's campaign manager,`): where they open, and the token after them, for the phrase readers that pass over them.
import { DETERMINERS, NOT_NAME_WORDS, ROLE_WORDS } from '../text/newsLexicon';
import { PERSON_NOUNS } from '../text/personNouns';
import { RELATIVE_PRONOUNS, type Token } from '../text/sentenceTokens';
import { isAdverb, isNameWord, isVerbLike, isWord, STOP_WORDS } from './tokenClasses';
import { sexOfGivenName } from './givenNameSexes';
import { trailingPlaceWords } from '../text/placeNames';

/** The longest appositive skipped between a name and its verb, in tokens. */
export const APPOSITIVE_TOKENS = 24;
/** The longest aside in brackets after a name, in tokens. */
const PARENTHESIS_TOKENS = 6;
/**
 * Prepositions that open a phrase set off between a name and its verb (`Blunt, after a long pause, said`, `Kral, of
 * Harbour Road, told the court`, `Ivo Peskar, of the Harbour Trust, said`), and the adverbs of where the speaker has
 * just come from (`Kral, back from Brussels, said`, `Kral, fresh from the talks, told reporters`).
 */
const APPOSITIVE_PREPOSITIONS = new Set(['of', 'after', 'before', 'during', 'at', 'on', 'in', 'like', 'as', 'from', 'for', 'by', 'through', 'without', 'amid', 'despite', 'however', 'too', 'also', 'now', 'then', 'once', 'still', 'back', 'fresh']);

/**
 * Whether the words at `k` can open an appositive or parenthesis after a name: a description (`the editor`,
 * `an early supporter`, `another VP choice`), a role, an age (`49`), a relative clause (`who served as...`)
 * or a party tag (`R-Tex.`, `D-Ore.`).
 */
export function opensAppositive(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!isWord(t)) return false;
  if (DETERMINERS.has(t.lower) || ROLE_WORDS.has(t.lower) || RELATIVE_PRONOUNS.has(t.lower) || t.lower === 'another') return true;
  // `Jenna Golden, Twitter's director of advertising, said`: an owner and the role it gives.
  const next = tokens[k + 1];
  if (t.cap && t.possessive) return isWord(next) && !next.cap;
  // `Ivo Kral, Donald Trump's fired campaign manager, ripped`: the owner may be a name of two or three words.
  if (t.cap && !NOT_NAME_WORDS.has(t.lower)) {
    let o = k + 1;
    while (o < k + 3 && isNameWord(tokens[o]) && !tokens[o].possessive) o++;
    const owner = tokens[o];
    if (isWord(owner) && owner.cap && owner.possessive && isWord(tokens[o + 1]) && !tokens[o + 1].cap) return true;
    // `Ana Kral, Harbour Trust chief executive, said`, `Ana Kral, Labour MP for Kelport, said`: capitals that say
    // whose or which (no possessive), then the role, in lower case or a capitalised role word.
    let c = k;
    while (c < k + 3 && isNameWord(tokens[c]) && !tokens[c].possessive && !ROLE_WORDS.has(tokens[c].lower)) c++;
    if (c > k && ((isWord(tokens[c]) && tokens[c].cap && ROLE_WORDS.has(tokens[c].lower)) || opensBareRole(tokens, c))) return true;
  }
  // `Blunt, after a long pause, said`, `Eastland, wearing a cowboy hat, said`: the circumstances of the words.
  if (!t.cap && (APPOSITIVE_PREPOSITIONS.has(t.lower) || /^[a-z]{3,}ing$/.test(t.lower))) return true;
  // `Clinton, exasperated, responded`: one word set off on its own says how, not who.
  if (!t.cap && tokens[k + 1]?.text === ',' && tokens[k - 1]?.text === ',' && !STOP_WORDS.has(t.lower)) return true;
  if (/^\d{1,3}$/.test(t.text)) return !isWord(tokens[k + 1]);
  if (/^[RDI]-\p{Lu}/u.test(t.text)) return true;
  return opensBareRole(tokens, k);
}

/**
 * `co-founder of the committee`, `legal director for the group`, `senior fellow at the institute`: a role without a
 * determiner, after at most two lower-case words that describe it, opens an appositive.
 */
function opensBareRole(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j <= k + 2; j++) {
    const t = tokens[j];
    if (!isWord(t) || t.cap || STOP_WORDS.has(t.lower)) return false;
    const head = t.lower.slice(t.lower.lastIndexOf('-') + 1);
    if (ROLE_WORDS.has(t.lower) || ROLE_WORDS.has(head) || PERSON_NOUNS.has(t.lower) || PERSON_NOUNS.has(head)) return true;
    if (isVerbLike(t) || isAdverb(t)) return false;
  }
  return false;
}

/** `Sen. Ted Cruz (Tex.)`, `Sen. Susan Collins (Maine)`: a few words in brackets after a name are an aside. */
export function shortParenthesis(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.text !== '(') return false;
  for (let c = k + 1; c < tokens.length && c <= k + PARENTHESIS_TOKENS; c++) {
    if (tokens[c].kind === 'quote') return false;
    if (tokens[c].text === ')') return c > k + 1;
  }
  return false;
}

/** The token after an appositive or parenthesis that starts at `k` (`, 49,`, `(D-Ore.)`), or `k` when there is none. */
export function skipAppositive(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t || t.kind !== 'punct' || (t.text !== ',' && t.text !== '(') || !(opensAppositive(tokens, k + 1) || shortParenthesis(tokens, k))) return k;
  const close = t.text === ',' ? ',' : ')';
  for (let c = k + 2; c < tokens.length && c < k + APPOSITIVE_TOKENS; c++) {
    if (tokens[c].kind === 'quote') return k;
    if (tokens[c].kind === 'punct' && tokens[c].text === close) {
      if (close === ')') return c + 1 < tokens.length && tokens[c + 1].text === ',' ? c + 2 : c + 1;
      return (/^(?:of|from)$/.test(tokens[k + 1].lower) ? townAfter(tokens, c) : listEnd(tokens, c)) + 1;
    }
  }
  return k;
}

/** The most words of a town an address goes on to (`Isle of Wight`, `Newcastle upon Tyne`, `Bury St Edmunds`). */
const TOWN_WORDS = 4;

/** Whether the token at `j` goes on a town's name: a capital, or `of`/`upon` between capitals (`Isle of Wight`). */
function inTownName(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (isWord(t) && !t.cap && (t.lower === 'of' || t.lower === 'upon')) return isNameWord(tokens[j - 1]) && tokens[j - 1].cap && isNameWord(tokens[j + 1]) && tokens[j + 1].cap;
  return isNameWord(t) && !t.possessive;
}

/** Place nouns that end a region's name whatever word opens it (`Louisa County`, `Prince Edward Island`). */
const REGION_NOUNS: ReadonlySet<string> = new Set(['county', 'province', 'island', 'islands', 'territory', 'parish', 'state', 'district', 'region', 'shire', 'valley', 'coast', 'cape']);

/**
 * `Asked about the run-out of Dhoni, Shane Watson, the opener, said`: capitals after a town's comma that open with a
 * given name and are no known place are a person set off after the opening phrase, not the town's region (read as
 * one, the town `Dhoni` had been given Watson's words). `Dunmore, Westshire`, `Freetown, Sierra Leone` stay regions.
 */
function regionNamesPerson(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from !== 2 || !tokens[from].cap || !tokens[to - 1].cap || REGION_NOUNS.has(tokens[to - 1].lower)) return false;
  const words = [tokens[from].lower, tokens[to - 1].lower];
  return sexOfGivenName(words[0]) !== null && trailingPlaceWords(words) === 0;
}

/** `Kral, of Harbour Road, Split, told`: the comma after the town an address goes on to (or `c`, the address's own). */
function townAfter(tokens: readonly Token[], c: number): number {
  let j = c + 1;
  while (j - c <= TOWN_WORDS && inTownName(tokens, j)) j++;
  return j > c + 1 && tokens[j]?.text === ',' && isWord(tokens[j + 1]) && !tokens[j + 1].cap ? j : c;
}

/**
 * `Jo Hale, 54, of Cowes, Isle of Wight, said`, read backwards from the verb: where the words between the commas at
 * `c` and `e` are the town an address set off before them goes on to (`, of Cowes,`), the comma opening that address;
 * else -1. A town alone opens no appositive (`Kral, Peskar, said` is a list), so only after `of` or `from`.
 */
export function addressBeforeTown(tokens: readonly Token[], c: number, e: number): number {
  if (tokens[c]?.text !== ',' || e - c - 1 < 1 || e - c - 1 > TOWN_WORDS) return -1;
  for (let j = c + 1; j < e; j++) if (!inTownName(tokens, j)) return -1;
  let a = c - 1;
  while (a > c - 1 - TOWN_WORDS && inTownName(tokens, a)) a--;
  if (a === c - 1 || !isWord(tokens[a]) || !/^(?:of|from)$/.test(tokens[a].lower) || tokens[a - 1]?.text !== ',') return -1;
  return a - 1;
}

/**
 * `a nurse from Dunmore, Westshire, who has worked there, said`, read backwards from the verb past the `who` clause:
 * where the capitals ending at `e` are a region after a town that `from`, `in` or `of` opens, the comma between town
 * and region, or the comma before an address set off (`, of Dunmore, Westshire`): the subject is read before it,
 * never the region; else -1.
 */
export function townBeforeRegion(tokens: readonly Token[], e: number): number {
  let a = e;
  while (a > e - TOWN_WORDS && inTownName(tokens, a)) a--;
  if (a === e || tokens[a]?.text !== ',' || regionNamesPerson(tokens, a + 1, e + 1)) return -1;
  let b = a - 1;
  while (b > a - 1 - TOWN_WORDS && inTownName(tokens, b)) b--;
  // `Of Carson, Levine, who …, said`: a sentence's opening `Of` says what the words are about; no town is there.
  if (!(b < a - 1 && isWord(tokens[b]) && !tokens[b].cap && /^(?:from|in|of)$/.test(tokens[b].lower))) return -1;
  // `Mara Hollis, of Dunmore, Westshire, who`: an address set off on its own; the subject is before its comma.
  return tokens[b - 1]?.text === ',' ? b - 1 : a;
}

/** Prepositions that open a sentence with where it happens (`At Maltby colliery in Yorkshire, ...`). */
const SCENE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'outside', 'inside', 'near', 'across', 'behind', 'beside', 'along']);

/**
 * `At Maltby colliery in South Yorkshire, Mr Ken Holmes, a face worker, said`: whether the words from `floor` up to
 * the comma at `comma` are one phrase of place opening the sentence. A town there (`in South Yorkshire`) sets the
 * scene, and the name after its comma is the subject, not the town's region (townBeforeRegion had made the colliery speak).
 */
export function sceneBeforeComma(tokens: readonly Token[], floor: number, comma: number): boolean {
  const first = tokens[floor];
  if (!isWord(first) || !first.cap || !SCENE_PREPOSITIONS.has(first.lower)) return false;
  for (let k = floor + 1; k < comma; k++) if (!isWord(tokens[k])) return false;
  return true;
}

/**
 * `At a rally in Portland, Maine, on Thursday, Reddick said`: where an opening phrase's comma at `c` falls between a
 * town (after `in`, `from`, `of`) and its region, the token after the region's comma; else `c + 1`. Read as the
 * sentence's subject, the region had left the sentence with none, and a later `he` went to someone named before.
 */
export function pastRegionAfter(tokens: readonly Token[], c: number): number {
  let e = c + 1;
  while (e < c + 1 + TOWN_WORDS && inTownName(tokens, e)) e++;
  return e > c + 1 && tokens[e]?.text === ',' && townBeforeRegion(tokens, e - 1) === c ? e + 1 : c + 1;
}

/** `, secretary for population, refugees, and migration, said`: the comma ending a list the comma at `c` goes on in (or `c`). */
function listEnd(tokens: readonly Token[], c: number): number {
  let k = c;
  for (let items = 0; items < 4; items++) {
    let j = k + 1;
    const last = isWord(tokens[j]) && (tokens[j].lower === 'and' || tokens[j].lower === 'or');
    if (last) j++;
    const from = j;
    while (j - from < 4 && isWord(tokens[j]) && !tokens[j].cap && !isVerbLike(tokens[j]) && !STOP_WORDS.has(tokens[j].lower) && !RELATIVE_PRONOUNS.has(tokens[j].lower)) j++;
    if (j === from || tokens[j]?.text !== ',') return c;
    if (last) return j;
    k = j;
  }
  return c;
}

/**
 * `Tom Dening, of the University of Nottingham, who was not involved in the study, said`, read back from the verb
 * past its last appositive to the word at `e`: where the words from the comma before `e` open with `of`, `from` or
 * `at` right after a capital (an affiliation set off after a name), the token before that comma, so that the name
 * speaks and not the body it is of; `e` itself otherwise.
 */
export function setOffAffiliationBefore(tokens: readonly Token[], e: number, floor: number): number {
  let c = e;
  while (c > floor && e - c < APPOSITIVE_TOKENS && tokens[c].kind !== 'punct' && tokens[c].kind !== 'quote') c--;
  if (c <= floor || tokens[c].text !== ',' || !/^(?:of|from|at)$/.test(tokens[c + 1]?.lower ?? '')) return e;
  const before = tokens[c - 1];
  return isNameWord(before) && before.cap && !before.possessive ? c - 1 : e;
}

/** The most words of a capitalised title or body set off in a press release's `Name, Title, Body, said`. */
const LABEL_WORDS = 6;

/**
 * `Kevin Sherry, Executive Director, Enterprise Ireland, added:`, read back from the comma at `e` before the verb
 * to the comma at `c`: a press release's title and body set off in capitals one after the other, the title ending in
 * a role word. The token before the title's comma (the name's last), or -1 where the words are not of that shape.
 */
export function titleAndBodyBefore(tokens: readonly Token[], c: number, e: number, floor: number): number {
  const capitals = (from: number, to: number) => to > from && to - from <= LABEL_WORDS && tokens.slice(from, to).every((t) => isWord(t) && (t.cap ? !t.possessive : /^(?:of|and|for)$/.test(t.lower)));
  if (tokens[c]?.text !== ',' || !capitals(c + 1, e) || !isWord(tokens[c - 1]) || !ROLE_WORDS.has(tokens[c - 1].lower) || !tokens[c - 1].cap) return -1;
  let t = c - 1;
  while (t > floor && c - t <= LABEL_WORDS && isWord(tokens[t])) t--;
  const name = tokens[t - 1];
  return t > floor && tokens[t].text === ',' && capitals(t + 1, c) && isNameWord(name) && name.cap && !name.possessive && !ROLE_WORDS.has(name.lower) ? t - 1 : -1;
}
