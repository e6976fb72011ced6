// Initials a text gives a person (`Andrés Manuel López Obrador, widely known as AMLO`, `Alexandria Ocasio-Cortez
// (AOC)`): capitals alone are read as a body's acronym, so `AMLO said` had given the words to an organisation.

/** A full name: two to six words, capitalised or a name's particle (`de`, `bin`), hyphenated parts allowed. */
const NAME = String.raw`\p{Lu}[\p{L}'’]+(?:-\p{L}[\p{L}'’]*)*(?:\s+(?:(?:de|del|da|dos|bin|van|von|la)\s+)?\p{Lu}[\p{L}'’]+(?:-\p{L}[\p{L}'’]*)*){1,5}`;
const KNOWN_AS = new RegExp(String.raw`(${NAME})(?:,\s+(?:(?:widely|also|popularly|better|commonly)\s+)?known\s+(?:simply\s+)?as\s+|\s+\()(\p{Lu}{2,5})\b`, 'gu');

/** The name's initials, with or without its lower-case particles (`Mohammed bin Salman`: `MBS` or `MS`). */
function initialsOf(name: string): string[] {
  const parts = name.split(/[\s-]+/).filter((w) => w.length > 0);
  return [parts.map((w) => w[0]).join('').toUpperCase(), parts.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('')];
}

/**
 * Initials to the words of the full name they abbreviate, read once per text. Only initials that spell the name
 * count (`AMLO` for López Obrador, never `ANC` after a name), so a body's acronym set after a person stays a body.
 */
export function knownAsInitials(text: string): ReadonlyMap<string, readonly string[]> {
  const found = new Map<string, readonly string[]>();
  for (const m of text.matchAll(KNOWN_AS)) {
    const words = m[1].split(/\s+/);
    // The name may run on from capitals before it (`President Andrés Manuel López Obrador`): its last words spell it.
    for (let from = 0; from < words.length - 1; from++) {
      const name = words.slice(from).join(' ');
      if (initialsOf(name).includes(m[2])) { found.set(m[2], words.slice(from)); break; }
    }
  }
  return found;
}
