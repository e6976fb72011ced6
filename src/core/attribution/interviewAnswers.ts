// A Q&A interview (`Q: "..."`, then `A: "..."`): the answers are the interviewee's, and often only the introduction
// before the first question names them (`Novelist Ana Kral spoke to us about her new book.`).
import type { PreparedText } from '../text/prepareText';
import type { Token } from '../text/sentenceTokens';
import { genderOfNoun } from '../text/personNouns';
import { isHeadlineLine } from './headlineLines';
import { isPersonNoun } from './phraseKinds';
import type { Resolution, Resolved } from './resolvedSpeakers';
import type { Phrase } from './speakerPhrases';
import { isNameWord, isWord } from './tokenClasses';
import { matchAtLineStart } from '../text/textLines';

/** A question's label at the start of a line (after any emphasis or list mark). */
const QUESTION_AT = /[ \t>*_-]*Q(?::|\.[*_]*[ \t])/y;
/** A question's label with a full stop (`Q. Why fish?`, `**Q.** Why fish?`), as many papers print an interview. */
const DOTTED_QUESTION_AT = /[ \t>*_-]*Q\.[*_]*[ \t]/y;
const MARKS = ' \t>*_-';
const opensQ = (c: number): boolean => c === 0x51;

/** The first line of `text` (at 0 or after a `\n`) opening with a question's label, or null. */
export function questionLine(text: string): RegExpExecArray | null {
  return matchAtLineStart(text, QUESTION_AT, MARKS, opensQ);
}

/** Whether a line of `text` opens with a question's label with a full stop. */
export function hasDottedQuestionLine(text: string): boolean {
  return matchAtLineStart(text, DOTTED_QUESTION_AT, MARKS, opensQ) !== null;
}
/** An introduction longer than this many paragraphs is an article quoting an interview, not one's preface. */
const INTRODUCTION_PARAGRAPHS = 3;

/** Whether the words from `start` open with the answer label `A:`. */
export function opensAnswer(tokens: readonly Token[], start: number): boolean {
  return tokens[start]?.text === 'A' && tokens[start + 1]?.text === ':';
}

/** How many sentences stand before the text's first question line (its introduction); 0 when none or too long. */
export function introductionSentences(p: PreparedText): number {
  const question = questionLine(p.text);
  if (!question) return 0;
  const at = question.index + question[0].length - 2;
  let n = 0;
  while (n < p.sentences.length && p.sentences[n].end <= at) n++;
  return n > 0 && p.sentences[n - 1].paragraph < INTRODUCTION_PARAGRAPHS ? n : 0;
}

/**
 * Whether the first `n` sentences name no one in full (two name words in a row) outside the characters
 * `[start, end)`: with a second person there (`Ana Kral talked to Ivo Peskar`), who answers is a guess. The name
 * of `[start, end)` or of `name` again (a headline's `Five minutes with Ana Kral`) is no one else, nor a title-case
 * headline's.
 */
export function namesNoOneElse(p: PreparedText, n: number, start: number, end: number, name = ''): boolean {
  const outside = (t: Token) => t.end <= start || t.start >= end;
  // The words of the mention and of the person it resolved to (`He talked to us` under `Chef Ana Kral`): a title
  // before the given name (`Chef Ana`) is them too.
  const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{M}'\u2019-]+/u);
  const own = new Set([...words(p.text.slice(start, end)), ...words(name)]);
  const given = words(name)[0];
  const self = (a: Token, b: Token) => own.has(b.lower) && (own.has(a.lower) || b.lower === given);
  const someoneElse = (a: Token, b: Token) => outside(a) && outside(b) && !self(a, b);
  for (let s = 0; s < n; s++) {
    const tokens = p.tokensOf(s);
    // A title-case headline's capitals name no one (`Ten Questions for the Harbour Master`).
    if (p.sentences[s].paragraph === 0 && isHeadlineLine(tokens)) continue;
    for (let k = 1; k < tokens.length; k++) {
      if (isNameWord(tokens[k]) && isNameWord(tokens[k - 1]) && someoneElse(tokens[k - 1], tokens[k])) return false;
    }
  }
  return true;
}

/**
 * The interviewee of a Q&A (`A: "..."`): the person the introduction before the first question is about, the subject
 * of one of its sentences named in full, when it names no one else in full and says someone talked (`Ana Kral
 * unveiled the rent plan. Here is what it means.` opens an explainer, whose answers are the writer's own). A subject
 * that is a thing its owner's name opens (`Ana Kral's restaurant has a waiting list. He talked to us about fish.`) is
 * about the owner; a person it opens (`Ana Kral's lawyer`) is someone else.
 */
export function findInterviewee(
  p: PreparedText,
  subjectOf: (s: number) => Resolved | null,
  resolve: (s: number, owner: Phrase) => Resolution,
  fullPerson: (found: Resolved) => boolean,
): Resolved | null {
  const n = introductionSentences(p);
  if (!talksInIntroduction(p, n)) return null;
  for (let s = 0; s < n; s++) {
    let found = subjectOf(s);
    if (found && !fullPerson(found)) {
      const owner = ownerOpening(p.tokensOf(s));
      const resolved = owner ? resolve(s, owner) : null;
      found = resolved && resolved !== 'agency' ? resolved : null;
    }
    if (!found || !fullPerson(found)) continue;
    return namesNoOneElse(p, n, found.mention.start, found.mention.end, found.speaker.name) ? found : null;
  }
  return null;
}

/** Verbs by which an interview's introduction says its guest talked (`He talked to us about fish`). */
const TALKING_VERBS: ReadonlySet<string> = new Set([
  'talk', 'talks', 'talked', 'spoke', 'speaks', 'spoken', 'told', 'tells', 'chatted', 'chats', 'answered', 'answers',
  'discussed', 'discusses', 'reflected', 'reflects', 'interviewed',
]);

/** Whether the introduction says someone talked (`spoke to us`, `talked about`, `told us`, `was interviewed`). */
function talksInIntroduction(p: PreparedText, n: number): boolean {
  for (let s = 0; s < n; s++) if (p.tokensOf(s).some((t) => isWord(t) && TALKING_VERBS.has(t.lower))) return true;
  return false;
}

/** The most words of an owner's name (`Ana María Kral Ortiz's`). */
const OWNER_WORDS = 4;

/** The name of two words or more that opens the sentence and owns a thing (`Ana Kral's restaurant`), not a person. */
function ownerOpening(tokens: readonly Token[]): Phrase | null {
  let k = 0;
  while (k < tokens.length && !isWord(tokens[k])) k++;
  const from = k;
  while (k < tokens.length && k - from < OWNER_WORDS && isNameWord(tokens[k]) && !tokens[k].possessive) k++;
  const owner = tokens[k];
  if (k - from < 1 || !isWord(owner) || !owner.cap || !owner.possessive) return null;
  const thing = tokens[k + 1];
  return isWord(thing) && !thing.cap && !isPersonNoun(thing.lower) && genderOfNoun(thing.lower) === null ? { from, to: k + 1 } : null;
}
