// `"Those are small towns," Lind said. They also sit far from any highway. "That is a hard trip."`: a reporter
// often sets one sentence of narration between two quotes of one speaker in a paragraph and leaves the second
// unattributed, because a new voice there would have to be named. The second quote goes on in the first one's voice
// only where that narration gives no other voice a chance: no quote, no speech verb, no question, no subject that is
// someone else (a person or a description: `The mayor has other plans.`), no he or she of another sex, and no
// capital of someone who speaks elsewhere in the text. One sentence only: past it, a reader no longer hears the voice.
import { PERSONAL_PRONOUNS } from '../text/newsLexicon';
import { normalizeName } from './nameMatching';
import { isWord } from './tokenClasses';
import { isPeoplePlural, isPersonNoun } from './phraseKinds';
import type { Token } from '../text/sentenceTokens';
import type { PreparedText } from '../text/prepareText';
import type { Resolved, SentenceFacts } from './resolvedSpeakers';
import type { Speaker } from '../types';

/** What the rule reads of the resolver: each memoised once a sentence, so the rule costs a few tokens a quote. */
export interface NarrationReader {
  readonly p: PreparedText;
  facts(s: number): SentenceFacts;
  subject(s: number): Resolved | null;
  /** Whether sentence `s` has words outside its quotations. */
  hasWords(s: number): boolean;
  /** The normalised capitals that have a speech verb of their own somewhere in the text. */
  speaking(): ReadonlySet<string>;
  /** The speaker's sex as the registry knows it. */
  sexOf(speaker: Speaker): 'male' | 'female' | null;
}

/**
 * A subject the resolver read as a description or a body that may be someone who speaks: a noun for a person or
 * for people (`The mayor`, `Her neighbours`) or a name within it (`The Ortiz campaign`); never `The orchard`.
 */
function mayBeSomeone(tokens: readonly Token[], subject: Resolved, first: number): boolean {
  return tokens.some((t, i) => t.start >= subject.mention.start && t.end <= subject.mention.end && isWord(t) && (isPersonNoun(t.lower) || isPeoplePlural(t.lower) || (t.cap && i > first)));
}

/**
 * Whether the quote opening sentence `s` (and all of it) goes on in the voice of `speaker`, who speaks quote `k` in
 * sentence `s - 2`, across the one sentence of narration `s - 1`, all three in one paragraph.
 */
export function speaksAcrossNarration(read: NarrationReader, s: number, k: number, speaker: Speaker): boolean {
  const { p } = read;
  if (s < 2 || speaker.kind !== 'person' || speaker.members) return false;
  const paragraph = p.sentences[s].paragraph;
  if (p.sentences[s - 1].paragraph !== paragraph || p.quoteSentence[k] !== s - 2 || p.sentences[s - 2].paragraph !== paragraph) return false;
  if (read.hasWords(s)) return false;
  const between = read.facts(s - 1);
  const tokens = between.tokens;
  if (between.quoteToken.size > 0 || between.firstSpeechVerb < tokens.length || tokens.some((t) => t.text === '?')) return false;
  const subject = read.subject(s - 1);
  if (subject && subject.speaker.key !== speaker.key && (subject.speaker.kind === 'person' || mayBeSomeone(tokens, subject, between.firstContent))) return false;
  const own = new Set(speaker.key.split(/\s+/));
  const sex = read.sexOf(speaker);
  const speaking = read.speaking();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isWord(t)) continue;
    const pronoun = PERSONAL_PRONOUNS.get(t.lower);
    if ((pronoun === 'male' || pronoun === 'female') && pronoun !== sex) return false;
    if (i > between.firstContent && t.cap && !own.has(normalizeName([t.text])[0] ?? '') && speaking.has(normalizeName([t.text])[0] ?? '')) return false;
  }
  return true;
}
