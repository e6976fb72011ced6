// Inside a labelled turn of an interview or a transcript (`Okafor: ...`, `A: ...`), the one answering speaks as `I`
// and the one asking is `you`: a `she said` or `he writes` in the turn tells of a third person the turn talks about
// (the mother, the uncle whose letters these are). The labels had been read as their sentences' subjects, and so as
// the pronoun's nearest antecedents: the words went to the one answering, or to the interviewer. Such a pronoun means
// a person the turn (or the question it answers) names, or no one this reading can tell.
import type { PreparedText } from '../text/prepareText';
import type { Token } from '../text/sentenceTokens';
import { lastStartingBy } from '../text/sortedNumbers';
import { transcriptTurns } from './transcriptTurns';
import { actsAsVerb, isPronoun, isSpeechVerbAt, isWord } from './tokenClasses';
import { phraseAfter, type Phrase } from './speakerPhrases';
import type { Resolution, Resolved } from './resolvedSpeakers';

/** A turn from its label to the end of its last paragraph (an answer may end on a quotation its words are cut at). */
interface TurnExtent {
  readonly start: number;
  readonly end: number;
}

interface LabelledExchange {
  readonly turns: readonly TurnExtent[];
  /** Where each label begins: a label read as a sentence's subject is a speaker of the exchange. */
  readonly labelStarts: ReadonlySet<number>;
  /** The last word of every label that names someone, in lower case (`quintero-báez`, `hallam`). */
  readonly surnames: ReadonlySet<string>;
}

/** What a pronoun in a turn may still mean: no antecedent begins before `from` (the label of the question answered). */
export interface TurnReach {
  readonly from: number;
  readonly exchange: LabelledExchange;
}

/** Read once a text: most texts have no turns, and transcriptTurns' first look costs next to nothing for them. */
const exchanges = new WeakMap<PreparedText, LabelledExchange | null>();

function exchangeOf(p: PreparedText): LabelledExchange | null {
  let exchange = exchanges.get(p);
  if (exchange !== undefined) return exchange;
  const turns = transcriptTurns(p);
  exchange = null;
  if (turns.length) {
    const extents = turns.map((t) => ({ start: t.label.start, end: paragraphEnd(p, t.spans[t.spans.length - 1].end) }));
    const surnames = new Set(turns.flatMap((t) => (t.speaker.kind === 'name' && t.speaker.words.length ? [t.speaker.words[t.speaker.words.length - 1].toLowerCase()] : [])));
    exchange = { turns: extents, labelStarts: new Set(turns.map((t) => t.label.start)), surnames };
  }
  exchanges.set(p, exchange);
  return exchange;
}

/** The end of the paragraph holding `at`. */
function paragraphEnd(p: PreparedText, at: number): number {
  return Math.max(at, p.paragraphs[lastStartingBy(p.paragraphs, at)]?.end ?? at);
}

/**
 * The reach of a third-person pronoun at `offset` inside a labelled turn: back to the label of the turn before it
 * (`Okafor: And your aunt Carmen?` names whom `She said` in the answer means), or null outside any turn.
 */
export function turnReachAt(p: PreparedText, offset: number): TurnReach | null {
  const exchange = exchangeOf(p);
  if (!exchange) return null;
  const { turns } = exchange;
  for (let t = 0; t < turns.length; t++) {
    if (turns[t].start > offset) break;
    if (offset < turns[t].end) return { from: turns[Math.max(0, t - 1)].start, exchange };
  }
  return null;
}

/** Whether an antecedent found for a pronoun in a turn is one of the exchange's speakers: its mention a label, or its name ending in a label's. */
export function isTurnSpeaker(reach: TurnReach, mentionStart: number, name: string): boolean {
  if (reach.exchange.labelStarts.has(mentionStart)) return true;
  const last = name.split(/\s+/).pop()?.toLowerCase() ?? '';
  return reach.exchange.surnames.has(last);
}

/**
 * `Okafor: My aunt Carmen sent one letter.`: the subject acting after a label that was read as its sentence's subject
 * (the label ends at `labelEnd`), whom a pronoun later in the turn may mean; null when none acts there, or a pronoun
 * does (`She came once.`: its own antecedent is what is being looked for).
 */
function subjectAfterLabel(tokens: readonly Token[], labelEnd: number): Phrase | null {
  let colon = 0;
  while (colon < tokens.length && tokens[colon].start < labelEnd) colon++;
  if (tokens[colon]?.text !== ':') return null;
  const subject = phraseAfter(tokens, colon + 1, true);
  return subject && subject.to > subject.from && !tokens.slice(subject.from, subject.to).some(isPronoun) && actsAsVerb(tokens[subject.to]) ? subject : null;
}

/**
 * The person acting right after the label that `reach`'s exchange read as a sentence's `subject` (`Okafor: My aunt
 * Carmen sent one letter.`), resolved by `resolve`, when named before `offset`: whom a `she writes` later in the turn
 * may mean. Null when the subject is no label, or no person acts after it.
 */
export function personToldAfterLabel(reach: TurnReach, subject: Resolved, tokens: readonly Token[], offset: number, resolve: (told: Phrase) => Resolution): Resolved | null {
  if (!reach.exchange.labelStarts.has(subject.mention.start)) return null;
  const told = subjectAfterLabel(tokens, subject.mention.end);
  const found = told ? resolve(told) : null;
  return found && found !== 'agency' && found.speaker.kind === 'person' && found.mention.start < offset ? found : null;
}

/**
 * `Ms Cunneen: You replied at 7:43. "Running late."`: a sentence whose speech verb has `you` right before it hands
 * its floor to the one addressed, whom no label or subject before names: the quote after it is not the sentence's
 * subject's (the label had been read as that subject) but nobody's this reading can tell.
 */
export function addressedSpeaksAt(tokens: readonly Token[], v: number): boolean {
  const before = tokens[v - 1];
  return v > 0 && isSpeechVerbAt(tokens, v) && isWord(before) && before.lower === 'you';
}
