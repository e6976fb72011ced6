// A verb of speech in the passive speaks for its agent after `by`: `was called "a disaster" by Ana Kral`, and a
// participle set off after the one it speaks of (`Ivo Peskar, described by Ana Kral as "a giant," died`, `Peskar,
// dubbed "the giant" by Kral, died`), whose subject is no speaker at all (it had been given Kral's words).
import type { Token } from '../text/sentenceTokens';
import { PASSIVE_AUXILIARIES } from './resolvedSpeakers';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { isAdverb, isWord } from './tokenClasses';

/** Tokens after the quote (or the verb) where the agent's `by` may still stand (`called "…" by Ortiz`). */
const BY_REACH = 3;

/** Adverbs (or one quoted word) read over between a passive's auxiliary and its participle. */
const BETWEEN_AUXILIARY = 2;

/** Words of a noun phrase read back from a name set off after it to the relative word opening its clause. */
const RELATIVE_REACH = 6;

/**
 * `what its leader, Ana Peskar, described as "…"`, `which the envoy, Ivo Kral, termed`: the name ending at `end` is
 * set off after a noun phrase that a relative word (`what`, `which`, `that`) opens, so it and that phrase are the
 * clause's subject, and the verb after them is finite (the name's own words), no participle describing the name.
 */
function relativesSubject(tokens: readonly Token[], end: number): boolean {
  let k = end;
  while (k >= 0 && tokens[k].cap && isWord(tokens[k])) k--;
  if (tokens[k]?.text !== ',') return false;
  for (let j = k - 1; j >= 0 && k - j <= RELATIVE_REACH; j--) {
    const t = tokens[j];
    if (!isWord(t)) return false;
    if (t.lower === 'what' || t.lower === 'which' || t.lower === 'that') return j < k - 1;
  }
  return false;
}

/**
 * For the verb of speech at `v` (its quote at `quoteAt`): undefined where it is no passive; else the agent's phrase,
 * or null where it names none (`Kral was asked, "…"`: someone unnamed asked; `Peskar, described as "…"`: not Peskar).
 */
export function passiveAgent(tokens: readonly Token[], v: number, quoteAt: number): Phrase | null | undefined {
  const verb = tokens[v];
  // `were widely condemned`, `were "unequivocally" condemned`: an adverb, or one quoted, between the auxiliary and the
  // participle.
  let a = v - 1;
  while (a > v - 1 - BETWEEN_AUXILIARY && (isAdverb(tokens[a]) || (tokens[a]?.kind === 'quote' && !/\s/.test(tokens[a].text.trim())))) a--;
  const auxiliary = isWord(tokens[a]) && PASSIVE_AUXILIARIES.has(tokens[a].lower) && /(?:ed|told)$/.test(verb.lower);
  // Set off by a comma after the one it speaks of, a participle in -ed (`described`, `quoted`), with its `by` or `as`.
  // Right after the name (`Peskar, described`): after an appositive or an adverb (`Carr, a photographer, added`, `Bush,
  // however, interjected by hitting Trump`) a verb in -ed is finite, its `by` a means.
  const participle = !auxiliary && tokens[v - 1]?.text === ',' && tokens[v - 2]?.cap === true && /ed$/.test(verb.lower) && verb.lower !== 'said' && !relativesSubject(tokens, v - 2);
  if (!auxiliary && !participle) return undefined;
  let by = v + 1;
  while (by < tokens.length && by <= Math.max(v + 1, quoteAt) + BY_REACH && tokens[by].lower !== 'by') by++;
  if (auxiliary) return tokens[by]?.lower === 'by' ? phraseAfter(tokens, by + 1, false) : null;
  // The participle's agent right after it, or after its quote (`dubbed "the giant" by Kral`), never an action (`by hitting`).
  // `described as "the iron lady" by her critics`: after `as` and its quote too.
  const quoteNext = quoteAt === v + 1 || (quoteAt === v + 2 && tokens[v + 1]?.lower === 'as');
  const agentAt = by === v + 1 || (by === quoteAt + 1 && quoteNext) ? by + 1 : -1;
  if (agentAt > 0 && isWord(tokens[agentAt]) && !/ing$/.test(tokens[agentAt].lower)) return phraseAfter(tokens, agentAt, false);
  return tokens[v + 1]?.lower === 'as' ? null : undefined;
}
