// A draft analysed paragraph by paragraph, so that after a keystroke only the paragraphs around the edit (and the
// quotes whose context they are) are read again. The edit is found by comparing the new text with the last one
// (textEdit.ts, a block compare of the two texts), and apart from that compare the work is the changed paragraph
// plus a bounded look-back and look-ahead, whatever the document's length: paragraphs after the edit are not visited
// (their offsets are resolved when read, placedParagraph.ts), and no text is hashed or copied into a key. What crosses paragraphs is bounded: a paragraph is read knowing only
// whether the one before left a quotation open; names are learnt from the whole draft (kept per paragraph, and
// registered again only when a paragraph's names changed); a quote's speaker depends on its paragraph and the two
// before it (the reach of pronouns and continued quotes), so a quote is attributed within that window of text.
import { findNames, registerNames } from '../attribution/findNames';
import { prepareText } from '../text/prepareText';
import { attributeQuotes, attributeQuotesInContext } from '../attribution/attributeSpeaker';
import { SIGNED_PARAGRAPHS } from '../attribution/signedParagraphs';
import { maskMarkup, type TextFormat } from '../text/maskMarkup';
import { findParagraphs, paragraphModeOf, type ParagraphMode } from '../text/segmentText';
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import { joinPrepared, maskedWindow, shift } from './joinedParagraphs';
import { replaceRange } from './replaceRange';
import { placeParagraph, type QuoteMemo } from './placedParagraph';
import { BlockPlaces } from './blockPlaces';
import { markUnmarkedTurn } from './unmarkedTurns';
import { maskThreadCounter } from './threadCounters';
import { markPullQuoteCredits } from './pullQuoteCredits';
import { holdsWideCharacters, paragraphCopy } from './paragraphCopy';
import { Paragraph, sameNames, type Window } from './draftParagraph';
import { blankLineAfter, blankLineBefore, changeBetween, trustedChange, unionOfChanges, type TextChange } from './textEdit';
import { firstAtLeast } from '../text/sortedNumbers';
import { trimmed } from '../text/trimmedArrays';
import { EditableLineStarts } from '../text/editableLineStarts';
import type { AnalyzedText, AttributedQuote, Sentence, TextSpan } from '../types';

export type { QuoteMemo } from './placedParagraph';

/** A window of its paragraph alone: no paragraphs around it, starting where it starts (shared, never changed). */
const NO_PARAGRAPHS: readonly Paragraph[] = Object.freeze([]);
const AT_START: readonly number[] = Object.freeze([0]);

/** How many paragraphs before a quote's own can name its speaker (pronouns, descriptions, continued quotes): the reach of attributeSpeaker's look-back. */
const CONTEXT_PARAGRAPHS = 2;

/**
 * Markdown whose masking reaches past a blank line: code fences, HTML comments, front matter (or a piece that
 * would be taken for it). In a draft without any, every paragraph is masked the same on its own as in the whole.
 */
const FAR_REACHING_MARKUP = /```|~~~|<!--|-->|^---/;

/** The quotes an analysis replaced: `[from, newEnd)` of the new ones stand for `[from, oldEnd)` of the old. */
export interface QuoteChange {
  readonly from: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** The last analysis of the document, what the next one starts from. */
interface DraftState {
  readonly text: string;
  /** The whole masked text where far-reaching markup made it necessary; otherwise each paragraph keeps its own. */
  readonly masked: string | null;
  readonly mode: ParagraphMode | null;
  readonly farMarkup: boolean;
  /**
   * Whether the text may hold a character beyond Latin-1 (see paragraphCopy.ts): learnt from the text an edit
   * changed, so that a keystroke does not search the whole draft; once true, true while this analysis is built on.
   */
  readonly wide: boolean;
  // The arrays are changed in place by the next analysis; the spans, sentences and quotes in them read their places
  // through their paragraph's block in `places`.
  readonly spans: TextSpan[];
  readonly places: BlockPlaces;
  readonly paragraphs: Paragraph[];
  readonly lineStarts: EditableLineStarts;
  readonly registry: SpeakerRegistry | null;
  readonly sentences: Sentence[];
  readonly quotes: AttributedQuote[];
  /** One per quote. */
  readonly memos: QuoteMemo[];
}

function nothingRead(): DraftState {
  return { text: '', masked: null, mode: null, farMarkup: false, wide: false, spans: [], places: new BlockPlaces(0), paragraphs: [], lineStarts: new EditableLineStarts(), registry: null, sentences: [], quotes: [], memos: [] };
}

/** Remembers the last analysis of one document, for reading only what an edit changed. */
export class DraftAnalysisCache {
  /** @internal */ state: DraftState = nothingRead();
  private corpus: SpeakerRegistry | null = null;
  private format: TextFormat | null = null;
  /**
   * What the last analysis had to read anew (paragraphs segmented, windows attributed), how many paragraphs it
   * visited to place their sentences and quotes, how many of its first quotes are those of the analysis before,
   * unmoved, and how many of its last are those of the analysis before, moved with their paragraphs.
   */
  readonly lastRun = { paragraphsRead: 0, windowsAttributed: 0, paragraphsPlaced: 0, unchangedQuotes: 0, movedQuotes: 0 };

  /** The last analysis, unless it was of another corpus or format. */
  /** @internal */ startFor(corpus: SpeakerRegistry, format: TextFormat): DraftState {
    if (corpus !== this.corpus || format !== this.format) {
      this.corpus = corpus;
      this.format = format;
      this.state = nothingRead();
    }
    return this.state;
  }

  /** The memos of the quotes of `analyzed` (in order), when it is this cache's last analysis. */
  memosOf(analyzed: AnalyzedText): readonly QuoteMemo[] | null {
    return analyzed === this.analyzed ? this.state.memos : null;
  }

  /**
   * Which quotes of `analyzed` are not those of analysis `generation` (the one just before it, or itself), which had
   * `count` quotes: its `[from, newEnd)` replace that one's `[from, oldEnd)`, and the quotes before and after are the
   * same objects (those after moved in place). Null when `analyzed` is not this cache's last analysis, or `generation`
   * is too old to tell.
   */
  changedSince(analyzed: AnalyzedText, generation: number, count: number): QuoteChange | null {
    if (analyzed !== this.analyzed) return null;
    const now = this.state.quotes.length;
    if (generation === this.generation) return count === now ? { from: now, oldEnd: now, newEnd: now } : null;
    const { unchangedQuotes: from, movedQuotes: moved } = this.lastRun;
    if (generation !== this.generation - 1 || from + moved > count) return null;
    return { from, oldEnd: count - moved, newEnd: now - moved };
  }

  /** How many analyses this cache has made: an analysis is compared with the one just before it. */
  generation = 0;
  private analyzed: AnalyzedText | null = null;

  /** @internal */ remember(state: DraftState, analyzed: AnalyzedText): void {
    this.state = state;
    this.analyzed = analyzed;
    this.generation++;
  }

  /** Forgets the last analysis: the next reads everything. */
  clear(): void {
    this.state = nothingRead();
  }
}

/** The edit widened to whole blank-line-separated blocks: reading starts afresh there, so the blocks are read alone. */
function blocksAround(before: string, change: TextChange): TextChange {
  if (change.start === change.oldEnd && change.oldEnd === change.newEnd) return change;
  const oldEnd = blankLineAfter(before, change.oldEnd);
  return { start: blankLineBefore(before, change.start), oldEnd, newEnd: oldEnd + change.newEnd - change.oldEnd };
}

/**
 * Analyses a draft on top of the corpus's people: its paragraphs, sentences and quotations, and who the
 * draft says said each. What the edit since the last analysis (in `cache`) did not touch is kept.
 */
export function analyzeDraft(text: string, format: TextFormat, corpusRegistry: SpeakerRegistry, cache: DraftAnalysisCache, edit?: TextChange): AnalyzedText {
  const before = cache.startFor(corpusRegistry, format);
  // The editor's change when it fits, so that a long draft is not compared whole at every keystroke.
  const edited = trustedChange(before.text, text, edit) ?? changeBetween(before.text, text);
  let region = blocksAround(before.text, edited);
  // The masked text of the changed blocks, and of the whole text when it had to be masked whole.
  let pieceMasked: string;
  let masked: string | null = null;
  if (format === 'plain') {
    // Plain text is read a line a paragraph unless it is hard-wrapped, which only the whole text tells.
    masked = maskMarkup(text, format);
    pieceMasked = masked.slice(region.start, region.newEnd);
  } else if (before.farMarkup || FAR_REACHING_MARKUP.test(text.slice(region.start, region.newEnd))) {
    masked = maskMarkup(text, format);
    // A fence or comment opened or closed hides or shows text far from the edit: read again wherever the masking changed.
    region = blocksAround(before.text, unionOfChanges(edited, changeBetween(before.masked ?? maskMarkup(before.text, format), masked)));
    pieceMasked = masked.slice(region.start, region.newEnd);
  } else {
    // Masking is local to a block here: mask the changed blocks alone.
    pieceMasked = maskMarkup(text.slice(region.start, region.newEnd), format);
  }
  const farMarkup = format === 'markdown' && masked !== null && FAR_REACHING_MARKUP.test(text);
  const mode: ParagraphMode = masked !== null && format === 'plain' ? paragraphModeOf(masked, format) : 'blocks';
  if (before.mode !== null && mode !== before.mode) {
    cache.clear();
    return analyzeDraft(text, format, corpusRegistry, cache);
  }

  let read = 0;
  const wide = before.wide || holdsWideCharacters(text.slice(region.start, region.newEnd));
  /** `masked`: the paragraph with its markup masked, a slice of the masked piece or a kept paragraph's own copy. */
  const readParagraph = (start: number, end: number, masked: string, continued: boolean): Paragraph => {
    read++;
    const slice = text.slice(start, end);
    const own = paragraphCopy(slice, wide);
    // Most paragraphs have no markup: their masked text is their text, and one copy of it serves both.
    const markup = markPullQuoteCredits(markUnmarkedTurn(slice, maskThreadCounter(masked === slice ? own : paragraphCopy(masked, wide)), corpusRegistry), corpusRegistry);
    const prepared = prepareText(own, format, null, markup, mode, continued);
    const names = trimmed(findNames(prepared));
    const last = prepared.quotes[prepared.quotes.length - 1];
    const leavesOpen = last !== undefined && last.unclosed && last.textEnd >= end - start - 1;
    return new Paragraph(end - start, prepared, markup, names, continued, leavesOpen);
  };
  // The paragraphs before the changed blocks stay; those after move by the edit's length (their blocks' places do),
  // and are read again only when the paragraph before them now leaves a quotation open where it did not (or the reverse).
  const paragraphs = before.paragraphs;
  const spans = before.spans;
  const count = paragraphs.length;
  const startOf = (i: number) => paragraphs[i].at;
  const first = firstAtLeast(count, region.start, startOf);
  let after = firstAtLeast(count, region.oldEnd, startOf);
  // How many sentences and quotes the paragraphs before the first one read again have.
  const sentencesBefore = first < count ? paragraphs[first].sentenceBase : before.sentences.length;
  const quotesBefore = first < count ? paragraphs[first].quoteBase : before.quotes.length;
  const delta = region.newEnd - region.oldEnd;
  const readStarts: number[] = [];
  const readParagraphs: Paragraph[] = [];
  let open = first > 0 && paragraphs[first - 1].leavesOpen;
  for (const local of findParagraphs(pieceMasked, mode)) {
    const start = local.start + region.start;
    const p = readParagraph(start, local.end + region.start, pieceMasked.slice(local.start, local.end), open);
    open = p.leavesOpen;
    readStarts.push(start);
    readParagraphs.push(p);
  }
  for (; after < count && paragraphs[after].continued !== open; after++) {
    const kept = paragraphs[after];
    const start = kept.at + delta;
    const again = readParagraph(start, start + kept.length, kept.markup, open);
    open = again.leavesOpen;
    readStarts.push(start);
    readParagraphs.push(again);
  }
  // The draft's people changed when the paragraphs read again name others than those they replace (the rest of the
  // draft is the same paragraphs in the same order).
  const replaced = paragraphs.slice(first, after);
  const namesChanged = !sameNames(replaced, readParagraphs);
  const sum = (list: readonly Paragraph[], of: (p: Paragraph) => number) => list.reduce((n, p) => n + of(p), 0);
  const sentenceDelta = sum(readParagraphs, (p) => p.sentenceCount) - sum(replaced, (p) => p.sentenceCount);
  const quoteDelta = sum(readParagraphs, (p) => p.quoteCount) - sum(replaced, (p) => p.quoteCount);
  let places = before.places;
  if (readParagraphs.length === replaced.length) {
    // As many blocks as before: those after the edit move by what it added, all at once.
    places.shift(after, delta, sentenceDelta, quoteDelta);
    replaceRange(paragraphs, first, replaced.length, readParagraphs);
    let sentenceBase = sentencesBefore;
    let quoteBase = quotesBefore;
    readParagraphs.forEach((p, k) => {
      p.place(places, first + k, readStarts[k], sentenceBase, quoteBase);
      sentenceBase += p.sentenceCount;
      quoteBase += p.quoteCount;
    });
  } else {
    // Blocks added or removed: every block takes its slot anew (one pass over them).
    const startsAfter = paragraphs.slice(after).map((p) => p.at + delta);
    const startsBefore = paragraphs.slice(0, first).map((p) => p.at);
    replaceRange(paragraphs, first, replaced.length, readParagraphs);
    places = new BlockPlaces(paragraphs.length);
    const starts = [...startsBefore, ...readStarts, ...startsAfter];
    let sentenceBase = 0;
    let quoteBase = 0;
    paragraphs.forEach((p, k) => {
      p.place(places, k, starts[k], sentenceBase, quoteBase);
      sentenceBase += p.sentenceCount;
      quoteBase += p.quoteCount;
    });
  }
  replaceRange(spans, first, replaced.length, readParagraphs.map((p) => p.span));

  // The draft's people: the corpus's, plus every name the draft gives, in order (registered again only when they changed).
  let registry = before.registry;
  if (!registry || namesChanged) {
    registry = corpusRegistry.child();
    for (const p of paragraphs) registerNames(p.names, registry, null);
  }
  const draftRegistry = registry;

  let attributed = 0;
  /** The attribution of paragraph `i`'s quotes: kept while its window's paragraphs and the draft's people are the same. */
  const windowOf = (i: number): Window => {
    const p = paragraphs[i];
    const firstInWindow = Math.max(0, i - CONTEXT_PARAGRAPHS);
    const lastInWindow = Math.min(paragraphs.length - 1, i + SIGNED_PARAGRAPHS);
    const kept = p.window;
    if (kept && kept.registry === draftRegistry) {
      if (kept.alone) return kept;
      const start = i - kept.before.length;
      const read = [...kept.before, p, ...kept.after];
      const same = start === (kept.wantsEarlier ? firstInWindow : i) && i + kept.after.length === (kept.wantsLater ? lastInWindow : i);
      if (same && read.every((q, k) => q === paragraphs[start + k]) && kept.offsets.every((o, k) => o === spans[start + k].start - spans[start].start)) return kept;
    }
    attributed++;
    // Attribution may add people (`said Smith`, a description) to the registry it reads. Each window adds them to
    // a registry of its own, so a window's result depends only on its text and the draft's names, and a window
    // kept from the last analysis is exactly what a fresh one would compute.
    const own = p.prepared;
    // Most quotes name their speaker in their own paragraph: read the paragraphs before only when it did not, and
    // those after only for a paragraph of quotation that may be signed there.
    const alone = attributeQuotesInContext(own, draftRegistry.child());
    const start = alone.wantedEarlierText ? firstInWindow : i;
    const last = alone.wantedLaterText ? lastInWindow : i;
    const wants = { wantsEarlier: alone.wantedEarlierText, wantsLater: alone.wantedLaterText };
    let window: Window;
    if (start === i && last === i) {
      window = { registry: draftRegistry, alone: !alone.wantedEarlierText && !alone.wantedLaterText, wantsEarlier: wants.wantsEarlier, wantsLater: wants.wantsLater, before: NO_PARAGRAPHS, after: NO_PARAGRAPHS, offsets: AT_START, attributions: trimmed(alone.attributions), memos: own.quotes.map(() => ({})) };
    } else {
      const from = spans[start].start;
      const offsets = spans.slice(start, last + 1).map((s) => s.start - from);
      const pieces = paragraphs.slice(start, last + 1).map((x, k) => ({ prepared: x.prepared, markup: x.markup, at: offsets[k] }));
      const windowText = text.slice(from, spans[last].end);
      const all = attributeQuotes(joinPrepared(pieces, windowText, maskedWindow(windowText, pieces)), draftRegistry.child());
      // Mentions relative to this paragraph, as in the paragraph-alone case (a continued quote's may lie before it,
      // a signature's after it).
      const back = spans[i].start - from;
      const first = paragraphs.slice(start, i).reduce((n, x) => n + x.quoteCount, 0);
      const attributions = all.slice(first, first + own.quotes.length).map((a) => (a.mention ? { ...a, mention: shift(a.mention, -back) } : a));
      window = { registry: draftRegistry, alone: false, wantsEarlier: wants.wantsEarlier, wantsLater: wants.wantsLater, before: paragraphs.slice(start, i), after: paragraphs.slice(i + 1, last + 1), offsets, attributions, memos: own.quotes.map(() => ({})) };
    }
    p.window = window;
    return window;
  };

  // The paragraphs before the first one read again stand where they stood, with the same windows while the draft's
  // people stay: their sentences and quotes are taken as they were, without visiting them. So are those after the
  // last paragraph whose window reaches one read again: they moved with their blocks.
  const kept = draftRegistry === before.registry;
  // A paragraph of quotation before the first one read again is read again too when it looks for its signature there.
  let unchanged = kept ? first : 0;
  for (let j = unchanged - 1; j >= 0 && j >= first - SIGNED_PARAGRAPHS; j--) if (paragraphs[j].window?.wantsLater) unchanged = j;
  const stop = kept ? Math.min(paragraphs.length, first + readParagraphs.length + CONTEXT_PARAGRAPHS) : paragraphs.length;
  const sentenceCount = unchanged === 0 ? 0 : unchanged < first ? paragraphs[unchanged].sentenceBase : sentencesBefore;
  const quoteCount = unchanged === 0 ? 0 : unchanged < first ? paragraphs[unchanged].quoteBase : quotesBefore;
  // The entries of the paragraphs between.
  const sentences: Sentence[] = [];
  const quotes: AttributedQuote[] = [];
  const memos: QuoteMemo[] = [];
  for (let i = unchanged; i < stop; i++) {
    const p = paragraphs[i];
    const window = p.quoteCount ? windowOf(i) : null;
    let placed = p.placed;
    if (!placed || placed.window !== window) placed = p.placed = placeParagraph(p.prepared, p, window);
    for (const sentence of placed.sentences) sentences.push(sentence);
    for (const quote of placed.quotes) quotes.push(quote);
    for (const memo of placed.memos) memos.push(memo);
  }
  // The paragraphs from `stop` on have the last entries of the last analysis's arrays, which stay where they are.
  const sentencesAfter = before.sentences.length + sentenceDelta - sentenceCount - sentences.length;
  const movedQuotes = before.quotes.length + quoteDelta - quoteCount - quotes.length;
  replaceRange(before.sentences, sentenceCount, before.sentences.length - sentencesAfter - sentenceCount, sentences);
  replaceRange(before.quotes, quoteCount, before.quotes.length - movedQuotes - quoteCount, quotes);
  replaceRange(before.memos, quoteCount, before.memos.length - movedQuotes - quoteCount, memos);

  const lineStarts = before.lineStarts;
  lineStarts.edit(text, edited);
  const analyzed: AnalyzedText = { text, lineStarts, paragraphs: spans, sentences: before.sentences, quotes: before.quotes };
  cache.remember({ text, masked: farMarkup ? masked : null, mode, farMarkup, wide, spans, places, paragraphs, lineStarts, registry: draftRegistry, sentences: before.sentences, quotes: before.quotes, memos: before.memos }, analyzed);
  cache.lastRun.paragraphsRead = read;
  cache.lastRun.windowsAttributed = attributed;
  cache.lastRun.paragraphsPlaced = stop - unchanged;
  cache.lastRun.unchangedQuotes = quoteCount;
  cache.lastRun.movedQuotes = movedQuotes;
  return analyzed;
}
