// `"…," Duffy said.` in a text whose only full name of that word is `Declan Duffy` inside a quotation, or `Prof Tan`
// in a text naming `Tan Mei Ling` surname first: the sources are indexed together, and the registry gives a lone
// surname whoever of it the sources mention most, here another article's Colm Duffy or Daniel Tan. A reader takes the
// person the text itself names in full with that word; another article's person is a guess, and a wrong speaker is
// worse than none. Where the text names no one in full with the word (a president called by surname alone), or names
// the registry's person, or two people with it (sharedSurnames.ts reads those), the registry's answer stands.
import type { PreparedText } from '../text/prepareText';
import type { Token } from '../text/sentenceTokens';
import { sexOfGivenName } from './givenNameSexes';
import { normalizeName, type SpeakerRecord, type SpeakerRegistry } from './speakerRegistry';

/** The most capitalised words on either side of the surname that a full name takes (`Mary Ann Kral`, `Tan Mei Ling`). */
const MORE_NAME_WORDS = 3;
const NAME_WORD_BEFORE = /(\p{Lu}[\p{L}\p{M}'\u2019-]*)[ \t]+$/u;
const NAME_WORD_AFTER = /^[ \t]+(\p{Lu}[\p{L}\p{M}'\u2019-]*)/u;
const LETTER = /[\p{L}\p{M}]/u;

/** By text: for each surname as written, the people the text's full names holding it are (in text order, once each). */
const byText = new WeakMap<PreparedText, { registry: SpeakerRegistry; people: Map<string, readonly SpeakerRecord[]> }>();

/**
 * `looked`, the registry's person for the lone surname `name` (one word), or the one person the text names in full
 * with that word when that is someone else.
 */
export function ownPersonOverBorrowed(registry: SpeakerRegistry, p: PreparedText, name: readonly Token[], looked: SpeakerRecord | null): SpeakerRecord | null {
  // Only a word the registry reads as someone's surname: a given name alone is givenNameReferences.ts's, which keeps
  // a relative named beside the relation (`his wife, Ana,`) from the text's other Ana.
  if (name.length !== 1 || !looked || looked.kind !== 'person' || looked.first === null) return looked;
  const written = name[0].text.replace(/['\u2019]s?$/u, '');
  if (normalizeName([written])[0] !== looked.last) return looked;
  const people = peopleNamedWith(registry, p, written);
  return people.length === 1 && people[0] !== looked ? people[0] : looked;
}

function peopleNamedWith(registry: SpeakerRegistry, p: PreparedText, written: string): readonly SpeakerRecord[] {
  let cache = byText.get(p);
  if (!cache || cache.registry !== registry) byText.set(p, (cache = { registry, people: new Map() }));
  const made = cache.people.get(written);
  if (made) return made;
  const lone = normalizeName([written])[0];
  const people: SpeakerRecord[] = [];
  const text = p.text;
  for (let at = text.indexOf(written); at >= 0 && lone; at = text.indexOf(written, at + written.length)) {
    const end = at + written.length;
    if ((at > 0 && LETTER.test(text[at - 1])) || (end < text.length && LETTER.test(text[end]) && !/^['\u2019]s\b/u.test(text.slice(end, end + 3)))) continue;
    for (const words of fullNamesAround(text, at, end, written)) {
      // A full name only a quotation writes (`"Declan Duffy owes voters …"`) is learnt here when a given name opens
      // it: any other capital before a surname (`On Tuesday Duffy`) may be no name.
      const given = words.length === 2 && words[1] === written && sexOfGivenName(normalizeName([words[0]])[0] ?? '') !== null;
      const record = registry.lookupName(words, p.id) ?? (given ? registry.addPerson(words, p.id) : null);
      if (!record || record.kind !== 'person' || record.first === null || people.includes(record)) continue;
      // The record must be the name written (`Declan Duffy`), not one it merely resembles.
      const norm = normalizeName(words);
      if (norm.includes(lone) && norm.includes(record.first.split(' ')[0]) && norm.includes(record.last)) people.push(record);
    }
  }
  cache.people.set(written, people);
  return people;
}

/** The full names a capitalised run holds around the surname: ending with it (`Declan Duffy`) or opening with it (`Tan Mei Ling`). */
function fullNamesAround(text: string, at: number, end: number, written: string): string[][] {
  const before: string[] = [];
  let from = at;
  for (let m = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, from - 40), from)); m && before.length < MORE_NAME_WORDS; m = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, from - 40), from))) {
    before.unshift(m[1]);
    from -= m[0].length;
    if (from > 0 && LETTER.test(text[from - 1])) break;
  }
  const after: string[] = [];
  let to = end;
  for (let m = NAME_WORD_AFTER.exec(text.slice(to, to + 40)); m && after.length < MORE_NAME_WORDS; m = NAME_WORD_AFTER.exec(text.slice(to, to + 40))) {
    after.push(m[1]);
    to += m[0].length;
  }
  const names: string[][] = [];
  for (let k = 1; k <= before.length; k++) names.push([...before.slice(before.length - k), written]);
  for (let k = 1; k <= after.length; k++) names.push([written, ...after.slice(0, k)]);
  return names;
}
