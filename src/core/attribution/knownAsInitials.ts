// Initials a text gives a person (`Andrés Manuel López Obrador, widely known as AMLO`, `Alexandria Ocasio-Cortez
// (AOC)`): capitals alone are read as a body's acronym, so `AMLO said` had given the words to an organisation. And
// the one word a person is known as (`Joko Widodo, known as Jokowi,`): `Jokowi said` had been a second person.
import type { SpeakerRecord, SpeakerRegistry } from './speakerRegistry';

/** A full name: two to six words, capitalised or a name's particle (`de`, `bin`), hyphenated parts allowed. */
const NAME = String.raw`\p{Lu}[\p{L}'’]+(?:-\p{L}[\p{L}'’]*)*(?:\s+(?:(?:de|del|da|dos|bin|van|von|la)\s+)?\p{Lu}[\p{L}'’]+(?:-\p{L}[\p{L}'’]*)*){1,5}`;
/** What follows a name given initials or a nickname: `, widely known as AMLO`, ` (AOC)`, `, known as Jokowi,`. */
const KNOWN_AS_AFTER = /,\s+(?:(?:widely|also|popularly|better|commonly)\s+)?known\s+(?:simply\s+)?as\s+(?:(\p{Lu}{2,5})\b|(\p{Lu}\p{Ll}{2,})(?=[,.;)]))|\s+\((\p{Lu}{2,5})\b/gu;
/** The full name ending right before such a phrase, read in a window before it (`$`: where the window ends). */
const NAME_BEFORE = new RegExp(String.raw`(?<![\p{L}'’])(${NAME})$`, 'u');
/** Characters before the phrase a name of six words can take. */
const NAME_WINDOW = 200;

/** The name's initials, with or without its lower-case particles (`Mohammed bin Salman`: `MBS` or `MS`). */
function initialsOf(name: string): string[] {
  const parts = name.split(/[\s-]+/).filter((w) => w.length > 0);
  return [parts.map((w) => w[0]).join('').toUpperCase(), parts.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('')];
}

/** The words of `words` from where they spell `initials` (`President Andrés Manuel López Obrador`: from `Andrés`), else null. */
function spelling(words: readonly string[], initials: string): readonly string[] | null {
  // The name may run on from capitals before it (`President Andrés Manuel López Obrador`): its last words spell it.
  for (let from = 0; from < words.length - 1; from++) if (initialsOf(words.slice(from).join(' ')).includes(initials)) return words.slice(from);
  return null;
}

/** What a text without any such phrase gives (never written to). */
const NONE_KNOWN: ReadonlyMap<string, readonly string[]> = new Map();

/** How many of the text's names ending in one word are kept to try a short form's initials on (a bound on hostile text). */
const FULL_NAMES_TRIED = 4;

/**
 * Initials to the words of the full name they abbreviate, read once per text. Only initials that spell the name
 * count (`AMLO` for López Obrador, never `ANC` after a name), so a body's acronym set after a person stays a body.
 * Set after a short form (`López Obrador, known as AMLO,`), they spell the text's fuller name ending so.
 */
export function knownAsInitials(text: string): ReadonlyMap<string, readonly string[]> {
  // Every phrase holds `known` or `(`: most texts hold neither, and two searches refuse them before the expression's
  // scan from every comma and space.
  if (!text.includes('known') && !text.includes('(')) return NONE_KNOWN;
  const found = new Map<string, readonly string[]>();
  const nicknames: Array<[string, string[]]> = [];
  let fullNames: Map<string, string[][]> | null = null;
  // The phrases first, then the name before each in a bounded window: a name pattern run over the whole text from
  // every capital cost a twelfth of an index build.
  for (const m of text.matchAll(KNOWN_AS_AFTER)) {
    const name = NAME_BEFORE.exec(text.slice(Math.max(0, m.index - NAME_WINDOW), m.index))?.[1];
    if (!name) continue;
    const words = name.split(/\s+/);
    const initials = m[1] ?? m[3];
    if (!initials) {
      nicknames.push([m[2], words]);
      continue;
    }
    const spelt = spelling(words, initials) ?? fullSpelling((fullNames ??= namesByLastWord(text)).get(words[words.length - 1]) ?? [], words, initials);
    if (spelt) found.set(initials, spelt);
  }
  // A nickname is no spelling of the name: the whole name before it is kept, the person read from it (knownAsPerson).
  for (const [nickname, words] of nicknames) if (!found.has(nickname)) found.set(nickname, words);
  return found;
}

/**
 * The person the words a text gave a name it is known as stand for: the longest run of their last words (two at least)
 * the registry knows as a person (`Indonesian President Joko Widodo`: `Joko Widodo`), else null.
 */
export function knownAsPerson(words: readonly string[] | undefined, registry: SpeakerRegistry, article: string | null): SpeakerRecord | null {
  for (let from = 0; words && from < words.length - 1; from++) {
    const record = registry.lookupName(words.slice(from), article);
    if (record?.kind === 'person') return record;
  }
  return null;
}

/** Every run of a name's words the text writes, by its last word: read once a text, when a short form needs its full name. */
function namesByLastWord(text: string): Map<string, string[][]> {
  const byLast = new Map<string, string[][]>();
  for (const m of text.matchAll(new RegExp(NAME, 'gu'))) {
    const words = m[0].split(/\s+/);
    const last = words[words.length - 1];
    const list = byLast.get(last);
    if (!list) byLast.set(last, [words]);
    else if (list.length < FULL_NAMES_TRIED) list.push(words);
  }
  return byLast;
}

/** The words of the first of `fullNames` ending in the short form `words` that spell `initials`. */
function fullSpelling(fullNames: readonly string[][], words: readonly string[], initials: string): readonly string[] | null {
  for (const full of fullNames) {
    const spelt = endsWith(full, words) ? spelling(full, initials) : null;
    if (spelt) return spelt;
  }
  return null;
}

/** Whether `words` end with all of `tail`, and have more before them. */
function endsWith(words: readonly string[], tail: readonly string[]): boolean {
  if (words.length <= tail.length) return false;
  for (let k = 1; k <= tail.length; k++) if (words[words.length - k] !== tail[tail.length - k]) return false;
  return true;
}
