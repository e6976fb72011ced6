// `Pell dismissed an interview Okafor gave to the Gazette in which he called the plan "…"`: a `he` or `she` inside a
// relative clause (`in which he`, `where she`) or a clause of time (`when he`, `an interview Okafor gave in March,
// when he said`) after a clause whose subject is a name (`Okafor gave`) stands for that name, nearer than the
// sentence's subject. The resolver weighs the name as it does an opening clause's.
import { firstTokenFrom, type Token } from '../text/sentenceTokens';
import { phraseBefore, type Phrase } from './speakerPhrases';
import { namesSomeone } from './namePhrases';
import { actsAsVerb, isNameWord, isPronoun, isWord } from './tokenClasses';

/** How far back from the relative word the clause's named subject may stand. */
const CLAUSE_TOKENS = 14;

/** Prepositions that open a relative clause with `which` (`in which`, `during which`). */
const RELATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'during', 'at', 'on', 'with']);

/**
 * The name that is the subject of the clause before a relative clause whose subject is the pronoun at text offset
 * `offset` (`an interview Okafor gave … in which he`, `… when he`), else null. The name must act (a verb right after it), and no
 * quote, other pronoun or clause's end may stand between.
 */
export function relativeClauseSubject(tokens: readonly Token[], offset: number): Phrase | null {
  // Found by halves: asked at each pronoun of a long sentence, a walk from its start made the sentence's reading grow with its square.
  const pronoun = firstTokenFrom(tokens, offset);
  if (pronoun < 2 || tokens[pronoun]?.start !== offset || !isPronoun(tokens[pronoun])) return null;
  const relative = tokens[pronoun - 1];
  const opens = isWord(relative) && (relative.lower === 'where' || relative.lower === 'when' || (relative.lower === 'which' && isWord(tokens[pronoun - 2]) && RELATIVE_PREPOSITIONS.has(tokens[pronoun - 2].lower)));
  if (!opens) return null;
  const start = relative.lower === 'which' ? pronoun - 2 : pronoun - 1;
  for (let j = start - 1; j > 0 && start - j <= CLAUSE_TOKENS; j--) {
    const t = tokens[j];
    if (t.text === ',') continue; // `an interview Okafor gave last week, in which he`
    if (!isWord(t) || isPronoun(t)) return null;
    // `the night Hale phoned him, when he said`: the clause's object may be whom the pronoun means; no guess.
    if (t.lower === 'him' || t.lower === 'them' || (t.lower === 'her' && !isWord(tokens[j + 1]))) return null;
    // `the minister's deputy, Owen Frost, made …`: a name set off before its verb acts as well.
    const acts = actsAsVerb(tokens[j + 1]) || (tokens[j + 1]?.text === ',' && actsAsVerb(tokens[j + 2]) && j + 2 < start);
    if (!(t.cap && isNameWord(t) && !t.possessive && acts)) continue;
    const subject = phraseBefore(tokens, j + 1);
    return subject && subject.from > 0 && namesSomeone(tokens, subject) && tokens.slice(subject.from, subject.to).every((w) => w.cap) ? subject : null;
  }
  return null;
}
