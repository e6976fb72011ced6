// `Anxious relatives waited at the mill. Relatives held up signs reading "…"`: a capital that only opens its sentence
// is the common noun the text writes in lower case elsewhere, a group of people, never a person of that surname (a
// surname such as `Reyes` is never written so). The text's plural-shaped lower-case words are gathered once, so the
// question costs nothing per quote.
import type { PreparedText } from '../text/prepareText';

const PLURAL_WORD = /(?<![\p{L}\p{N}'\u2019-])\p{Ll}[\p{L}'\u2019-]*s(?![\p{L}\p{N}])/gu;

const byText = new WeakMap<PreparedText, ReadonlySet<string>>();

/** Whether the text writes `word` (lower case, ending in `s`) as it stands, in lower case, anywhere. */
export function writesInLowerCase(p: PreparedText, word: string): boolean {
  let words = byText.get(p);
  if (!words) {
    words = new Set(p.text.match(PLURAL_WORD) ?? []);
    byText.set(p, words);
  }
  return words.has(word);
}
