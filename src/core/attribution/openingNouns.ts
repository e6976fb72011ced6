// `Jury hears treasurer "moved money"`, `Witness says driver "was on his phone"`, `Coroner says death "could have been
// prevented"`: a court report's headline (and a sentence of the same shorthand) opens with a common noun for a person
// or a body, capitalised only because it opens the line. It is no one's name: read so, it had made a person called
// `Jury` or `Witness` the speaker. The caller asks only for a lone capital opening its sentence that the text gives
// no person as a surname.
import { ORGANISATION_WORDS, SURNAME_ROLE_WORDS } from '../text/newsLexicon';
import { isPersonNoun } from './phraseKinds';

/** Bodies that hear and decide that no organisation's ending holds (`Court` and `Tribunal` are read as bodies already). */
const HEARING_BODIES: ReadonlySet<string> = new Set(['jury', 'inquiry', 'inquest', 'panel']);

/**
 * Whether `word` (as written, opening its sentence) is a common noun for a person or a hearing body: a role or noun
 * for a person (`Witness`, `Coroner`, `Prosecutor`), not one that is also a common surname's role (`Judge`, `Dean`).
 */
export function isOpeningCommonNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (SURNAME_ROLE_WORDS.has(lower)) return false;
  return HEARING_BODIES.has(lower) || (isPersonNoun(lower) && !ORGANISATION_WORDS.has(lower));
}
