// How the registry notes a name as spelt, and which of a record's spellings it shows: one spelling for the same
// name whether a build registers it or a stored pass is made again from its words (traceApplier.ts).
import { joinWords } from './nameMatching';

/** The spelling a record shows: the one of most words, then the most often written. */
export function bestSpelling(spellings: ReadonlyMap<string, number>): string {
  let best = '';
  let bestWords = 1;
  let count = -1;
  for (const [spelling, n] of spellings) {
    const words = wordCount(spelling);
    if (words > bestWords || (words === bestWords && n > count)) {
      best = spelling;
      bestWords = words;
      count = n;
    }
  }
  return best;
}

/** `text.split(' ').length`, without making the words (every display name a registry gives is worked out so). */
function wordCount(text: string): number {
  let words = 1;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) words++;
  return words;
}

const withoutPossessive = (w: string) => (endsPossessive(w) ? w.replace(/['\u2019]s$/, '').replace(/['\u2019]$/, '') : w);
/**
 * Whether a word may end in a possessive (`'s`, `'`): most words end otherwise, and two regex replaces for each word
 * of every name a build registers (and of every kind of call an update makes again) were the cost of a spelling.
 */
function endsPossessive(w: string): boolean {
  const end = w.length - 1;
  const last = w.charCodeAt(end);
  const apostrophe = (c: number) => c === 0x27 || c === 0x2019;
  return apostrophe(last) || (last === 0x73 && apostrophe(w.charCodeAt(end - 1)));
}

/** How a registered name is noted as spelt: a person's, an organisation's (without a leading `the`), a description's. */
export const personSpelling = (words: readonly string[]) => joinWords(words.map(withoutPossessive));
export const organisationSpelling = (words: readonly string[]) => words.filter((w, i) => !(i === 0 && /^the$/i.test(w))).map(withoutPossessive).join(' ');
export const descriptionSpelling = (text: string) => text.replace(/\s+/g, ' ');

