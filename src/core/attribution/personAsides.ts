// An aside about a person set off after their name, before the verb: `Ivo Kral, a retired ferry captain, sat`,
// `Ana Kral, who traced the family, was`. The rules that read a name set off after a description (appositiveNames.ts,
// openingDescriptions.ts) pass over it to the verb.
import type { Token } from '../text/sentenceTokens';
import { DASHES, isVerbLike, isWord } from './tokenClasses';

/** Words that open an aside about a person set off after their name: a description (`a retired captain`) or a clause (`who ...`). */
const ASIDE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'who', 'whose']);
/** Adverbs before `known` in an aside giving another name (`better known as`). */
const KNOWN_ADVERBS: ReadonlySet<string> = new Set(['better', 'also', 'popularly', 'widely', 'commonly']);
/** The most tokens such an aside holds before its closing comma. */
const ASIDE_TOKENS = 12;
/**
 * The most tokens an aside opened by `who`/`whose` holds: a relative clause runs to its comma however many objects it
 * joins (`, who buys saris from 40 weaving families and sells them to shops in Delhi, says`); cut at twelve, the name
 * before it was no subject and a later `he says` went to the speaker before.
 */
const CLAUSE_TOKENS = 24;

/**
 * Where the aside after the comma at `comma` ends (its closing comma), or -1: `, a retired ferry captain,` (words
 * with no verb but a participle describing the noun after it), `, who traced the family tree,` (a clause, no quote).
 */
export function asideEnd(tokens: readonly Token[], comma: number): number {
  const first = tokens[comma + 1];
  // `, better known by his nom de guerre Timochenko,`, `, known as Kaka,`: the other name the person goes by.
  const knownAs = isWord(first) && (first.lower === 'known' || (KNOWN_ADVERBS.has(first.lower) && tokens[comma + 2]?.lower === 'known'));
  if (tokens[comma]?.text !== ',' || !isWord(first) || first.cap || !(ASIDE_OPENERS.has(first.lower) || knownAs)) return -1;
  let clause = first.lower === 'who' || first.lower === 'whose' || knownAs;
  let k = comma + 2;
  const most = first.lower === 'who' || first.lower === 'whose' ? CLAUSE_TOKENS : ASIDE_TOKENS;
  for (; k < tokens.length && k - comma <= most && tokens[k].text !== ','; k++) {
    const t = tokens[k];
    if (!isWord(t)) return -1; // a quote, a bracket or a stop: no aside
    // `, a trader who was travelling with her son,`: a description may go on in a clause of its own.
    if (t.lower === 'who' || t.lower === 'whose') clause = true;
    // `, a doctor on the rescue helicopter,`: `on` counts between a subject and its verb for `on Friday`, but in an
    // aside with no verb it is the preposition.
    if (!clause && isVerbLike(t) && t.lower !== 'on' && !(/ed$/.test(t.lower) && isWord(tokens[k + 1]))) return -1;
  }
  return tokens[k]?.text === ',' && k > comma + 2 ? k : -1;
}

/** The most tokens an aside between two dashes holds (`- her brother-in-law, who lives two doors down -`). */
const DASHED_TOKENS = 30;

/**
 * Where the aside opened by the dash at `dash` ends (the same dash closing it), or -1: `Her neighbour, Joseph Okafor -
 * her brother-in-law, who lives two doors down - had seen`. A pair of dashes sets off what is between them whatever it
 * says; a quote or a stop before the second dash means there is no pair.
 */
export function dashedAsideEnd(tokens: readonly Token[], dash: number): number {
  const mark = tokens[dash]?.text;
  if (mark === undefined || !DASHES.has(mark)) return -1;
  for (let k = dash + 1; k < tokens.length && k - dash <= DASHED_TOKENS; k++) {
    const text = tokens[k].text;
    if (text === mark) return k > dash + 1 ? k : -1;
    if (text !== ',' && !isWord(tokens[k])) return -1;
  }
  return -1;
}
