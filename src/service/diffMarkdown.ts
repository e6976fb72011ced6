// A quote's word diff against the source's wording, as Markdown for the hover and as plain words for a quick fix's
// title: the source's words the draft drops struck through, the words it adds in bold.
import { describeMeaningChange, type QuoteDifference, type WordChange } from '../core';
import { escapeMarkdown } from './markdown';

/** Words kept on each side of a long run of unchanged words (the rest is `…`), so the changes stay in view. */
const KEPT_WORDS = 5;

function shorten(text: string, first: boolean, last: boolean): string {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= KEPT_WORDS * 2 + 1) return text;
  const head = first ? [] : words.slice(0, KEPT_WORDS);
  const tail = last ? [] : words.slice(-KEPT_WORDS);
  return [...head, '…', ...tail].join(' ');
}

/** `Ukraine will ~~not~~ hold **no** negotiations`: the diff in Markdown, long unchanged runs shortened. */
export function diffMarkdown(parts: readonly WordChange[]): string {
  return parts
    .map((p, i) => {
      if (p.kind === 'same') return escapeMarkdown(shorten(p.text, i === 0, i === parts.length - 1));
      return p.kind === 'removed' ? `~~${escapeMarkdown(p.text)}~~` : `**${escapeMarkdown(p.text)}**`;
    })
    .join(' ');
}

/** What a change restores, in words for a quick fix's title: `restores “not”; removes “never”`. */
export function diffSummary(difference: QuoteDifference, max = 60): string {
  const quoted = (parts: readonly WordChange[]) => parts.map((p) => `“${p.text}”`).join(', ');
  const removed = difference.parts.filter((p) => p.kind === 'removed');
  const added = difference.parts.filter((p) => p.kind === 'added');
  const pieces: string[] = [];
  if (removed.length) pieces.push(`restores ${quoted(removed)}`);
  if (added.length) pieces.push(`removes ${quoted(added)}`);
  const text = pieces.join('; ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The changes of meaning in one line: `a negation (drops “not”); a number (“40” for “14”)`. */
export function meaningLine(difference: QuoteDifference): string {
  return difference.meaning.map((m) => escapeMarkdown(describeMeaningChange(m))).join('; ');
}
