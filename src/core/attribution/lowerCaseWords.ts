// `Anxious relatives waited at the mill. Relatives held up signs reading "…"`: a capital that only opens its sentence
// is the common noun the text writes in lower case elsewhere, a group of people, never a person of that surname (a
// surname such as `Reyes` is never written so). The text's plural-shaped lower-case words are gathered once, so the
// question costs nothing per quote.
import type { PreparedText } from '../text/prepareText';
import { isLetterPoint, isLowerCasePoint, isNumberPoint, pointBefore } from '../text/characterTests';

/** `[\p{L}'\u2019-]`: what a word of the text runs on through (`relatives'`, `sit-ins`). */
const inWord = (p: number): boolean => p === 0x27 || p === 0x2019 || p === 0x2d || isLetterPoint(p);

/**
 * The matches of `/(?<![\p{L}\p{N}'\u2019-])\p{Ll}[\p{L}'\u2019-]*s(?![\p{L}\p{N}])/gu` in `text`, in order, read a
 * code point at a time: the expression asked its classes of every character of every text (a hundredth of a build).
 * A word opens with a small letter after no letter, digit, apostrophe or hyphen, and runs to its last `s` that no
 * letter or digit follows (the expression's greedy run, given back to that `s`).
 */
export function pluralShapedWords(text: string): string[] {
  const words: string[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    const first = text.codePointAt(i)!;
    const width = first > 0xffff ? 2 : 1;
    if (isLowerCasePoint(first)) {
      const prev = pointBefore(text, i);
      if (prev < 0 || !(inWord(prev) || isNumberPoint(prev))) {
        let end = -1;
        for (let j = i + width; j < n; ) {
          const c = text.codePointAt(j)!;
          if (!inWord(c)) break;
          if (c === 0x73) {
            const next = j + 1 < n ? text.codePointAt(j + 1)! : -1;
            if (next < 0 || !(isLetterPoint(next) || isNumberPoint(next))) end = j + 1;
          }
          j += c > 0xffff ? 2 : 1;
        }
        if (end > 0) {
          words.push(text.slice(i, end));
          i = end;
          continue;
        }
      }
    }
    i += width;
  }
  return words;
}

const byText = new WeakMap<PreparedText, ReadonlySet<string>>();

/** Whether the text writes `word` (lower case, ending in `s`) as it stands, in lower case, anywhere. */
export function writesInLowerCase(p: PreparedText, word: string): boolean {
  let words = byText.get(p);
  if (!words) {
    words = new Set(pluralShapedWords(p.text));
    byText.set(p, words);
  }
  return words.has(word);
}
