// Words a draft moves into a quote from just outside the passage it matched. Translations order a sentence their
// own way (`I want to say this to the Kyiv regime: …` / `To the Kyiv regime I want to say this: …`); the closest
// passage then leaves the moved words out at its edge, and the draft seems to add them. Words that stand right
// beside the passage in the same source quotation are the speaker's, moved, not added; a few words put in place of
// the words just beside it, a word in common, are that phrase translated otherwise and moved.
import { FUNCTION_WORDS, PERSONAL_PRONOUNS } from '../text/newsLexicon';
import { tokenizeWords } from '../text/normalizeText';
import type { SourceMatch } from '../types';
import type { QuoteDifference, WordChange } from './quoteDiff';
import { holdsAddressing, onlyFrames } from './addressWords';

/** Fewer words moved could be a word taken from anywhere to change the sentence (`the plan` / `the mayor`). */
const MIN_MOVED_WORDS = 3;

/** Moved words and the passage stand in one sentence: no sentence ends between them (`forever. We will …`). */
const SENTENCE_END = /[.!?]/;

/** A phrase a translation puts otherwise and moves: at most this many words, moved across at most this many shared words. */
export const MAX_EXCHANGED_WORDS = 4;
export const MAX_EXCHANGE_GAP = 5;

/**
 * Whether two runs have a telling word in common, its subject (`we`) or a content word: a phrase moved keeps some of
 * its words; another sentence's shares at most an article or a preposition with it (`the`).
 */
export function sharesWord(a: string, b: string): boolean {
  const telling = (w: string) => PERSONAL_PRONOUNS.has(w) || !FUNCTION_WORDS.has(w);
  const words = new Set(tokenizeWords(a).map((t) => t.word).filter(telling));
  return tokenizeWords(b).some((t) => words.has(t.word));
}

/**
 * The source quotation a match lies in, where the matched passage starts and ends in its text, and the words before
 * and after it there; null where the passage lies in no one quotation.
 */
export function aroundPassage(match: SourceMatch) {
  const quote = match.sourceQuote;
  if (!quote || match.joinedQuotes) return null;
  const from = match.location.start - quote.textStart;
  const to = match.location.end - quote.textStart;
  if (from < 0 || to > quote.text.length) return null;
  return { quote, from, to, before: tokenizeWords(quote.text.slice(0, from)), after: tokenizeWords(quote.text.slice(to)) };
}

/**
 * The difference with each added run that stands, word for word, right before or right after the matched passage
 * in its source quotation counted as the source's own words. Unchanged where the passage lies in no quotation.
 */
export function withMovedWords(difference: QuoteDifference, match: SourceMatch): QuoteDifference {
  const around = aroundPassage(match);
  if (!around) return difference;
  const { quote, from, to, before, after } = around;
  let moved = false;
  const parts = difference.parts.map((part, i) => {
    if (part.kind !== 'added' || part.said !== undefined) return part;
    const words = tokenizeWords(part.text).map((t) => t.word);
    if (reframed(part.text)) {
      moved = true;
      return { kind: 'same' as const, text: part.text };
    }
    if (words.length < MIN_MOVED_WORDS) return part;
    const same = (edge: typeof before) => edge.length === words.length && edge.every((t, i) => t.word === words[i]);
    const justBefore = before.slice(-words.length);
    const justAfter = after.slice(0, words.length);
    const movedBack = same(justBefore) && !SENTENCE_END.test(quote.text.slice(justBefore[0].start, from));
    const movedForward = same(justAfter) && !SENTENCE_END.test(quote.text.slice(to, to + justAfter[justAfter.length - 1].end));
    if (!movedBack && !movedForward && !putOtherwise(i)) return part;
    moved = true;
    return { kind: 'same' as const, text: part.text };
  });
  return moved ? { ...difference, parts } : difference;

  /**
   * Whether an added run only frames the words as heard or said (`to hear me`) where the source frames them so just
   * outside the passage, in the same sentence (`I want to say [this to the regime …]`): see addressWords.ts.
   */
  function reframed(text: string): boolean {
    if (!onlyFrames(text)) return false;
    const lead = before.slice(-MAX_EXCHANGED_WORDS).filter((t) => !SENTENCE_END.test(quote.text.slice(t.end, from)));
    const trail = after.slice(0, MAX_EXCHANGED_WORDS).filter((t) => !SENTENCE_END.test(quote.text.slice(to, t.start)));
    return holdsAddressing([...lead, ...trail].map((t) => t.word));
  }

  /**
   * Whether the added run at `i`, the passage's first (last) change and a few shared words from its start (end),
   * gives the words just before (after) the passage in their sentence otherwise (`We told management three times
   * this year` / `Three times this year we warned the bosses`, the passage from `three times`).
   */
  function putOtherwise(i: number): boolean {
    const text = difference.parts[i].text;
    if (tokenizeWords(text).length > MAX_EXCHANGED_WORDS) return false;
    const sameRun = (ps: readonly WordChange[]) => ps.every((p) => p.kind === 'same') && ps.reduce((n, p) => n + tokenizeWords(p.text).length, 0) <= MAX_EXCHANGE_GAP;
    if (sameRun(difference.parts.slice(0, i))) {
      const lead = before.slice(-MAX_EXCHANGED_WORDS);
      const inSentence = lead.filter((t) => !SENTENCE_END.test(quote.text.slice(t.end, from)));
      if (inSentence.length && sharesWord(inSentence.map((t) => t.word).join(' '), text)) return true;
    }
    if (sameRun(difference.parts.slice(i + 1))) {
      const trail = after.slice(0, MAX_EXCHANGED_WORDS);
      const inSentence = trail.filter((t) => !SENTENCE_END.test(quote.text.slice(to, t.start)));
      if (inSentence.length && sharesWord(inSentence.map((t) => t.word).join(' '), text)) return true;
    }
    return false;
  }
}

/**
 * The changed runs (their indices) whose every content word the diff shows on the other side a few words away: a
 * word a translation puts elsewhere in its sentence (`its request for quick approval` / `its quick formal
 * request`), or says once more where the source says it once (`Avrenka and Tolvik [provinces]` / `Avrenka province
 * and Tolvik province`). The speaker said that word; a word neither side's other runs hold is added or dropped.
 */
export function movedRuns(parts: readonly WordChange[]): Set<number> {
  const moved = new Set<number>();
  const words = (text: string) => tokenizeWords(text).map((t) => t.word);
  const content = (text: string) => words(text).filter((w) => !FUNCTION_WORDS.has(w) && /\p{L}/u.test(w));
  const alike = (a: string, b: string) => a === b || a === `${b}s` || b === `${a}s` || a === `${b}es` || b === `${a}es`;
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].kind === 'same') continue;
    const own = content(parts[i].said ?? parts[i].text);
    if (own.length === 0 || words(parts[i].text).length > MAX_EXCHANGED_WORDS) continue;
    // The other side's runs within a few words either way, the runs between counted in.
    for (const step of [-1, 1]) {
      let between = 0;
      for (let j = i + step; j >= 0 && j < parts.length && between <= MAX_EXCHANGE_GAP; j += step) {
        const other = parts[j];
        if (other.kind !== 'same' && other.kind !== parts[i].kind && own.every((w) => words(other.text).some((x) => alike(w, x)))) moved.add(i);
        between += words(other.text).length;
      }
    }
  }
  return moved;
}
