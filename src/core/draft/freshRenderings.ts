// One translation of a remark against another: `We don't pay attention to those whose time to take pills has come …
// only moving forward` / `We pay no attention to those whose time has come to take their pills … only forward`. A
// translator orders the sentence anew and leaves out a word of little weight on the way (`moving`); a writer who
// trims a quotation keeps its order. Where the draft's wording puts a run of the source's words elsewhere (a run it
// drops and a run it adds with the same words), it is a rendering of its own, and one content word it lacks besides
// is that rendering's (judged in quoteEvidence.ts: one word, in one run, and nothing else unexplained). A word it
// adds stays an alteration, even so: it puts words in the speaker's mouth. A change of meaning (a negation, a number,
// a name, a hedge) is told before this and stays a distortion.
import { tokenizeWords } from '../text/normalizeText';
import type { WordChange } from './quoteDiff';

/** A run moved this long shows a sentence ordered anew; one word moved could be any word used twice. */
const MIN_REORDERED_WORDS = 2;

/** Whether `run`, the one changed run with content words left unexplained, is a single word a rendering ordered anew drops. */
export function droppedInRendering(run: WordChange, parts: readonly WordChange[]): boolean {
  const content = tokenizeWords(run.said ?? run.text).filter((t) => /\p{L}/u.test(t.word));
  return run.kind === 'removed' && content.length === 1 && renderedAfresh(parts);
}

/** Whether the diff drops a run of two or more words and adds the same words elsewhere: the sentence ordered anew. */
function renderedAfresh(parts: readonly WordChange[]): boolean {
  const runs = (kind: WordChange['kind']) =>
    parts.filter((p) => p.kind === kind).map((p) => tokenizeWords(p.said ?? p.text).map((t) => t.word)).filter((ws) => ws.length >= MIN_REORDERED_WORDS).map((ws) => ws.join(' '));
  const dropped = new Set(runs('removed'));
  return runs('added').some((run) => dropped.has(run));
}
