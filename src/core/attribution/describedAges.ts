// A description with an age (`the 52-year-old widow`, `the 49-year-old said`) refers back to the person the text gave
// that age (`Bishnu Tamang, 52, lost her husband`), not to whoever was named last: when the text gave the age to
// someone else, or gave the one found another age, the description is not theirs. The search had given a widow's
// words to the aid official quoted just before her.
import type { Token } from '../text/sentenceTokens';
import type { Phrase } from './namePhrases';

/** An age given after a name (`Kral, 52,`, `Kral, 52.`, `Kral (52)`) or before a noun (`a 52-year-old`). */
const GIVEN_AGE = /, (\d{1,3})[,.;]|\((\d{1,3})\)|\b(\d{1,3})-year-old\b/g;
/** How many characters before an age its person's name may end (`Mehmet Kral, a retired teacher aged 52` aside). */
const NAME_REACH = 60;

/** The age a description gives (`the 52-year-old widow`), or null. */
function describedAge(tokens: readonly Token[], part: Phrase): string | null {
  for (let k = part.from; k < part.to; k++) {
    const m = /^(\d{1,3})-year-old$/.exec(tokens[k].lower);
    if (m) return m[1];
  }
  return null;
}

/** Whether one of `names` (capitalised words of three letters or more) stands in `window`. */
function namesIn(window: string, names: readonly string[]): boolean {
  return names.some((name) => new RegExp(`(?:^|[^\\p{L}])${name}(?:$|[^\\p{L}])`, 'u').test(window));
}

/**
 * Whether the person found (`name`: as the text gives them) may be the one a description with an age means, reading
 * the text before `before`: no when the text gave that age only beside other names, or gave the one found another age.
 * A description with no age, or a text that gives no ages, leaves it as it was.
 */
export function ageAgrees(text: string, before: number, tokens: readonly Token[], part: Phrase, name: string): boolean {
  const age = describedAge(tokens, part);
  if (age === null) return true;
  const names = name.split(/\s+/).filter((w) => /^\p{Lu}\p{L}{2,}/u.test(w)).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (names.length === 0) return true;
  const head = text.slice(0, before);
  let theirs: string | null = null, elsewhere = false;
  for (const m of head.matchAll(GIVEN_AGE)) {
    const given = m[1] ?? m[2] ?? m[3];
    const at = m.index ?? 0;
    if (m[3] && /\bthe\s+$/i.test(head.slice(Math.max(0, at - 5), at))) continue; // `the 52-year-old said`: a description, no age given
    // The age stands in the description's own words (`the 52-year-old said` earlier) or beside the one found.
    const window = head.slice(Math.max(0, at - NAME_REACH), m[3] ? at + m[0].length + NAME_REACH : at);
    if (namesIn(window, names)) theirs ??= given;
    else if (given === age) elsewhere = true;
  }
  return theirs !== null ? theirs === age : !elsewhere;
}
