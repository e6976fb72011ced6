// `Rachel, a mother of two from Eastbrook, said`, `Tomas, a 40-year-old welder who asked that his surname not be
// used, said`: a capital opening a sentence and set off with a closed appositive that calls it a person (`a mother`,
// `a welder`) is someone's name, as surely as `Rachel said` shows (speakingWords.ts). Unread, the given name alone
// was no one a later `she said` could mean, and the pronoun reached past it to a woman quoted before.
import { normalizeName } from './speakerRegistry';
import { isPersonNoun } from './phraseKinds';

/**
 * A capital opening the text, a line or a sentence; `, a` or `, an`; up to eight words (a place in capitals, digits and
 * hyphens allowed); then a comma or `who`, which close the appositive. No stop, quote or comma inside: bounded, so one
 * pass over the text.
 */
const DESCRIBED = /(?:^|\n|[.!?][ \t]+)(\p{Lu}[\p{L}\p{M}'\u2019-]*),[ \t]+an?((?:[ \t]+[\p{L}\d][\p{L}\d-]*){1,8}?)(?:,|[ \t]+who\b)/gu;

/** The capitals of `masked` so described, normalised, added to `found`. Read once a text. */
export function addDescribedCapitals(masked: string, found: Set<string>): void {
  for (let m = DESCRIBED.exec(masked); m; m = DESCRIBED.exec(masked)) {
    // The noun is among the first words (`a retired teacher`, `a mother of two`), never what a later `of` governs.
    const words = m[2].trim().split(/[ \t]+/);
    const ofAt = words.indexOf('of');
    const head = ofAt > 0 ? words.slice(0, ofAt) : words.slice(0, 3);
    if (head.some((w) => isPersonNoun(w))) found.add(normalizeName([m[1]])[0] ?? '');
  }
}
