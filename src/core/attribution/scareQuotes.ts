// A word or two in quotation marks naming the event a time phrase of narration dates things by (`after a hastily
// arranged "referendum"`, `during the "liberation"`): the writer holding a word at a distance, not anyone's speech.
// Elsewhere in a clause such a word is most often its subject's (`heralded the deal as a "breakthrough"`); so is it
// after a verb of speech or naming (`since what Kral called the "referendum"`).
import { tokenizeWords } from '../text/normalizeText';
import { DETERMINERS } from '../text/newsLexicon';
import type { Token } from '../text/sentenceTokens';
import { isAdverb, isSpeechVerbAt, isVerbLike, isWord, STOP_WORDS } from './tokenClasses';

/** Articles that open such a noun phrase; an owner's (`his "plan"`) may be the owner's own word. */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'these', 'those']);
/** Prepositions of time that date narration by an event. */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'before', 'during', 'following', 'since', 'until']);
/** The most words such a quote holds. */
const TERM_WORDS = 2;
/** The most lower-case words between the determiner and the quote (`a hastily arranged "vote"`). */
const MODIFIERS = 2;

/**
 * Whether the quote at token `qi`, of `quoteText`, is a term of the narration's own: a word or two after a preposition
 * of time, an article and at most two lower-case modifiers, with no verb of speech or naming from token `from` (the
 * clause's verb) on.
 */
export function scareQuoteInNarration(quoteText: string, tokens: readonly Token[], qi: number, from: number): boolean {
  if (tokenizeWords(quoteText).length > TERM_WORDS) return false;
  let k = qi - 1;
  while (k >= from && qi - 1 - k < MODIFIERS && isWord(tokens[k]) && !tokens[k].cap && !ARTICLES.has(tokens[k].lower)) k--;
  const determiner = tokens[k];
  if (k - 1 < from || !isWord(determiner) || !ARTICLES.has(determiner.lower) || !isWord(tokens[k - 1]) || !TIME_PREPOSITIONS.has(tokens[k - 1].lower)) return false;
  for (let j = from; j < qi; j++) if (isSpeechVerbAt(tokens, j)) return false;
  return true;
}

/**
 * Whether the quote at token `qi` is a word or two modifying the noun after it, between an article and that noun
 * (`published a "sponsored" article`, `runs the "temporary" shelter`, `backed a "fair share" levy`), with no verb of
 * speech from token `from` (the clause's verb) on: the writer's label on a thing, not words of the clause's subject,
 * who said nothing (`heralded it as a "breakthrough"`, the head of its phrase, stays the subject's). After a
 * preposition (`of "major party" candidates`, `because of "poison pill" amendments`) such words are the subject's as
 * often as the writer's: left alone.
 */
export function modifierInNarration(quoteText: string, tokens: readonly Token[], qi: number, from: number): boolean {
  if (tokenizeWords(quoteText).length > TERM_WORDS || /[,.!?;:]\s*$/.test(quoteText.trim())) return false;
  const article = tokens[qi - 1];
  const noun = tokens[qi + 1];
  if (!isWord(article) || !ARTICLES.has(article.lower) || !isWord(noun) || noun.cap || STOP_WORDS.has(noun.lower) || DETERMINERS.has(noun.lower) || isVerbLike(noun) || isAdverb(noun)) return false;
  for (let j = from; j < qi; j++) if (isSpeechVerbAt(tokens, j)) return false;
  return true;
}

/** Verbs that give a thing a name or a label, whose complement is the words of their subject. */
const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'describe', 'describes', 'described', 'label', 'labels', 'labeled', 'labelled', 'dub', 'dubs', 'dubbed', 'term', 'terms', 'termed', 'brand', 'brands', 'branded', 'deem', 'deems', 'deemed']);

/**
 * `after a "referendum" that Kyiv called illegal`: a clause that describes the quoted thing (`that` or `which` right
 * after the quote, at `i`), whose naming verb at `k` has a complement of its own. The subject's words are that
 * complement (`illegal`); the quote is the writer's term, and no one's.
 */
export function renamedInClauseAfter(tokens: readonly Token[], qi: number, i: number, k: number): boolean {
  const relative = tokens[i];
  const complement = tokens[k + 1];
  return i === qi + 1 && isWord(relative) && (relative.lower === 'that' || relative.lower === 'which') && isWord(tokens[k]) && NAMING_VERBS.has(tokens[k].lower) && isWord(complement) && !complement.cap && complement.lower !== 'it' && complement.lower !== 'them';
}
