// `Halvik, speaking in his nightly address, said`, `Berg, in a statement, said`: a lone capital that speaks after a
// short aside set off by commas (the occasion or the manner of the words) speaks on its own as surely as `Berg said`
// does (speakingWords.ts). Unread, the capital was no one a later `he said` could mean, and the pronoun reached past it
// to a person named sentences before.
import { OBJECT_SPEECH_VERBS, SPEECH_VERBS } from '../text/newsLexicon';
import { normalizeName } from './speakerRegistry';

/** A capital, a comma, an aside of at most 60 characters with no quote, stop or comma, a comma and a lower-case word. */
const AFTER_ASIDE = /(\p{Lu}[\p{L}\p{M}'\u2019-]*),[ \t]+(\p{Ll}+)[^,.;:!?"\u201C\u201D\n]{0,60},[ \t]+(\p{Ll}+)/gu;

/** Words that open an aside about the occasion or manner of the words, never a second subject (`Berg, Kral and ...`). */
const ASIDE_OPENERS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'from', 'for', 'through', 'via', 'however', 'meanwhile', 'too', 'also', 'though', 'then', 'once', 'again']);

/** The capitals of `masked` that speak after such an aside, normalised, added to `found`. Read once a text. */
export function addSpeakingAfterAsides(masked: string, found: Set<string>): void {
  for (let m = AFTER_ASIDE.exec(masked); m; m = AFTER_ASIDE.exec(masked)) {
    const opensAside = ASIDE_OPENERS.has(m[2]) || /^\p{Ll}{3,}ing$/u.test(m[2]);
    // `Russia, in a letter, told the UN`: a verb that takes an object is no evidence that the capital is someone.
    if (opensAside && SPEECH_VERBS.has(m[3]) && !OBJECT_SPEECH_VERBS.has(m[3])) found.add(normalizeName([m[1]])[0] ?? '');
    // Go on from the comma before the verb: that aside's capital may be the next one's subject.
    AFTER_ASIDE.lastIndex = m.index + m[1].length + 1;
  }
}
