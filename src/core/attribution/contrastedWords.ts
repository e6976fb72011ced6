// `Kral calls it "a fire sale", not "an investment"`, `called it not "a pause" but "a retreat"`: in a contrast the
// words after `not` are the alternative the speaker turns down, words no one said; the other side of the contrast
// (`but "a retreat"`) is the speaker's own. Not `rather than` / `instead of`: `would do better to say "…" rather than
// "…"` sets what was said against what should have been.
import type { Token } from '../text/sentenceTokens';
import { isWord } from './tokenClasses';

/** Whether the quote at `qi` is the rejected side of a contrast: `"…", not "…"` or `not "…" but "…"`. */
export function rejectedAlternative(tokens: readonly Token[], qi: number): boolean {
  const not = tokens[qi - 1];
  if (!isWord(not) || not.lower !== 'not') return false;
  // `"a gamble", not "a plan"` (the comma inside or outside the marks).
  const before = tokens[qi - 2]?.text === ',' ? tokens[qi - 3] : tokens[qi - 2];
  if (before?.kind === 'quote') return true;
  // `not "victory" but "a stronger line"`: the turned-down words, then the kept ones.
  const next = tokens[qi + 1]?.text === ',' ? qi + 2 : qi + 1;
  return isWord(tokens[next]) && tokens[next].lower === 'but' && tokens[next + 1]?.kind === 'quote';
}
