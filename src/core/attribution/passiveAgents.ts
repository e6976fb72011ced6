// A verb of speech in the passive speaks for its agent after `by`: `was called "a disaster" by Ana Kral`, and a
// participle set off after the one it speaks of (`Ivo Peskar, described by Ana Kral as "a giant," died`, `Peskar,
// dubbed "the giant" by Kral, died`), whose subject is no speaker at all (it had been given Kral's words).
import type { Token } from '../text/sentenceTokens';
import { PASSIVE_AUXILIARIES } from './resolvedSpeakers';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { isWord } from './tokenClasses';

/** Tokens after the quote (or the verb) where the agent's `by` may still stand (`called "…" by Ortiz`). */
const BY_REACH = 3;

/**
 * For the verb of speech at `v` (its quote at `quoteAt`): undefined where it is no passive; else the agent's phrase,
 * or null where it names none (`Kral was asked, "…"`: someone unnamed asked; `Peskar, described as "…"`: not Peskar).
 */
export function passiveAgent(tokens: readonly Token[], v: number, quoteAt: number): Phrase | null | undefined {
  const verb = tokens[v];
  const auxiliary = isWord(tokens[v - 1]) && PASSIVE_AUXILIARIES.has(tokens[v - 1].lower) && /(?:ed|told)$/.test(verb.lower);
  // Set off by a comma after the one it speaks of, a participle in -ed (`described`, `quoted`), with its `by` or `as`.
  // Right after the name (`Peskar, described`): after an appositive or an adverb (`Carr, a photographer, added`, `Bush,
  // however, interjected by hitting Trump`) a verb in -ed is finite, its `by` a means.
  const participle = !auxiliary && tokens[v - 1]?.text === ',' && tokens[v - 2]?.cap === true && /ed$/.test(verb.lower) && verb.lower !== 'said';
  if (!auxiliary && !participle) return undefined;
  let by = v + 1;
  while (by < tokens.length && by <= Math.max(v + 1, quoteAt) + BY_REACH && tokens[by].lower !== 'by') by++;
  if (auxiliary) return tokens[by]?.lower === 'by' ? phraseAfter(tokens, by + 1, false) : null;
  // The participle's agent right after it, or after its quote (`dubbed "the giant" by Kral`), never an action (`by hitting`).
  const agentAt = by === v + 1 || (by === quoteAt + 1 && quoteAt === v + 1) ? by + 1 : -1;
  if (agentAt > 0 && isWord(tokens[agentAt]) && !/ing$/.test(tokens[agentAt].lower)) return phraseAfter(tokens, agentAt, false);
  return tokens[v + 1]?.lower === 'as' ? null : undefined;
}
