// A quotation of several paragraphs opens each paragraph with a mark and closes only the last (`"…` ¶ `"…` ¶
// `"…," she said.`): one utterance, signed once at its end. A pronoun in that signature stands for someone named before
// the quotation opened, so its reach in paragraphs is counted from the quotation's first paragraph, not from the last.
import type { PreparedText } from '../text/prepareText';

const openings = new WeakMap<PreparedText, number[]>();

/** For each paragraph, the paragraph its quotation opened in: itself unless it goes on with an open quotation before it. */
function openingParagraphs(p: PreparedText): number[] {
  const found: number[] = [];
  let q = 0;
  let previousWholeOpen = false;
  p.paragraphs.forEach((par, i) => {
    while (q < p.quotes.length && p.quotes[q].end <= par.start) q++;
    const opens = q < p.quotes.length && p.quotes[q].start === firstNonSpace(p.text, par.start, par.end);
    let last = -1;
    for (let k = q; k < p.quotes.length && p.quotes[k].start < par.end; k++) last = k;
    // A paragraph of nothing but quotation left open: one quote from its first character to its last.
    const wholeOpen = opens && last === q && p.quotes[q].unclosed && p.quotes[q].end >= lastNonSpace(p.text, par.start, par.end);
    found[i] = i > 0 && opens && previousWholeOpen ? found[i - 1] : i;
    previousWholeOpen = wholeOpen;
  });
  return found;
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(text[i])) i++;
  return i;
}

function lastNonSpace(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && /\s/.test(text[i - 1])) i--;
  return i;
}

/**
 * Where a pronoun in sentence `s` starts its reach: the paragraph the quotation opening `s`'s paragraph began in, and
 * that paragraph's first sentence (for a paragraph no quotation goes on into: its own paragraph, and `s` itself).
 */
export function quotationOpening(p: PreparedText, s: number): { readonly paragraph: number; readonly from: number } {
  const own = p.sentences[s].paragraph;
  let all = openings.get(p);
  if (!all) openings.set(p, (all = openingParagraphs(p)));
  const paragraph = all[own] ?? own;
  if (paragraph === own) return { paragraph, from: s };
  let from = s;
  while (from > 0 && p.sentences[from - 1].paragraph >= paragraph) from--;
  return { paragraph, from };
}

/**
 * The sentence quote `k` ends in. A quotation left open at its paragraph's end (the next paragraph goes on with it)
 * is read sentence by sentence, so it can end sentences after the one it opens: the next paragraph's quote follows
 * its last sentence, not its first.
 */
export function quoteEndSentence(p: PreparedText, k: number): number {
  const end = p.quotes[k].end;
  let e = p.quoteSentence[k];
  while (e + 1 < p.sentences.length && p.sentences[e + 1].start < end) e++;
  return e;
}
