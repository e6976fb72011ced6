// `Aleksander "Sasha" Orlov`: a nickname set in quotation marks between a given name and a surname is part of the
// name, not a quotation. Read as one, it cut the name in two: `Orlov` alone was the speaker, a person with no given
// name whom no draft could be told from anyone else. The marks are hidden (offsets stay) so the name reads whole, the
// nickname as a middle name (`Sasha Orlov` is then the same person).
//
// Only in prose: the word before the given name is no capitalised word (a title-case headline's `Calls Clinton "Crooked"
// Again` is no name), and the word after the surname is none either.

import { CharacterSearch, SearchedCharacters } from './characterSearch';
import { FUNCTION_WORDS } from './newsLexicon';

/**
 * A nickname in marks after a space and before a surname: one or two capitalised words of its own. The given name
 * before the space is read by hand (givenBefore): a look-behind for it was tried at every character of every text.
 * Sticky: tried only at a space before an opening mark (nicknameMatches).
 */
const NICKNAME = / (["\u201C'\u2018])\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(["\u201D'\u2019]) (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/uy;

/** The marks NICKNAME opens with. */
const OPENING_MARKS = new SearchedCharacters(['"', '\u201C', "'", '\u2018']);

/**
 * NICKNAME's matches in `text`, as a global search finds them (each from the end of the last): tried only where a
 * space stands before an opening mark, found by the engine's search for each mark. The pattern itself, tried by the
 * engine at every character of every text, was 1% of a cold build of 10,000 articles.
 */
function* nicknameMatches(text: string): Generator<RegExpExecArray> {
  const marks = new CharacterSearch(text, OPENING_MARKS);
  for (let at = marks.from(1); at >= 0; ) {
    if (text.charCodeAt(at - 1) !== 32) {
      at = marks.from(at + 1);
      continue;
    }
    NICKNAME.lastIndex = at - 1;
    const m = NICKNAME.exec(text);
    if (m) yield m;
    at = marks.from(m ? at + m[0].length : at + 1);
  }
}

/** The capitalised word (a capital, then small letters) that ends at `end`, standing alone, or null. */
function givenBefore(text: string, end: number): string | null {
  let i = end;
  while (i > 0 && /\p{Ll}/u.test(text[i - 1])) i--;
  if (i === end || i === 0 || !/\p{Lu}/u.test(text[i - 1])) return null;
  const start = i - 1;
  return start > 0 && /[\p{L}\p{N}'\u2019]/u.test(text[start - 1]) ? null : text.slice(start, end);
}

const CLOSING = new Map([['"', '"'], ['\u201C', '\u201D'], ["'", "'"], ['\u2018', '\u2019']]);

/** The capitalised word that ends right before `at` on its line, skipping spaces and no other character. */
function capitalisedBefore(text: string, at: number): boolean {
  let i = at - 1;
  if (i < 0 || text[i] !== ' ') return false;
  while (i >= 0 && text[i] === ' ') i--;
  let start = i;
  while (start >= 0 && /\p{L}/u.test(text[start])) start--;
  return start < i && /\p{Lu}/u.test(text[start + 1]);
}

/** Whether a capitalised word starts right after `at` past one space (`Orlov Said` in a title-case headline). */
function capitalisedAfter(text: string, at: number): boolean {
  return text[at] === ' ' && /\p{Lu}/u.test(text[at + 1] ?? '');
}

/** `text` with the marks around nicknames inside names turned to spaces. */
export function maskNicknames(text: string): string {
  // Most texts have no mark between two capitalised words: they are returned as they are.
  let out: string[] | null = null;
  let from = 0;
  for (const m of nicknameMatches(text)) {
    const [found, open, close, surname] = m;
    const given = givenBefore(text, m.index!);
    if (given === null) continue;
    const at = m.index! + 1;
    const whole = found.slice(1);
    const givenAt = at - given.length - 1;
    if (FUNCTION_WORDS.has(given.toLowerCase()) || FUNCTION_WORDS.has(surname.toLowerCase())) continue;
    // Marks that pair: a straight mark closes a straight one, a curly one its own opening.
    if (CLOSING.get(open) !== close) continue;
    if (capitalisedBefore(text, givenAt) || capitalisedAfter(text, at + whole.length)) continue;
    out ??= [];
    const closeAt = at + whole.length - surname.length - 2;
    out.push(text.slice(from, at), ' ', text.slice(at + 1, closeAt), ' ');
    from = closeAt + 1;
  }
  if (out === null) return text;
  out.push(text.slice(from));
  return out.join('');
}
