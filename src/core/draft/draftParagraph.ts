// One paragraph of a draft as analyzeDraft reads it on its own (offsets relative to its start), where it stands,
// and the window of paragraphs its quotes were last attributed in.
import type { NameMention } from '../attribution/findNames';
import type { Attribution } from '../attribution/attributeSpeaker';
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import type { PreparedText } from '../text/prepareText';
import { Block } from './blockPlaces';
import { BlockSpan, type Placed, type QuoteMemo } from './placedParagraph';

/** Who a paragraph's quotes are attributed to, and what that was read from (kept while those stay the same objects). */
export interface Window {
  readonly registry: SpeakerRegistry;
  /** Read from its own paragraph alone, which named every speaker: what comes before does not matter. */
  readonly alone: boolean;
  /** Whether its quotes wanted the paragraphs before it (a pronoun, a continued quote), and those read, in order. */
  readonly wantsEarlier: boolean;
  readonly before: readonly Paragraph[];
  /** Whether a paragraph of quotation wanted those after it (a signature, `- Reyes.`), and those read, in order. */
  readonly wantsLater: boolean;
  readonly after: readonly Paragraph[];
  /** Where each paragraph of the window starts, relative to the window's start (before, this one, after). */
  readonly offsets: readonly number[];
  readonly attributions: readonly Attribution[];
  /** One memo per quote, the same while this attribution stands. */
  readonly memos: readonly QuoteMemo[];
}

/** One paragraph as read on its own (offsets relative to its start), where it stands (a block), and what was last made of it. */
export class Paragraph extends Block {
  window: Window | null = null;
  placed: Placed<Window> | null = null;
  /** Its quotes' and sentences' counts, on the paragraph itself: the loops over paragraphs read no more than they must. */
  readonly quoteCount: number;
  readonly sentenceCount: number;
  /** Its span in the draft, read through its place. */
  readonly span: BlockSpan;
  constructor(
    /** Its length in characters. */
    readonly length: number,
    readonly prepared: PreparedText,
    /** The paragraph with its markup masked (before its leads are), for reading it again in another context. */
    readonly markup: string,
    readonly names: readonly NameMention[],
    /** Read as the continuation of a quotation the paragraph before left open. */
    readonly continued: boolean,
    /** Its last quotation is still open at its end. */
    readonly leavesOpen: boolean,
  ) {
    super();
    this.quoteCount = prepared.quotes.length;
    this.sentenceCount = prepared.sentences.length;
    this.span = new BlockSpan(this, length);
  }

  private key: string | null = null;
  /** The names as a string ('' for none), for telling when the draft's people changed: made when first compared. */
  get namesKey(): string {
    return (this.key ??= this.names.length ? JSON.stringify(this.names) : '');
  }
}

/** Whether two runs of paragraphs name the same people in the same order (the paragraphs that name none left out). */
export function sameNames(a: readonly Paragraph[], b: readonly Paragraph[]): boolean {
  const named = (list: readonly Paragraph[]) => list.filter((p) => p.names.length > 0);
  const x = named(a);
  const y = named(b);
  // Counted first: a draft read whole (a check without a cache) against nothing before makes no key.
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i].namesKey !== y[i].namesKey) return false;
  return true;
}
