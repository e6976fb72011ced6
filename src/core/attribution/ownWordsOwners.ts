// `Adele returns with an album that is, in her own words, "a make-up record"`: a capital whose own clause goes on, in
// lower-case words alone, to `her own` or `his own` is someone, and the pronoun's sex is theirs: `own` binds the
// possessive to the nearest subject, which no firm or place takes (`Harbor ... its own`). Unread, a singer or player
// named by one word was no one a later `she said` could mean, and her quotes went to no one (speakingWords.ts).
import { FUNCTION_WORDS } from '../text/newsLexicon';
import { normalizeName } from './speakerRegistry';

/**
 * A capital not after another capital (the first word of a name only: `Rolling Stone` is left alone), then up to
 * twelve lower-case words and commas (no stop, quote, capital or other clause mark between), then `his own` or
 * `her own`. Bounded, so one pass over the text.
 */
const OWN_AFTER = /(?<![\p{L}\p{M}'\u2019-])(?<!\p{Lu}[\p{L}\p{M}'\u2019-]*[ \t]+)(\p{Lu}[\p{L}\p{M}'\u2019-]*)((?:,?[ \t]+\p{Ll}[\p{Ll}'\u2019-]*){1,12}?),?[ \t]+(?:his|her)[ \t]+own\b/gu;

/** The capitals of `masked` a later `his own` or `her own` shows to be someone, normalised, added to `found`. */
export function addOwnWordsOwners(masked: string, found: Set<string>): void {
  if (!masked.includes(' own')) return;
  for (let m = OWN_AFTER.exec(masked); m; m = OWN_AFTER.exec(masked)) {
    // `She returns …`, `The album is …`: a pronoun or a function word opening a sentence names no one.
    if (FUNCTION_WORDS.has(m[1].toLowerCase()) || /^(?:he|she|they|it|we|i|you)$/i.test(m[1])) continue;
    found.add(normalizeName([m[1]])[0] ?? '');
  }
}
