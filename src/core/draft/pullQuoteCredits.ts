// A pull quote credited on a line of its own without a dash (`> "…"` then `> Prime Minister Ana Kral`), as magazines
// and summaries set one: the credit names the speaker as `— Ana Kral` does. Left as it is, the credit is a line of
// prose naming no one, and the quote above it is read as going on in the voice before it, a wrong speaker. The
// credit line's marker is made a dash in the masked copy (offsets stay), and the rule for a quote signed in the line
// after it reads the speaker. Only a line in a quote block, of nothing but a name the draft's people know by a given
// name and surname, with at most a title before and a short role after a comma: a line of prose is no credit.
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import { sexOfGivenName } from '../attribution/givenNameSexes';

/** `> ` (after blanks), then the credit: capitalised words, optionally `, role` of a few lower- or upper-case words. */
const CREDIT_LINE = /^([ \t]*)>[ \t]*[*_]*((?:\p{Lu}[\p{L}'\u2019.-]*[ \t]+){1,4}\p{Lu}[\p{L}'\u2019-]+)[*_]*(?:,[ \t]*[\p{L}'\u2019 \t-]{2,60})?[*_]*[ \t]*$/u;

/** Quotation marks, and the stops and verbs' end a sentence of prose has: a credit has none. */
const NOT_A_CREDIT = /["\u201C\u201D\u00AB\u00BB\u201E.!?:;]/;

/** `masked` with each credit line of a quote block marked as a dash credit, or `masked` itself when it has none. */
export function markPullQuoteCredits(masked: string, corpus: SpeakerRegistry): string {
  // Most paragraphs are no quote block: one comparison.
  if (masked.indexOf('>') < 0) return masked;
  // The markers, to be replaced in one pass: a copy of the paragraph a credit would be quadratic in a long quote block.
  const markers: number[] = [];
  let at = 0;
  while (at <= masked.length) {
    const nl = masked.indexOf('\n', at);
    const end = nl < 0 ? masked.length : nl;
    const line = masked.slice(at, end);
    const m = line.length < 120 && !NOT_A_CREDIT.test(line) ? CREDIT_LINE.exec(line) : null;
    if (m && knownPerson(m[2], corpus)) {
      markers.push(at + line.indexOf('>'));
    }
    if (nl < 0) break;
    at = nl + 1;
  }
  if (markers.length === 0) return masked;
  let out = '';
  let from = 0;
  for (const marker of markers) {
    out += masked.slice(from, marker) + '\u2014';
    from = marker + 1;
  }
  return out + masked.slice(from);
}

/**
 * Whether the last two capitalised words are a person's given name and surname: one the sources know by both, or a
 * given name of known sex (a credit to someone the sources never name still keeps the voice before off the quote).
 */
function knownPerson(words: string, corpus: SpeakerRegistry): boolean {
  const all = words.split(/[ \t]+/);
  if (all.length < 2) return false;
  if (sexOfGivenName(all[all.length - 2].toLowerCase()) !== null) return true;
  const record = corpus.lookupName(all.slice(-2));
  return record !== null && record.kind === 'person' && record.first !== null;
}
