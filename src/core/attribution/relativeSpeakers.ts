// A relative clause's verb of speech speaks for the name the clause follows: `Ana Ruiz, who said she would "…"`,
// `Ivo Kral - who previously said he would "…" -`, `Kral (who has said "…")`. The relative pronoun is the verb's
// subject, and it stands for the phrase right before the comma, dash or bracket that opens the clause.
import { BETWEEN_SUBJECT_AND_VERB } from '../text/newsLexicon';
import { RELATIVE_PRONOUNS, type Token } from '../text/sentenceTokens';
import { namesSomeone, phraseBefore, type Phrase } from './speakerPhrases';
import { isAdverb, isWord } from './tokenClasses';
import { isPersonNoun } from './phraseKinds';

/** What opens a relative clause set off from its antecedent. */
const CLAUSE_OPENING = new Set([',', '(', '-', '\u2013', '\u2014']);
/** Prepositions that tie a name to a person noun before it (`the wife of`, `a spokesman for`). */
const LINKING_PREPOSITIONS = new Set(['of', 'for', 'to']);
/** Words read over between `who` and its verb (`who previously said`, `who has since said`), at most. */
const BETWEEN_WORDS = 3;

/** The name a `who` clause ending in the verb at `v` follows, when the verb's subject is that `who`; else null. */
export function relativeAntecedent(tokens: readonly Token[], v: number): Phrase | null {
  let k = v - 1;
  for (let n = 0; n < BETWEEN_WORDS && isWord(tokens[k]) && !tokens[k].cap && (isAdverb(tokens[k]) || BETWEEN_SUBJECT_AND_VERB.has(tokens[k].lower)); n++) k--;
  if (!isWord(tokens[k]) || tokens[k].lower !== 'who' || !CLAUSE_OPENING.has(tokens[k - 1]?.text ?? '')) return null;
  const described = nameBeforeDescription(tokens, k - 1);
  const antecedent = described ?? phraseBefore(tokens, k - 1);
  // Only a name (`Ivo Kral`, `Sen. Kral`), never a description or a thing (`a woman, who said`): who it is must be
  // read, not guessed.
  if (!antecedent || (!described && antecedent.to !== k - 1) || !namesSomeone(tokens, antecedent)) return null;
  // `the wife of Ivo Kral, who said`, `a spokesman for Kral, who said`: the clause may speak of the person before the
  // name as well; which, the sentence does not say (`the mouth of Kral, who said` is Kral's: no person owns him).
  const preposition = tokens[antecedent.from - 1];
  const noun = tokens[antecedent.from - 2];
  if (isWord(preposition) && LINKING_PREPOSITIONS.has(preposition.lower) && isWord(noun) && isPersonNoun(noun.lower.replace(/s$/, ''))) return null;
  return antecedent;
}

/** The most words of a description set off after a name (`the emergency consultant on duty that night`). */
const DESCRIPTION_WORDS = 10;
/** A description with a clause of its own (`the nurse who treated him`) is read no further. */
/** Words that open a description set off after a name. */
const DESCRIPTION_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their']);

/**
 * `The inquest heard from Dr Ana Kral, the consultant on duty that night, who said`: the clause follows the name, not
 * the description set off after it (which is the same person and no name to read). `comma`: the comma before `who`.
 */
function nameBeforeDescription(tokens: readonly Token[], comma: number): Phrase | null {
  let k = comma - 1;
  // Words only (`on duty that night` has a preposition the verb test takes for a particle), no relative of its own.
  // In lower case only: `Ana Kral, the wife of Ivo Peskar, who said` may speak of either.
  while (k > 0 && comma - k <= DESCRIPTION_WORDS && isWord(tokens[k]) && !tokens[k].cap && !RELATIVE_PRONOUNS.has(tokens[k].lower)) k--;
  if (tokens[k]?.text !== ',' || !DESCRIPTION_OPENERS.has(tokens[k + 1]?.lower ?? '')) return null;
  const name = phraseBefore(tokens, k);
  return name && name.to === k && namesSomeone(tokens, name) ? name : null;
}
