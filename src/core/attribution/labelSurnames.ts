// Whether a transcript's one-word label (`HALE:`, `Yamamoto:`) is a surname the text gives someone as names are
// written, which shows the label a speaker's (transcriptTurns.ts).
import type { PreparedText } from '../text/prepareText';

/** A capitalised word after a given name or a title (`Mr. Hale`, `Lucy Brandon`): how a text writes a surname. */
const AFTER_NAME = /(?<=\p{Lu}[\p{Ll}\p{M}'.-]*\.?[ \t]+)\p{Lu}[\p{L}\p{M}'\u2019-]*/gu;

/**
 * A capitalised word before one more and no third (`Interviewer: Yamamoto Rie.`, `Dr Tanaka Hiroshi said`): how a
 * text writes a family name that comes first.
 */
const BEFORE_GIVEN_NAME = /(?<![\p{L}\p{M}'\u2019-])\p{Lu}[\p{L}\p{M}'\u2019-]*(?=[ \t]+\p{Lu}[\p{Ll}\p{M}'\u2019-]+(?![\p{L}\p{M}'\u2019-]|[ \t]+\p{Lu}))/gu;

/** The surnames a text writes as names are written, read once a text and only when a label asks. */
const surnamesOf = new WeakMap<PreparedText, ReadonlySet<string>>();

/** Whether the text names someone of this surname as names are written: after a given name or a title (`Mr. Hale`). */
export function namedInText(p: PreparedText, surname: string): boolean {
  let names = surnamesOf.get(p);
  // `Pavel Ostrikov's remarks` writes the surname `Ostrikov` too.
  // A label written as the first of two names (`Yamamoto:` for `Yamamoto Rie`) is a family name put first.
  if (!names) surnamesOf.set(p, (names = new Set([...p.text.matchAll(AFTER_NAME), ...p.text.matchAll(BEFORE_GIVEN_NAME)].map((m) => m[0].toLowerCase().replace(/['\u2019]s$/, '')))));
  return names.has(surname.toLowerCase());
}
