// The capitalised words a text shows speaking on their own (`Garnier said`, `Burton explained`) or gives an age
// (`Madonna, 65,`): evidence that a lone capital is someone, read by the pronoun and lone-actor checks of
// speakerResolver.ts.
import { OBJECT_SPEECH_VERBS, SPEECH_VERBS } from '../text/newsLexicon';
import { RELATIVE_NOUNS } from '../text/personNouns';
import { FAMILY_RANKS } from './familyRanks';
import { nounBeforeName } from './namedDescriptions';
import { isPluralPersonNoun } from './phraseKinds';
import { normalizeName } from './speakerRegistry';
import { addSpeakingAfterAsides } from './speakingAfterAsides';
import { addDescribedCapitals } from './describedCapitals';
import { addOwnWordsOwners } from './ownWordsOwners';

/** `his wife, Sian,`, `Their son, Owen, 26,`, `Lloyd's wife, Menna,`: the relative and the capital (appositiveNames.ts reads the same). */
/** `His eldest son, Kwame,`, `The eldest, Nadia,`: a rank among the children before the relative, or for it (familyRanks.ts). */
const AFTER_RELATIVE = new RegExp(String.raw`\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Tt]he|\p{Lu}[\p{L}\p{M}-]*['\u2019]s)[ \t]+(?:(?:${[...FAMILY_RANKS].join('|')})[ \t]+)?(\p{Ll}+),[ \t]+(\p{Lu}[\p{L}\p{M}'\u2019-]*),`, 'gu');

/** `a retired engineer named Viktor`, `a nurse called Ana`: a person noun, `named` or `called`, and a capital. */
/** `a programmer who gave his name as Pavel`: the name a person gives, someone as surely as one after `named`. */
const GIVEN_AS = /\b(?:gave|gives|giving|give)[ \t]+(?:only[ \t]+)?(?:his|her|their)[ \t]+(?:(?:first|full|real)[ \t]+)?name[ \t]+(?:only[ \t]+)?as[ \t]+(\p{Lu}[\p{L}\p{M}'\u2019-]*)/gu;
const AFTER_NAMED_AT = /(\p{Ll}[\p{Ll}\d-]*)[ \t]+(named|called)[ \t]+(\p{Lu}[\p{L}\p{M}'\u2019-]*)/uy;
const NAMING_WORD = /named|called/g;
/** Whether the code unit `c` may be part of AFTER_NAMED's word before `named` (`[\p{Ll}\d-]`; any past ASCII may). */
const mayBeInWordBefore = (c: number): boolean => c >= 0x80 || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d;

/**
 * The matches of AFTER_NAMED_AT's pattern searched for globally in `masked`, in order, as `[word, named, capital]`:
 * tried only at the characters of the word before each `named` or `called` (a match opens there), where the global
 * search tried its small-letter class at every character of each text holding either word. A character tried once
 * is not tried again, and a match's end is where the next may start, as for the global search.
 */
export function afterNamed(masked: string): Array<[string, string, string]> {
  const found: Array<[string, string, string]> = [];
  let from = 0;
  let tried = 0;
  NAMING_WORD.lastIndex = 0;
  for (let w = NAMING_WORD.exec(masked); w; w = NAMING_WORD.exec(masked)) {
    let start = w.index;
    while (start > 0 && (masked.charCodeAt(start - 1) === 0x20 || masked.charCodeAt(start - 1) === 0x09)) start--;
    while (start > 0 && mayBeInWordBefore(masked.charCodeAt(start - 1))) start--;
    for (let p = Math.max(start, from, tried); p < w.index; p++) {
      AFTER_NAMED_AT.lastIndex = p;
      const m = AFTER_NAMED_AT.exec(masked);
      if (m) {
        found.push([m[1], m[2], m[3]]);
        from = AFTER_NAMED_AT.lastIndex;
        break;
      }
    }
    tried = Math.max(tried, w.index);
    if (NAMING_WORD.lastIndex < from) NAMING_WORD.lastIndex = from;
  }
  return found;
}

/**
 * The capitalised words of `masked` that stand right before a speech verb of their own, or before an age set off by
 * commas (`Madonna, 65, told fans`: a country or a firm never has one; the speech verb after it may be one that
 * takes an object, `told`, which alone is no evidence: `Russia told the UN`), or that the text calls a person's name
 * (`a man named Viktor`), normalised; and, apart, the given names
 * set off after a relative (`family`). Read once a text.
 */
export function speakingWords(masked: string): { readonly speaking: ReadonlySet<string>; readonly family: ReadonlySet<string> } {
  const found = new Set<string>();
  const re = /(\p{Lu}[\p{L}\p{M}'\u2019-]*)(?:[ \t]+(\p{Ll}+)|,[ \t]+\d{1,3},)/gu;
  for (let m = re.exec(masked); m; m = re.exec(masked)) {
    // `Prosecutors said`: a group speaks, which is no evidence that the capital is someone's name.
    if (isPluralPersonNoun(m[1].toLowerCase())) continue;
    if (m[2] === undefined || (SPEECH_VERBS.has(m[2]) && !OBJECT_SPEECH_VERBS.has(m[2]))) found.add(normalizeName([m[1]])[0] ?? '');
  }
  // `Halvik, speaking in his nightly address, said`: or after an aside on the words' occasion (speakingAfterAsides.ts).
  addSpeakingAfterAsides(masked, found);
  // `Rachel, a mother of two, said`: or the text calls it a person in an appositive (describedCapitals.ts).
  addDescribedCapitals(masked, found);
  // `Adele returns with an album that is, in her own words, …`: or the text gives it `her own` (ownWordsOwners.ts).
  addOwnWordsOwners(masked, found);
  // `His wife, Sian, does the accounts`: a capital set off after a possessive and a relative is a member of a family.
  const family = familyGivenNames(masked);
  for (const name of family) found.add(name);
  // `a retired engineer named Viktor`: the text itself says the capital is someone's name (namedDescriptions.ts).
  for (const [word, naming, capital] of afterNamed(masked)) if (nounBeforeName(word, naming === 'named')) found.add(normalizeName([capital])[0] ?? '');
  if (masked.includes(' name')) for (let m = GIVEN_AS.exec(masked); m; m = GIVEN_AS.exec(masked)) found.add(normalizeName([m[1]])[0] ?? '');
  return { speaking: found, family };
}

/** The capitals of `masked` set off after a possessive and a relative (`His wife, Sian,`), normalised. */
function familyGivenNames(masked: string): Set<string> {
  const found = new Set<string>();
  for (let m = AFTER_RELATIVE.exec(masked); m; m = AFTER_RELATIVE.exec(masked)) if (FAMILY_RANKS.has(m[1]) || (RELATIVE_NOUNS.has(m[1]) && !/^the\s+\p{Ll}+,/iu.test(m[0]))) found.add(normalizeName([m[2]])[0] ?? '');
  return found;
}
