// Quoted names, titles and terms: words used, not words said (`so-called "referendums"`, `"Donetsk People's
// Republic"`, `"Good Morning America"`), which get no speaker.
import { COPULAS, TERM_MARKERS } from '../text/newsLexicon';
import type { Token } from '../text/sentenceTokens';
import { isVerbLike, isWord } from './tokenClasses';
import { isInscribedText } from './inscribedTexts';
import { isUnnamedCallersTerm } from './callersTerms';

/** Words a title keeps in lower case between its capitalised words. */
const SMALL_TITLE_WORDS = new Set(['of', 'the', 'and', 'a', 'an', 'for', 'in', 'on', 'to', 'de', 'la', 'del', 'at', 'with']);
/** A word of a quote, for telling a name or title from a quotation. */
const QUOTE_WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'\u2019-]*/gu;
/** A name or title has at most this many words: a quote's words are read only as far as one more. */
const MOST_TITLE_WORDS = 7;

/**
 * How many words the quote has, counted no further than `most`: tested, not matched, so that no match is made of the
 * words of a quote too long for a name (most quotes; every quote of a draft's check is read so).
 */
function wordCountUpTo(quoteText: string, most: number): number {
  let count = 0;
  QUOTE_WORD.lastIndex = 0;
  while (count < most && QUOTE_WORD.test(quoteText)) count++;
  return count;
}

/** The first `most` words of a quote (all of them when it has fewer). */
function firstWords(quoteText: string, most: number): string[] {
  const words: string[] = [];
  QUOTE_WORD.lastIndex = 0;
  for (let m = QUOTE_WORD.exec(quoteText); m !== null; m = QUOTE_WORD.exec(quoteText)) {
    words.push(m[0]);
    if (words.length === most) break;
  }
  return words;
}

/**
 * Whether the quote `quoteText`, standing at token `qi` of its sentence, is a term, name or title (`term`), may be a
 * title (`title?`: only an attribution after it could say otherwise), or neither (null).
 */
export function termKind(quoteText: string, tokens: readonly Token[], qi: number): 'term' | 'title?' | null {
  // The words among the three tokens before the quote (read in place: every quote of a draft's check asks).
  let marked = false;
  let secondLast: Token | null = null;
  let last: Token | null = null;
  for (let k = Math.max(0, qi - 3); k < qi; k++) {
    const t = tokens[k];
    if (!isWord(t)) continue;
    // `the comment by Dr. Paul Song "was careless"`: a marker capitalised after a capital is a surname, not a noun.
    if (TERM_MARKERS.has(t.lower) && !(t.cap && isWord(tokens[k - 1]) && tokens[k - 1].cap)) marked = true;
    // `the next book was "coming along"`, `the film is "a mess"`, `the operation had gone "better than we hoped"`: a
    // marker that is the subject of a copula or another verb before the quote names no title; the quote is said of it.
    else if (COPULAS.has(t.lower) || (marked && !t.cap && isVerbLike(t))) marked = false;
    secondLast = last;
    last = t;
  }
  // `responded with a single word: "Never."`: after a colon, a sentence of its own is said, not a word named.
  if (marked && tokens[qi - 1]?.text === ':' && /^\p{Lu}.*[.!?]\s*$/u.test(quoteText.trim())) marked = false;
  if (marked || (secondLast?.lower === 'known' && last?.lower === 'as') || isInscribedText(tokens, qi) || isUnnamedCallersTerm(tokens, qi)) return 'term';
  if (quoteText.length > 120) return null; // longer than any name or title
  // A quote of more than seven words is no name or title, whatever they are (most quotes are): its words are read
  // only as far as the eighth.
  const count = wordCountUpTo(quoteText, MOST_TITLE_WORDS + 1);
  if (count === 0) return 'term';
  if (!/[\p{Lu}\p{Ll}]/u.test(quoteText)) return null; // a script without capitals: no name test
  const text = quoteText.trim();
  if (count > MOST_TITLE_WORDS || /[!?;:]\s*$/.test(text)) return null;
  const words = firstWords(quoteText, MOST_TITLE_WORDS);
  const significant = words.filter((w, i) => i === 0 || !SMALL_TITLE_WORDS.has(w.toLowerCase()));
  if (significant.length === 0 || !significant.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return null;
  if (!/[.,]\s*$/.test(text)) return 'term';
  // `"…," Harmon said. "That's Pine Hollow."`: a sentence of nothing but the quote, its stop inside the marks, is words
  // said; a title stands inside a sentence of the writer's.
  if (text.endsWith('.') && tokens.every((t, k) => k === qi || !isWord(t))) return null;
  return words.length > 1 ? 'title?' : null;
}
