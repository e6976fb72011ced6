// A paragraph's sentences and quotes at their place in the draft. A paragraph read on its own has offsets from its
// own start; placed, they read as the draft's: each offset and index is its own within the paragraph plus where the
// paragraph (its block) stands, looked up when read. When text before it changes, nothing of it is visited: the
// block's place moves (blockPlaces.ts), and its sentences and quotes with it.
import type { PreparedText } from '../text/prepareText';
import type { Attribution } from '../attribution/attributeSpeaker';
import type { AttributedQuote, AttributionMethod, QuoteSpan, Sentence, Speaker, TextSpan } from '../types';
import type { Block } from './blockPlaces';
import { trimmed } from '../text/trimmedArrays';

/** Where later steps keep what they work out about a quote (where its words stand, its verdict): one object per quote, the same as long as its paragraph and its speaker are. */
export type QuoteMemo = Record<string, unknown>;

/** Who a paragraph's quotes are attributed to, and the memo of each. */
interface Attributed {
  readonly attributions: readonly Attribution[];
  readonly memos: readonly QuoteMemo[];
}

/** A paragraph's sentences and quotes at their place in the draft, kept while its window (`W`) stays. */
export interface Placed<W extends Attributed> {
  readonly window: W | null;
  readonly sentences: readonly Sentence[];
  readonly quotes: readonly AttributedQuote[];
  readonly memos: readonly QuoteMemo[];
}

/** A span of a block's text, its offsets relative to the block's start, read as the draft's when asked. */
class BlockRelativeSpan implements TextSpan {
  readonly #block: Block;
  readonly #local: TextSpan;
  constructor(block: Block, local: TextSpan) {
    this.#block = block;
    this.#local = local;
  }
  get start(): number {
    return this.#block.at + this.#local.start;
  }
  get end(): number {
    return this.#block.at + this.#local.end;
  }
  protected get block(): Block {
    return this.#block;
  }
  toJSON(): object {
    return { start: this.start, end: this.end };
  }
}

/** The span of a block itself (`length` characters from its start). */
export class BlockSpan extends BlockRelativeSpan {
  constructor(block: Block, length: number) {
    super(block, { start: 0, end: length });
  }
}

/** The words naming a quote's speaker (they may lie before the quote, in the same block). */
class PlacedMention extends BlockRelativeSpan {
  readonly text: string;
  constructor(block: Block, local: TextSpan & { readonly text: string }) {
    super(block, local);
    this.text = local.text;
  }
  override toJSON(): object {
    return { start: this.start, end: this.end, text: this.text };
  }
}

class PlacedSentence extends BlockRelativeSpan implements Sentence {
  get paragraph(): number {
    return this.block.index;
  }
  override toJSON(): object {
    return { start: this.start, end: this.end, paragraph: this.paragraph };
  }
}

class PlacedQuote implements AttributedQuote {
  readonly #block: Block;
  readonly #local: QuoteSpan;
  /** Its sentence's index within the paragraph. */
  readonly #sentence: number;
  readonly text: string;
  readonly unclosed: boolean;
  readonly speaker: Speaker | null;
  readonly mention: PlacedMention | null;
  readonly method: AttributionMethod;
  readonly isTerm: boolean;
  constructor(block: Block, local: QuoteSpan, sentence: number, attribution: Attribution | undefined) {
    this.#block = block;
    this.#local = local;
    this.#sentence = sentence;
    this.text = local.text;
    this.unclosed = local.unclosed;
    this.speaker = attribution?.speaker ?? null;
    this.mention = attribution?.mention ? new PlacedMention(block, attribution.mention) : null;
    this.method = attribution?.method ?? 'none';
    this.isTerm = attribution?.isTerm ?? false;
  }
  get start(): number {
    return this.#block.at + this.#local.start;
  }
  get end(): number {
    return this.#block.at + this.#local.end;
  }
  get textStart(): number {
    return this.#block.at + this.#local.textStart;
  }
  get textEnd(): number {
    return this.#block.at + this.#local.textEnd;
  }
  get sentence(): number {
    return this.#block.sentenceBase + this.#sentence;
  }
  toJSON(): object {
    return { ...this, start: this.start, end: this.end, textStart: this.textStart, textEnd: this.textEnd, sentence: this.sentence };
  }
}

/** The sentences and quotes of the paragraph `own` (read alone) in `block`, its quotes attributed as `window` says. */
export function placeParagraph<W extends Attributed>(own: PreparedText, block: Block, window: W | null): Placed<W> {
  const sentences = own.sentences.map((s) => new PlacedSentence(block, s));
  const quotes: PlacedQuote[] = [];
  let s = 0;
  own.quotes.forEach((quote, k) => {
    while (s + 1 < own.sentences.length && own.sentences[s].end <= quote.start) s++;
    quotes.push(new PlacedQuote(block, quote, s, window?.attributions[k]));
  });
  return { window, sentences, quotes: trimmed(quotes), memos: window?.memos ?? [] };
}
