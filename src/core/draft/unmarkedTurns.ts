// A draft's transcript excerpt without quotation marks (`WHITFIELD: We now have four confirmed deaths.`): the turn is
// its speaker's words as much as `WHITFIELD: "We now have ..."` is. A source is read as a transcript from its whole
// text (transcriptTurns.ts); a draft is read a paragraph at a time, so a paragraph is taken for a turn only on its
// own evidence: a label in capitals whose words name a person the sources know by name, a colon, and one line of
// prose with no quotation mark that ends a sentence. Its masked text then marks the turn as a quotation (the colon's
// space and the closing stop become marks, so offsets stay), and the label rule reads its speaker as for
// `WHITFIELD: "..."`. A dateline or kicker (`LISBON:`, `UPDATE:`) names no person the sources know and stays prose.
import type { SpeakerRegistry } from '../attribution/speakerRegistry';

/** A label in capitals of one to three words (`WHITFIELD`, `DANA WHITFIELD`, `MS. WHITFIELD`), emphasis or its blanks around it, its colon and the turn. */
const CAPITALS_LABEL = /^([ \t]*(?:[-*+][ \t]+)?[*_ \t]*)((?:\p{Lu}[\p{Lu}'\u2019.-]*[ \t]+){0,2}\p{Lu}[\p{Lu}'\u2019-]+)([ \t*_]*:[*_]*)[ \t]+(?=\p{L})/u;

/** Quotation marks of any style: a paragraph that has one quotes by its own marks. */
const ANY_MARK = /["\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E]/;

/**
 * `masked` with the turn of an unmarked transcript line made a quotation, or `masked` itself when the paragraph is
 * none. `text` is the paragraph as written, `masked` its masked copy (the same length).
 */
export function markUnmarkedTurn(text: string, masked: string, corpus: SpeakerRegistry): string {
  if (text.length < 8 || text.indexOf(':') < 0 || text.indexOf('\n') >= 0 || ANY_MARK.test(text)) return masked;
  const m = CAPITALS_LABEL.exec(masked);
  if (!m) return masked;
  const end = text.trimEnd().length;
  if (!/[.!?]/.test(text[end - 1])) return masked;
  const words = m[2].split(/[ \t]+/).map((w) => w.replace(/\.$/, '')).filter((w) => w.length > 1);
  // The words must name someone the sources know by name: a person's record with a given name (`WHITFIELD` is Dana Whitfield).
  const record = words.length ? corpus.lookupName(words.map((w) => w[0] + w.slice(1).toLowerCase())) : null;
  if (!record || record.kind !== 'person' || record.first === null) return masked;
  const open = m[0].length - 1;
  return `${masked.slice(0, open)}"${masked.slice(open + 1, end - 1)}"${masked.slice(end)}`;
}
