// The capitalised words a text shows speaking on their own (`Garnier said`, `Burton explained`) or gives an age
// (`Madonna, 65,`): evidence that a lone capital is someone, read by the pronoun and lone-actor checks of
// speakerResolver.ts.
import { OBJECT_SPEECH_VERBS, SPEECH_VERBS } from '../text/newsLexicon';
import { isPluralPersonNoun } from './phraseKinds';
import { normalizeName } from './speakerRegistry';

/**
 * The capitalised words of `masked` that stand right before a speech verb of their own, or before an age set off by
 * commas (`Madonna, 65, told fans`: a country or a firm never has one; the speech verb after it may be one that
 * takes an object, `told`, which alone is no evidence: `Russia told the UN`), normalised.
 */
export function speakingWords(masked: string): Set<string> {
  const found = new Set<string>();
  const re = /(\p{Lu}[\p{L}\p{M}'\u2019-]*)(?:[ \t]+(\p{Ll}+)|,[ \t]+\d{1,3},)/gu;
  for (let m = re.exec(masked); m; m = re.exec(masked)) {
    // `Prosecutors said`: a group speaks, which is no evidence that the capital is someone's name.
    if (isPluralPersonNoun(m[1].toLowerCase())) continue;
    if (m[2] === undefined || (SPEECH_VERBS.has(m[2]) && !OBJECT_SPEECH_VERBS.has(m[2]))) found.add(normalizeName([m[1]])[0] ?? '');
  }
  return found;
}
