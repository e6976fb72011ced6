// `"She stood up and said, 'Who here wants to be here?' Nobody moved," Ana Kral said.`: a quotation inside another
// speaker's quote, introduced there by a frame of its own (`she said, '…'`, `the doctor told me: '…'`), is words the
// speaker reports someone else saying: not the speaker's. Such an inner quote is given as a quote of its own, with no
// speaker (who `she` or `somebody` means inside another's words is not read: a wrong speaker is worse than none). An
// inner quote whose frame is the speaker's own (`I told them, '…'`, `we said: '…'`) or that has no frame (a quoted
// term) stays part of the speaker's quote, as before.
import { findQuotes, quoteMarkSearches } from '../text/findQuotes';
import { SPEECH_VERBS } from '../text/newsLexicon';
import type { PreparedText } from '../text/prepareText';
import type { AttributedQuote } from '../types';

/** Whom a frame's verb may name as spoken to, between the verb and the mark (`told me, '…'`). */
const LISTENERS = new Set(['me', 'us', 'him', 'her', 'them', 'you', 'everyone', 'everybody']);
/** Subjects that make the frame the outer speaker's own words (`I just say, '…'`, `we'd say: '…'`). */
const OWN_SUBJECTS = new Set(['i', 'we', "i'd", "we'd", "i'll", "we'll", "i've", "we've", "i'm", "we're"].flatMap((w) => [w, w.replace("'", '\u2019')]));
/** How many words before the verb may hold its subject: `I just say`, `we can't just say`. */
const SUBJECT_REACH = 3;

/** The words before an inner quote's mark, within its outer quote: `… somebody senior said, ` -> ['somebody', 'senior', 'said']. */
function frameWords(text: string, from: number, mark: number): string[] | null {
  // A frame ends in a comma or a colon right before the mark: `said 'yes'` with neither is a word quoted, not a saying.
  const before = text.slice(Math.max(from, mark - 120), mark).replace(/\s+$/, '');
  if (!/[,:]$/.test(before)) return null;
  const clause = before.slice(0, -1).split(/[.!?;,:\u2014\u2013"\u201C\u201D]/).pop() ?? '';
  const words = clause.toLowerCase().match(/[\p{L}'\u2019]+/gu);
  return words && words.length >= 2 ? words : null;
}

/** Whether the frame is someone other than the outer speaker saying the inner words: `they said`, `the doctor told me`. */
function framesAnotherSpeaker(words: readonly string[]): boolean {
  let v = words.length - 1;
  if (LISTENERS.has(words[v]) && v > 1) v--;
  // `she said to me: '…'`, `she kept saying to us, '…'`: the listener after `to`.
  if (v < words.length - 1 && words[v] === 'to' && v > 1) v--;
  if (!SPEECH_VERBS.has(words[v])) return false;
  if (v === 0 || SPEECH_VERBS.has(words[v - 1])) return false;
  for (let k = v - 1; k >= 0 && v - k <= SUBJECT_REACH; k--) if (OWN_SUBJECTS.has(words[k])) return false;
  return true;
}

/** The sentence that holds `offset`, searched on from `s` (sentences are in the text's order). */
function sentenceAt(prepared: PreparedText, s: number, offset: number): number {
  while (s + 1 < prepared.sentences.length && prepared.sentences[s + 1].start <= offset) s++;
  return s;
}

/** For each attributed quote, the inner quotes its words report someone else saying, given no speaker. */
export function relayedInnerQuotes(prepared: PreparedText, quotes: readonly AttributedQuote[]): AttributedQuote[] {
  const found: AttributedQuote[] = [];
  // One search of the text's marks serves the quotes read forward: a fresh search for each quote read the text's
  // curly marks from its top, or on to its end, and a long source of curly-quoted quotes took time growing with the
  // square of its length. A search asks only forward, so a quote starting before the last one's end gets a fresh one.
  let marks = quoteMarkSearches(prepared.masked);
  let searchedTo = 0;
  for (const outer of quotes) {
    if (!outer.speaker || outer.isTerm) continue;
    if (outer.textStart < searchedTo) marks = quoteMarkSearches(prepared.masked);
    searchedTo = outer.textEnd;
    const inner = findQuotes(prepared.masked, prepared.text, { start: outer.textStart, end: outer.textEnd }, false, marks);
    for (const q of inner) {
      const words = frameWords(prepared.masked, outer.textStart, q.start);
      if (!words || !framesAnotherSpeaker(words)) continue;
      found.push({ ...q, sentence: sentenceAt(prepared, outer.sentence, q.start), speaker: null, mention: null, method: 'none', isTerm: false });
    }
  }
  return found;
}
