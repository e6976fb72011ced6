// A paragraph's sentences and quotes at their place in the draft. A paragraph read on its own has offsets from its
// own start; placed, they are the draft's. When text before it changes, its placed sentences and quotes are moved in
// place (a few numbers each), so a keystroke makes no new object for the paragraphs after it.
import type { PreparedText } from '../text/prepareText';
import type { Attribution } from '../attribution/attributeSpeaker';
import type { AttributedQuote, Sentence } from '../types';
import { shift } from './joinedParagraphs';

/** Where later steps keep what they work out about a quote (where its words stand, its verdict): one object per quote, the same as long as its paragraph and its speaker are. */
export type QuoteMemo = Record<string, unknown>;

/** What an analysis moves in place when its paragraph moves (the reports built on them too; see CheckOptions.cache). */
export type Movable<T> = { -readonly [K in keyof T]: T[K] };
type MovableQuote = Movable<Omit<AttributedQuote, 'mention'>> & { mention: Movable<NonNullable<AttributedQuote['mention']>> | null };

/** Who a paragraph's quotes are attributed to, and the memo of each. */
interface Attributed {
  readonly attributions: readonly Attribution[];
  readonly memos: readonly QuoteMemo[];
}

/** A paragraph's sentences and quotes at their place in the draft, kept while its window (`W`) stays. */
export interface Placed<W extends Attributed> {
  at: number;
  index: number;
  sentenceBase: number;
  quoteBase: number;
  readonly window: W | null;
  readonly sentences: readonly Movable<Sentence>[];
  readonly quotes: readonly MovableQuote[];
  readonly memos: readonly QuoteMemo[];
}

/** Paragraph `index`'s sentences and quotes (`own`, read alone) at offset `at`, its quotes attributed as `window` says. */
export function placeParagraph<W extends Attributed>(own: PreparedText, index: number, at: number, sentenceBase: number, quoteBase: number, window: W | null): Placed<W> {
  const sentences = own.sentences.map((s) => ({ start: s.start + at, end: s.end + at, paragraph: index }));
  const quotes: MovableQuote[] = [];
  let s = 0;
  own.quotes.forEach((quote, k) => {
    const a = window?.attributions[k];
    while (s + 1 < own.sentences.length && own.sentences[s].end <= quote.start) s++;
    quotes.push({
      start: quote.start + at,
      end: quote.end + at,
      textStart: quote.textStart + at,
      textEnd: quote.textEnd + at,
      text: quote.text,
      unclosed: quote.unclosed,
      sentence: sentenceBase + s,
      speaker: a?.speaker ?? null,
      mention: a?.mention ? shift(a.mention, at) : null,
      method: a?.method ?? 'none',
      isTerm: a?.isTerm ?? false,
    });
  });
  return { at, index, sentenceBase, quoteBase, window, sentences, quotes, memos: window?.memos ?? [] };
}

/** The same paragraph moved to offset `at`, index `index`, after `sentenceBase` sentences and `quoteBase` quotes. */
export function movePlaced(placed: Placed<Attributed>, at: number, index: number, sentenceBase: number, quoteBase: number): void {
  const by = at - placed.at;
  const bySentences = sentenceBase - placed.sentenceBase;
  for (const s of placed.sentences) {
    s.start += by;
    s.end += by;
    s.paragraph = index;
  }
  for (const q of placed.quotes) {
    q.start += by;
    q.end += by;
    q.textStart += by;
    q.textEnd += by;
    q.sentence += bySentences;
    if (q.mention) {
      q.mention.start += by;
      q.mention.end += by;
    }
  }
  placed.at = at;
  placed.index = index;
  placed.sentenceBase = sentenceBase;
  placed.quoteBase = quoteBase;
}
