// Words one person reads out from another: a debate moderator reciting a candidate's list, a host quoting a letter, a
// minister echoing or repeating a president's line. One report gives them to the reader, another to their author;
// neither is a misattribution. Either text tells it near the quote: a sentence there names the other text's speaker
// (a draft may name them by a role the sources give them) and says someone read out, quoted or echoed words.
import { tokenizeWords } from '../text/normalizeText';
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import { ROLE_HEADS } from '../text/newsLexicon';
import type { Speaker } from '../types';

/** Words that say someone read out words that were not their own (`read out`, `rattled off`, `quoted`, `echoed`, `repeated`). */
const READ_OUT = /\b(?:read(?:ing)? (?:out|aloud|from)|rattl(?:ed|es|ing) off|recit(?:ed|es|ing)|quot(?:ed|ing)|echo(?:ed|es|ing)|repeat(?:ed|s|ing))\b/i;

/** How far before the quote a text is read, at most. */
const LOOK_BACK_CHARACTERS = 1200;

/** The quote's paragraph up to the end of its sentence (`end`), and the paragraph before (a line of its own). */
export function textBefore(text: string, start: number, end: number): string {
  // Read back from `start` line by line (a judge asks it of every source speaker a quote's words stand with): no
  // array of the look-back's lines is made. The lines are those of the look-back, its first one cut where it begins;
  // the line before is the nearest with more than spaces, else the look-back's first.
  const from = Math.max(0, start - LOOK_BACK_CHARACTERS);
  let newline = lineEndBefore(text, start, from);
  const own = text.slice(newline < 0 ? from : newline + 1, start);
  let before = '';
  while (newline >= 0 && !before.trim()) {
    const previous = lineEndBefore(text, newline, from);
    before = text.slice(previous < 0 ? from : previous + 1, newline);
    newline = previous;
  }
  return `${before}\n${own}${text.slice(start, end)}`;
}

/** The last `\n` in `text` within [from, at), or -1. */
function lineEndBefore(text: string, at: number, from: number): number {
  if (at <= from) return -1;
  const newline = text.lastIndexOf('\n', at - 1);
  return newline < from ? -1 : newline;
}

/** The role nouns the sources give a speaker (`president` of `Sarovian president`), by which a text may name them. */
export function roleHeadsOf(person: Speaker | null, corpus: SpeakerRegistry): string[] {
  const roles = person ? corpus.record(person.key)?.roles : undefined;
  if (!roles) return [];
  const heads = new Set<string>();
  for (const role of roles.keys()) for (const w of role.split(' ')) if (ROLE_HEADS.has(w)) heads.add(w);
  return [...heads];
}

/**
 * True when a sentence of `text` names `person` (by the last word of their name, as written with its capital, or by
 * one of their `roles` after a determiner: `quoting the Sarovian president`) and says someone read out, quoted or
 * echoed words: the quote near it may be theirs in another's mouth.
 */
export function readOutFrom(text: string, person: Speaker | null, roles: readonly string[] = []): boolean {
  if (!person || person.kind === 'description') return false;
  // A sentence that says so is rare: a text without the words, or without the name, has none (a sentence's match
  // is the whole text's too), and is neither split nor searched with a pattern made for the name.
  if (!READ_OUT.test(text)) return false;
  const names = tokenizeWords(person.name);
  if (names.length === 0) return false;
  const surname = person.name.slice(names[names.length - 1].start, names[names.length - 1].end);
  if (!/^\p{Lu}/u.test(surname)) return false;
  const byName = new RegExp(`(?:^|[^\\p{L}])${escaped(surname)}(?![\\p{L}])`, 'u');
  const byRole = roles.length ? new RegExp(`\\b(?:the|its|their|his|her)\\s+(?:[\\p{L}'’-]+\\s+){0,2}(?:${roles.map(escaped).join('|')})\\b`, 'iu') : null;
  // A role is read only outside quoted words: `"… as long as Putin is the president"` names no one quoted.
  const named: Pattern = { test: (t) => byName.test(t) || (byRole !== null && byRole.test(t.replace(QUOTED_WORDS, ' '))) };
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

/** Quoted words, to the closing mark or to the end of a sentence the quotation runs on past. */
const QUOTED_WORDS = /["\u201C][^"\u201C\u201D]*(?:["\u201D]|$)/g;

/** What names the person in a sentence: their surname, or a role of theirs. */
interface Pattern {
  test(text: string): boolean;
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase opening a sentence with a preposition, to its comma (`Under questioning from Ana Kral,`, `After Kral spoke,`). */
const OPENING_PHRASE = /^\s*(?:under|after|before|during|in|at|with|following|asked by|questioned by)\b[^,.;:]*,/i;

/**
 * Whether the person is named only in such an opening phrase, before the read-out words: `Under questioning from
 * Kral, Reyes read from the email he sent` tells who asked, not whose words were read.
 */
function onlyInOpeningPhrase(sentence: string, named: Pattern): boolean {
  const opening = OPENING_PHRASE.exec(sentence);
  if (!opening || !named.test(opening[0])) return false;
  const rest = sentence.slice(opening[0].length);
  return !named.test(rest) && !READ_OUT.test(opening[0]);
}
