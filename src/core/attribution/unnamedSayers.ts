// `A parts supplier in Yokkaichi, speaking on condition of anonymity, said orders had halved. "We have stopped the night
// shift," he said.`: a sentence whose subject is someone brought in without a name (`a`, `an`, `one`, `another` and a
// noun for a person), and who says something, is the nearest subject a `he`, `she` or `they` after it can stand for. A
// pronoun reaching it stays with that unnamed person (no name) instead of passing on to the last person named, whom
// the search had given the words when no word list knew the noun (`supplier`) or the subject was a bare `One,`.
// The same holds where the unnamed sayer closes the sentence after what was said (`Generators started within
// seconds, a hospital spokesman said.`, `..., said a hospital spokesman.`): the news report's commonest form.
import { ROLE_WORDS } from '../text/newsLexicon';
import { NOT_AGENT_NOUNS, PERSON_NOUNS } from '../text/personNouns';
import { tokenAt, type Token } from '../text/sentenceTokens';
import { isWord } from './tokenClasses';

/** Words that bring in someone new and unnamed. */
const INTRODUCING = new Set(['a', 'an', 'one', 'another']);
/** Verbs by which the unnamed subject speaks (`said`, `told reporters`, `described the mood as grim`). */
const SAYING = new Set(['said', 'says', 'added', 'adds', 'told', 'tells', 'explained', 'recalled', 'complained', 'admitted', 'noted', 'insisted', 'described', 'warned', 'predicted', 'acknowledged', 'conceded']);
/** Words after the head noun that begin what it is of or where (`a supplier in Aichi`, `an official who`). */
const TAIL_OPENERS = new Set(['in', 'at', 'for', 'of', 'from', 'with', 'on', 'near', 'inside', 'outside', 'who', 'whose', 'that']);
/** Words that end like an agent noun and are things a sentence may open with (`A letter from ... said`). */
const THINGS = new Set(['letter', 'paper', 'newspaper', 'poster', 'banner', 'flyer', 'number', 'order', 'chapter', 'computer', 'register', 'monitor', 'sensor', 'indicator', 'factor', 'sector', 'motor', 'editorial']);
/** The most words before the head noun (`a 28-year-old part-time analyst`). */
const MODIFIERS = 4;
/** The most tokens between the head noun and the verb: an aside or what the person is of (`, who spoke ... ,`). */
const TAIL = 30;

/** Whether a lower-case noun may be a person's: a role, a person noun, an age, or an agent noun no list holds. */
function personHead(word: string): boolean {
  if (ROLE_WORDS.has(word) || PERSON_NOUNS.has(word) || /^\d+-year-old$/.test(word) || word === 'source') return true;
  return /^\p{Ll}{3,}(?:er|or|ist|ian)$/u.test(word) && !NOT_AGENT_NOUNS.has(word) && !THINGS.has(word);
}

/**
 * Whether the clause opening at token `i` has for its subject someone unnamed who says something: `A supplier said`,
 * `An executive at one cloud provider, who spoke on condition of anonymity, said`, `One, a 28-year-old analyst, said`.
 * Not `a smiling Kral said` (a capital before the noun names the one who speaks).
 */
export function opensWithUnnamedSayer(tokens: readonly Token[], i: number): boolean {
  const first = tokenAt(tokens, i);
  if (!isWord(first) || !INTRODUCING.has(first.lower)) return false;
  let j = i + 1;
  // `One, a 28-year-old analyst in the fixed income division, said`: one of those just spoken of, described in an aside;
  // `one of the traders said`, `another of them`.
  const oneOf = first.lower !== 'a' && first.lower !== 'an' && (tokenAt(tokens, j)?.text === ',' || tokenAt(tokens, j)?.lower === 'of');
  if (!oneOf) {
    let head = -1;
    // `A Shenzhen trader`, `a Texas oil producer`, `a Lehman trader`: a capital among the modifiers says where or whose
    // the person is; the head is still the lower-case noun after it (`a smiling Kral` has none, and names Kral).
    while (j < tokens.length && j <= i + 1 + MODIFIERS && isWord(tokens[j]) && !SAYING.has(tokens[j].lower) && !TAIL_OPENERS.has(tokens[j].lower)) {
      if (!tokens[j].cap) head = j;
      else if (head >= 0) break;
      j++;
    }
    if (head < 0 || !personHead(tokens[head].lower)) return false;
    if (isWord(tokens[j]) && tokens[j].cap) return false; // `a Kral aide`, `an analyst Tomas Berg`: whose or who
  }
  for (const end = Math.min(tokens.length, j + TAIL); j < end; j++) {
    const t = tokens[j];
    if (t.kind === 'quote' || t.text === ';' || t.text === '.' || t.text === ':') return false;
    // `A reporter asked Kral, and Kral said`: another clause, whose subject may be named.
    if (isWord(t) && (t.lower === 'and' || t.lower === 'but')) return false;
    if (isWord(t) && !t.cap && SAYING.has(t.lower)) return true;
  }
  return false;
}

/** The most tokens a closing sayer spans after its comma (`, a spokesman for the hospital, who ..., said.`). */
const CLOSING_REACH = 30;

/**
 * Whether the sentence ends in someone unnamed who says what came before it: `..., a hospital spokesman said.`,
 * `..., said a hospital spokesman.`. Only the final clause after a comma is read; `said` must be its last word or the
 * one before the unnamed person.
 */
export function closesWithUnnamedSayer(tokens: readonly Token[]): boolean {
  let last = tokens.length - 1;
  while (last >= 0 && !isWord(tokens[last])) {
    if (tokens[last].kind === 'quote') return false; // the words end the sentence: whoever follows is the quote's
    last--;
  }
  if (last < 1) return false;
  if (!tokens[last].cap && SAYING.has(tokens[last].lower) && tokens[last].lower !== 'told') {
    for (let c = last - 1; c >= 0 && last - c <= CLOSING_REACH; c--) if (tokens[c].text === ',' && opensWithUnnamedSayer(tokens, c + 1)) return true;
    return false;
  }
  // `..., said a hospital spokesman.`: the verb after the comma, then the unnamed person to the end.
  for (let c = last - 1; c >= 1 && last - c <= MODIFIERS + 2; c--) {
    if (tokens[c].text !== ',' ) continue;
    const verb = tokenAt(tokens, c + 1);
    if (!isWord(verb) || verb.cap || (verb.lower !== 'said' && verb.lower !== 'says')) return false;
    const first = tokenAt(tokens, c + 2);
    if (!isWord(first) || (first.lower !== 'a' && first.lower !== 'an')) return false;
    for (let j = c + 3; j <= last; j++) if (!isWord(tokens[j]) || tokens[j].cap) return false;
    return personHead(tokens[last].lower);
  }
  return false;
}
