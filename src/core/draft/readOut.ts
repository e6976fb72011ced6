// Words one person reads out from another: a debate moderator reciting a candidate's list, a host quoting a letter.
// One report gives them to the reader, another to their author; neither is a misattribution. Either text tells it
// near the quote: a sentence there names the other text's speaker and says someone read out or quoted words.
import { tokenizeWords } from '../text/normalizeText';
import type { Speaker } from '../types';

/** Words that say someone read out words that were not their own (`read out`, `rattled off`, `quoted`). */
const READ_OUT = /\b(?:read(?:ing)? (?:out|aloud|from)|rattl(?:ed|es|ing) off|recit(?:ed|es|ing)|quot(?:ed|ing))\b/i;

/** How far before the quote a text is read, at most. */
const LOOK_BACK_CHARACTERS = 1200;

/** The quote's paragraph up to the end of its sentence (`end`), and the paragraph before (a line of its own). */
export function textBefore(text: string, start: number, end: number): string {
  const lines = text.slice(Math.max(0, start - LOOK_BACK_CHARACTERS), start).split('\n');
  const own = lines.pop() ?? '';
  let before = '';
  while (lines.length && !before.trim()) before = lines.pop() ?? '';
  return `${before}\n${own}${text.slice(start, end)}`;
}

/**
 * True when a sentence of `text` names `person` (by the last word of their name, as written with its capital) and
 * says someone read out or quoted words: the quote near it may be theirs in another's mouth.
 */
export function readOutFrom(text: string, person: Speaker | null): boolean {
  if (!person || person.kind === 'description') return false;
  // A sentence that says so is rare: a text without the words, or without the name, has none (a sentence's match
  // is the whole text's too), and is neither split nor searched with a pattern made for the name.
  if (!READ_OUT.test(text)) return false;
  const names = tokenizeWords(person.name);
  if (names.length === 0) return false;
  const surname = person.name.slice(names[names.length - 1].start, names[names.length - 1].end);
  if (!/^\p{Lu}/u.test(surname)) return false;
  const named = new RegExp(`(?:^|[^\\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
  if (!named.test(text)) return false;
  const sentences = text.split(/(?<=[.!?]["'\u201D\u2019]?)\s+/);
  return sentences.some((sentence, i) => named.test(sentence) && READ_OUT.test(sentence) && !onlyInOpeningPhrase(sentence, named) && (i === sentences.length - 1 || !HOLDS_QUOTATION.test(sentence)));
}

/**
 * A quotation whole within a sentence. A sentence before the quote's own that says someone quoted another and holds the
 * words quoted (`Kral quoted Peskar as saying the two "will share every record."`) tells whose those words are, not
 * the next quote's: `"We need one truth," Kral said` after it is Kral's own.
 */
const HOLDS_QUOTATION = /["\u201C][^"\u201C\u201D]{2,}["\u201D]/;

/** A phrase opening a sentence with a preposition, to its comma (`Under questioning from Ana Kral,`, `After Kral spoke,`). */
const OPENING_PHRASE = /^\s*(?:under|after|before|during|in|at|with|following|asked by|questioned by)\b[^,.;:]*,/i;

/**
 * Whether the person is named only in such an opening phrase, before the read-out words: `Under questioning from
 * Kral, Reyes read from the email he sent` tells who asked, not whose words were read.
 */
function onlyInOpeningPhrase(sentence: string, named: RegExp): boolean {
  const opening = OPENING_PHRASE.exec(sentence);
  if (!opening || !named.test(opening[0])) return false;
  const rest = sentence.slice(opening[0].length);
  return !named.test(rest) && !READ_OUT.test(opening[0]);
}
