// `"We're not going anywhere." Those were the words of Ana Kral, as she watched the first ship leave.`, `"Come back."
// So said Ivo Peskar.`: a quote that makes up a sentence alone, then a sentence that says whose words they were. The
// next sentence must open with a demonstrative, a form of `be` and a noun for words (or `So said`), so that a
// sentence merely about someone (`That was the day Kral resigned.`) names no speaker.
import type { PreparedText } from '../text/prepareText';
import type { Token } from '../text/sentenceTokens';
import type { Resolution, Resolved } from './resolvedSpeakers';
import type { Phrase } from './speakerPhrases';
import { phraseAfter } from './speakerPhrases';
import { namesSomeone } from './namePhrases';
import { isWord } from './tokenClasses';

const DEMONSTRATIVES: ReadonlySet<string> = new Set(['those', 'these', 'that', 'this', 'such']);
const BE: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are']);
/** Nouns for words someone says or writes (`the words of`, `the message from`, `the verdict of`). */
const WORD_NOUNS: ReadonlySet<string> = new Set(['words', 'message', 'verdict', 'warning', 'advice', 'reply', 'response', 'answer', 'plea', 'promise', 'assessment', 'view', 'remarks', 'comments']);

/** The phrase naming whose words the sentence before were, when `tokens` (the next sentence) says so; else null. */
export function ownerNamedNext(tokens: readonly Token[]): Phrase | null {
  let k = 0;
  while (k < tokens.length && !isWord(tokens[k])) k++;
  const first = tokens[k];
  if (!isWord(first)) return null;
  // `So said Ana Kral.`, `So says Kral`
  if (first.lower === 'so' && isWord(tokens[k + 1]) && (tokens[k + 1].lower === 'said' || tokens[k + 1].lower === 'says')) return named(tokens, k + 2);
  if (!DEMONSTRATIVES.has(first.lower) || !isWord(tokens[k + 1]) || !BE.has(tokens[k + 1].lower)) return null;
  let n = k + 2;
  if (isWord(tokens[n]) && ['the', 'his', 'her', 'their'].includes(tokens[n].lower)) n++;
  // `the blunt message of`, `the final words from`: one word may describe the words.
  if (isWord(tokens[n + 1]) && WORD_NOUNS.has(tokens[n + 1].lower) && isWord(tokens[n]) && !tokens[n].cap) n++;
  if (!isWord(tokens[n]) || !WORD_NOUNS.has(tokens[n].lower)) return null;
  const of = tokens[n + 1];
  if (!isWord(of) || (of.lower !== 'of' && of.lower !== 'from')) return null;
  return named(tokens, n + 2);
}

/** The phrase at `from` when it opens with a capital or a determiner's role (`the mayor`): a person, not `all`. */
function named(tokens: readonly Token[], from: number): Phrase | null {
  const t = tokens[from];
  if (!isWord(t)) return null;
  const phrase = phraseAfter(tokens, from, false);
  if (!phrase || phrase.from !== from) return null;
  // `the words of the port minister, Ivo Peskar, as he ...`: the name set off after a description is whose they are.
  const set = tokens[phrase.to]?.text === ',' && !tokens[from].cap ? phraseAfter(tokens, phrase.to + 1, false) : null;
  return set && tokens[set.from].cap && namesSomeone(tokens, set) ? set : phrase;
}

/** The owner the sentence after sentence `s`, in its paragraph, names for it (`resolve` reads a phrase there), or null. */
export function wordsOwnedNext(p: PreparedText, s: number, resolve: (next: number, phrase: Phrase) => Resolution): Resolved | null {
  const next = s + 1;
  if (next >= p.sentences.length || p.sentences[next].paragraph !== p.sentences[s].paragraph) return null;
  const phrase = ownerNamedNext(p.tokensOf(next));
  const found = phrase ? resolve(next, phrase) : null;
  return found && found !== 'agency' ? found : null;
}
