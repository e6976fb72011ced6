// A Q&A interview (`Q: "..."`, then `A: "..."`): the answers are the interviewee's, and often only the introduction
// before the first question names them (`Novelist Ana Kral spoke to us about her new book.`).
import type { PreparedText } from '../text/prepareText';
import type { Token } from '../text/sentenceTokens';
import { isHeadlineLine } from './headlineLines';
import { isNameWord } from './tokenClasses';

/** The first question's label at the start of a line (after any emphasis or list mark). */
export const QUESTION_LINE = /(?:^|\n)[ \t>*_-]*Q:/;
/** An introduction longer than this many paragraphs is an article quoting an interview, not one's preface. */
const INTRODUCTION_PARAGRAPHS = 3;

/** Whether the words from `start` open with the answer label `A:`. */
export function opensAnswer(tokens: readonly Token[], start: number): boolean {
  return tokens[start]?.text === 'A' && tokens[start + 1]?.text === ':';
}

/** How many sentences stand before the text's first question line (its introduction); 0 when none or too long. */
export function introductionSentences(p: PreparedText): number {
  const question = QUESTION_LINE.exec(p.text);
  if (!question) return 0;
  const at = question.index + question[0].length - 2;
  let n = 0;
  while (n < p.sentences.length && p.sentences[n].end <= at) n++;
  return n > 0 && p.sentences[n - 1].paragraph < INTRODUCTION_PARAGRAPHS ? n : 0;
}

/**
 * Whether the first `n` sentences name no one in full (two name words in a row) outside the characters
 * `[start, end)`: with a second person there (`Ana Kral talked to Ivo Peskar`), who answers is a guess. The name
 * of `[start, end)` again (a headline's `Five minutes with Ana Kral`) is no one else, nor a title-case headline's.
 */
export function namesNoOneElse(p: PreparedText, n: number, start: number, end: number): boolean {
  const outside = (t: Token) => t.end <= start || t.start >= end;
  const own = new Set(p.text.slice(start, end).toLowerCase().split(/[^\p{L}\p{M}'\u2019-]+/u));
  const someoneElse = (a: Token, b: Token) => outside(a) && outside(b) && !(own.has(a.lower) && own.has(b.lower));
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
