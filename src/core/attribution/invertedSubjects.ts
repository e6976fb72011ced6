// `There at the back stood Mateo Ruiz, a ferry mechanic. He was not cheering. "…," he said.`: a sentence that opens
// with a place (or `there`) and puts its subject after a verb of being or standing. That name is the sentence's
// subject, the one a `he` or `she` after it means; the subject search reads a subject before its verb only, and the
// antecedent search had gone past the name to a man named sentences before, whom the quote was then given.
import type { Token } from '../text/sentenceTokens';
import type { Phrase } from './speakerPhrases';
import { isNameWord, isVerbLike, isWord } from './tokenClasses';

/** Words that open such a sentence: `there` and prepositions of place. */
const PLACE_OPENERS: ReadonlySet<string> = new Set(['there', 'at', 'in', 'among', 'on', 'behind', 'beside', 'near', 'inside', 'outside', 'across', 'along', 'beyond', 'alongside']);
/** Connectives before the opener (`Yet there in the back was Garcia`). */
const CONNECTIVES: ReadonlySet<string> = new Set(['yet', 'and', 'but', 'then', 'so', 'still']);
/** Verbs of being, standing or coming that put the subject after them. */
const INVERTING_VERBS: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'stood', 'stands', 'sat', 'sits', 'came', 'comes', 'lay', 'waited', 'knelt', 'walked']);
/** How many tokens the place phrase may run before its verb (`At the back of the crowded hall`). */
const PLACE_TOKENS = 10;
/** The most words of the name after the verb, titles included (`former Senator Ana Kral`). */
const NAME_TOKENS = 5;

/**
 * The name a sentence (its tokens) puts after its verb as its subject, as [from, to): a place phrase of a few words
 * with no verb of its own, an inverting verb, and capitalised words no possessive ends (not `At stake was Kral's
 * record`), after which the sentence ends or sets off an appositive.
 */
export function invertedSubject(tokens: readonly Token[]): Phrase | null {
  let i = tokens.findIndex(isWord);
  while (isWord(tokens[i]) && CONNECTIVES.has(tokens[i].lower)) i++;
  if (!isWord(tokens[i]) || !PLACE_OPENERS.has(tokens[i].lower)) return null;
  const opener = i;
  for (i++; i < tokens.length && i - opener <= PLACE_TOKENS; i++) {
    const t = tokens[i];
    if (t.kind === 'quote') return null;
    if (!isWord(t)) continue;
    if (INVERTING_VERBS.has(t.lower)) break;
    if (isVerbLike(t)) return null;
  }
  if (!isWord(tokens[i]) || !INVERTING_VERBS.has(tokens[i].lower) || (i === opener + 1 && tokens[opener].lower !== 'there')) return null;
  const from = i + 1;
  let to = from;
  while (to < tokens.length && to - from < NAME_TOKENS && isNameWord(tokens[to]) && !tokens[to].possessive) to++;
  if (to - from < 1 || tokens[to]?.possessive) return null;
  const end = tokens[to];
  return end === undefined || (end.kind === 'punct' && (end.text === ',' || end.text === '.')) ? { from, to } : null;
}
