// `The Krals said in a statement`, `"…," the Joneses said`: a family named in the plural of a surname the text gives
// a person. The words are the household's, which one of them the text does not say: never a person called `Krals`
// (whom a later `Kral said` could be taken for), nor the Kral named before, whose own words they may not be. A `she`
// after `The Krals were there` is still the Kral the text named, when her sex fits (pronounFits' pairHolds).
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

/**
 * The person whose family a phrase read as `the` + one capital word (`the Krals`) names: the word is the plural of
 * the surname of a person this text names with a given name (`Ana Kral`), so no band or body that merely ends in `s`.
 */
function familyMember(determiner: Token | null, name: readonly Token[], title: readonly Token[], registry: SpeakerRegistry, article: string | null): SpeakerRecord | null {
  if (determiner?.lower !== 'the' || name.length !== 1 || title.length !== 0 || name[0].possessive) return null;
  for (const stem of singulars(name[0].text)) {
    const known = registry.lookupName([stem], article);
    if (known?.kind === 'person' && known.first !== null && known.last === normalizeName([stem])[0] && (article === null || known.articles.has(article))) return known;
  }
  return null;
}

/** The family a phrase names, as the description `describe` makes of it with the named Kral for its one member; else null. */
export function familyNamed(np: { determiner: Token | null; name: readonly Token[]; title: readonly Token[] }, registry: SpeakerRegistry, article: string | null, describe: () => Resolved): Resolved | null {
  const member = familyMember(np.determiner, np.name, np.title, registry, article);
  if (!member) return null;
  const described = describe();
  return { speaker: { ...described.speaker, members: [member.key] }, mention: described.mention };
}
