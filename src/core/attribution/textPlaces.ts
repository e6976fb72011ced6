// `Tensions with Norvia rose as troops massed in Kessland. "We will not be bullied," Kessland said.`: a lone capital
// the text itself writes as a place, after `in`, `near`, `across`... (`in Kessland`, `across Dunmore`), speaks as a
// government or a town's body does (`Moscow said`), never as a person called Kessland. The place lists
// (placeNames.ts) cannot hold every town and country a story names; the text's own prepositions tell them.
// Only a word the texts never give a person's given name or title: `faith in Kral` after `Ana Kral` stays her.
import type { PreparedText } from '../text/prepareText';

/** Prepositions whose object is a place (`in`, not `to` or `from`, which take people as often). */
const PLACE_PREPOSITIONS = '(?:in|near|outside|across|throughout|around)';

/** The capitals each text writes right after such a preposition, read once a text. */
const placesOfText = new WeakMap<PreparedText, ReadonlySet<string>>();

/** The lone capitalised words `p`'s text writes as a place: after a preposition of place, not owning anything (`in Kral's view`). */
function placesOf(p: PreparedText): ReadonlySet<string> {
  let found = placesOfText.get(p);
  if (found) return found;
  const places = new Set<string>();
  // A capital after the preposition, not followed by another capital (`in Port Aldis` is a run the name reader reads
  // whole) nor by a possessive.
  const pattern = new RegExp(`\\b${PLACE_PREPOSITIONS}\\s+(\\p{Lu}[\\p{L}-]+)\\b(?!['\u2019]|\\s+\\p{Lu})`, 'gu');
  for (const m of p.text.matchAll(pattern)) places.add(m[1]);
  placesOfText.set(p, (found = places));
  return found;
}

/** Whether the lone capital `word`, no person's name the texts know (`knownPerson`, asked last), is a place `p`'s text writes (`in Kessland`). */
export function writtenAsPlace(p: PreparedText, word: string, knownPerson: () => boolean): boolean {
  return placesOf(p).has(word) && !knownPerson();
}
