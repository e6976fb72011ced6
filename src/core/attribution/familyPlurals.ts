// `The Krals said in a statement`, `"…," the Joneses said`: a family named in the plural of a surname the text gives
// a person. The words are the household's, which one of them the text does not say: never a person called `Krals`
// (whom a later `Kral said` could be taken for), nor the Kral named before, whose own words they may not be. A `she`
// after `The Krals were there` is still the Kral the text named, when her sex fits (pronounFits' pairHolds): the
// family stands for that one member only while a pronoun looks back, never on the quote (a speaker with members is
// listed among each member's quotes).
import type { Token } from '../text/sentenceTokens';
import type { Resolved } from './resolvedSpeakers';
import { normalizeName, type SpeakerRecord, type SpeakerRegistry } from './speakerRegistry';

/** The surnames a plural may be of: `Krals` -> `Kral`, `Joneses` -> `Jones`. */
function singulars(word: string): string[] {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word)) return [];
  const found = [word.slice(0, -1)];
  if (word.endsWith('es')) found.push(word.slice(0, -2));
  return found;
}

/** The person of this text whose surname `word` is the plural of (`Krals`: Ana Kral), so no band or body ending in `s`. */
function familyMember(word: string, registry: SpeakerRegistry, article: string | null): SpeakerRecord | null {
  for (const stem of singulars(word)) {
    const known = registry.lookupName([stem], article);
    if (known?.kind === 'person' && known.first !== null && known.last === normalizeName([stem])[0] && (article === null || known.articles.has(article))) return known;
  }
  return null;
}

/** The description `describe` makes of a phrase read as `the` + one capital word that names a family (`the Krals`); else null. */
export function familyNamed(np: { determiner: Token | null; name: readonly Token[]; title: readonly Token[] }, registry: SpeakerRegistry, article: string | null, describe: () => Resolved): Resolved | null {
  if (np.determiner?.lower !== 'the' || np.name.length !== 1 || np.title.length !== 0 || np.name[0].possessive) return null;
  return familyMember(np.name[0].text, registry, article) ? describe() : null;
}

/** A family's description (`The Krals`) as a pronoun looking back sees it: with the Kral the text named for its member. */
export function withFamily(found: Resolved, registry: SpeakerRegistry, article: string | null): Resolved {
  const plural = found.speaker.kind === 'description' && !found.speaker.members ? /^the (\p{Lu}\p{Ll}+s)$/iu.exec(found.mention.text) : null;
  const member = plural ? familyMember(plural[1], registry, article) : null;
  return member ? { speaker: { ...found.speaker, members: [member.key] }, mention: found.mention } : found;
}
