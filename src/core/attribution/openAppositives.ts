// An appositive left open before its verb: `Colleen Hartman, deputy director at the Kelport Institute in Dunmore,
// Westshire said, "..."`, `David Mitchell, NASA's project manager said, "..."`. The closing comma is missing, so the
// words right before the verb read as its subject: the place that ends the appositive (`Westshire`) or the role
// (`NASA's project manager`). The person the sentence opens with and sets the appositive off from speaks.
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, phraseBefore, type Phrase } from './speakerPhrases';
import { actsAsVerb, isWord } from './tokenClasses';

/**
 * For `before`, the phrase read right before the speech verb at `v`: the name opening the sentence when the words
 * between its comma and the verb are an appositive with no closing comma (no verb, no quote, no `and`), and `before`
 * is no person's name itself but a role (a lower-case word) or a place closing `in Town, Region` (`from`, `of`, `near`).
 */
function openAppositiveName(tokens: readonly Token[], v: number, before: Phrase | null): Phrase | null {
  if (!before || before.from < 3) return null;
  let start = 0;
  while (start < tokens.length && tokens[start].kind === 'punct') start++;
  const name = phraseAfter(tokens, start, true);
  // A full name, or a lone one an age sets off as a person's (`Voss, 58, a father of three from Kelby, Westshire told`).
  const aged = name !== null && /^\d{1,3}$/.test(tokens[name.to + 1]?.text ?? '') && tokens[name.to + 2]?.text === ',';
  if (!name || (name.to - name.from < 2 && !aged) || tokens[name.to]?.text !== ',' || name.to >= before.from) return null;
  if (!tokens.slice(name.from, name.to).every((t) => isWord(t) && t.cap && !t.possessive)) return null;
  const between = tokens.slice(name.to + 1, v);
  if (between.length < 2 || between.some((t, i) => t.kind === 'quote' || t.lower === 'and' || t.lower === 'or' || t.lower === 'who' || t.lower === 'which' || (actsAsVerb(t) && !describesNoun(between, i)))) return null;
  // The appositive opens with a description (`deputy director`, `NASA's project manager`), not with another name.
  if (between[0].cap && !between[0].possessive) return null;
  const words = tokens.slice(before.from, before.to);
  const role = words.some((t) => isWord(t) && !t.cap);
  return role || closesTownAndRegion(tokens, before) ? name : null;
}

/** `a retired teacher`: a word shaped like a verb right after an article describes the noun after it. */
function describesNoun(words: readonly Token[], i: number): boolean {
  const before = words[i - 1];
  return isWord(before) && (before.lower === 'a' || before.lower === 'an') && isWord(words[i + 1]) && !words[i + 1].cap;
}

/** Words that put a town before its region in an appositive (`a nurse in Dunmore, Westshire`, `a teacher from …`). */
const PLACE_LINKS: ReadonlySet<string> = new Set(['in', 'from', 'of', 'near', 'outside']);
/** The most words of a town's or a region's name (`Port Aldis`, `North Westshire`). */
const PLACE_WORDS = 3;

/** Whether `before` is the region of `in Town, Region` (or `from`, `of`, `near`, `outside` a town), all capitals. */
function closesTownAndRegion(tokens: readonly Token[], before: Phrase): boolean {
  const region = tokens.slice(before.from, before.to);
  if (region.length > PLACE_WORDS || !region.every((t) => isWord(t) && t.cap && !t.possessive) || tokens[before.from - 1]?.text !== ',') return false;
  let k = before.from - 2;
  while (k >= 0 && before.from - 2 - k < PLACE_WORDS && isWord(tokens[k]) && tokens[k].cap && !tokens[k].possessive) k--;
  return k < before.from - 2 && k >= 0 && PLACE_LINKS.has(tokens[k].lower);
}

/**
 * The phrase read before the speech verb at `v`, or the name opening the sentence past an appositive left open when it
 * names a person (`Kelport Harbour, the port board said` opens with a place: the board speaks).
 */
export function subjectBeforeVerb(tokens: readonly Token[], v: number, isPerson: (name: Phrase) => boolean): Phrase | null {
  const before = phraseBefore(tokens, v);
  const name = openAppositiveName(tokens, v, before);
  return name && isPerson(name) ? name : before;
}
