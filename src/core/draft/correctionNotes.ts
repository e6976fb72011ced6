// `Correction: An earlier version of this article wrongly attributed the remark "…" to Oskar Peskar. It was said by
// Lena Kral.` An outlet's note that corrects who said words quotes them with nobody's name, while another outlet (or
// the earlier version) still gives them to the one wrongly credited. A draft that follows the correction is right:
// no misattribution rests on the passages the note corrects. Words it gives the one wrongly credited, or anyone the
// note does not name, are judged as ever.
import type { Speaker } from '../types';

/** A note correcting an attribution (`wrongly attributed`, `misattributed`, `incorrectly quoted`, `attributed … in error`). */
const CORRECTS_ATTRIBUTION = /\b(?:wrongly|incorrectly|mistakenly|erroneously)\s+(?:attributed|credited|quoted|identified)\b|\bmisattributed\b|\battributed\b[^.;]{0,200}\bin error\b/i;

/** The capitalised words after `attributed … to` (`to Oskar Peskar`): whom the note says was wrongly credited. */
const WRONGLY_TO = /\b(?:attributed|credited|quoted)\b[^.;]*?\bto\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s*){1,3})/gu;

/** The capitalised words before `was wrongly quoted` (`Oskar Peskar was wrongly quoted as saying`): wrongly credited too. */
const WRONGLY_SUBJECT = /((?:\p{Lu}[\p{L}'’-]*\s+){1,3})(?:was|were|had been|has been)\s+(?:wrongly|incorrectly|mistakenly|erroneously)\s+(?:quoted|credited|identified|named)\b/gu;

/** Quoted words, which name no one the note means. */
const QUOTED = /["\u201C][^"\u201C\u201D]*["\u201D]/g;

/** How far on either side of the quoted words a note is read. */
const NOTE_REACH = 600;

/** The paragraph of `text` around `[start, end)`, at most NOTE_REACH characters on either side. */
export function paragraphAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - NOTE_REACH);
  const to = Math.min(text.length, end + NOTE_REACH);
  const before = text.slice(from, start);
  const after = text.slice(end, to);
  const open = before.lastIndexOf('\n');
  const close = after.indexOf('\n');
  return before.slice(open + 1) + text.slice(start, end) + (close < 0 ? after : after.slice(0, close));
}

/**
 * True when `paragraph` is a note correcting who said its quoted words and names `claimed` (by surname, outside the
 * quoted words) as other than the one wrongly credited: the note says the words are theirs.
 */
export function correctionCredits(paragraph: string, claimed: Speaker | null): boolean {
  if (!claimed || claimed.kind !== 'person' || !CORRECTS_ATTRIBUTION.test(paragraph)) return false;
  const words = claimed.name.split(/\s+/);
  const surname = words[words.length - 1];
  if (!/^\p{Lu}/u.test(surname)) return false;
  const bare = paragraph.replace(QUOTED, ' ');
  const named = new RegExp(`(?:^|[^\\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
  if (!named.test(bare)) return false;
  for (const m of bare.matchAll(WRONGLY_TO)) if (named.test(m[1])) return false;
  for (const m of bare.matchAll(WRONGLY_SUBJECT)) if (named.test(m[1])) return false;
  return true;
}
