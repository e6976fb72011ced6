// The text around one draft quote, in the draft and in a source around a match, as judgeQuote.ts asks for it: one
// object a quote with methods, not an object of six closures made for every quote judged (a check of a 10,000-word
// draft judges hundreds).
import type { AnalyzedText, AttributedQuote, SourceMatch } from '../types';
import type { Surroundings } from './speakerEvidence';
import { paragraphAround } from './correctionNotes';
import { textBefore } from './readOut';
import { otherPieceOf, type OtherPiece } from './splitQuotes';

/** A colon and spaces on the quote's line, right before its opening mark (the mark at the end of the slice). */
const COLON_BEFORE = /:[ \t]*$/;
/** How far before a quote the words after its speaker's name are read for `was told` (see heardWords.ts). */
const HEARER_REACH = 120;

export class DraftSurroundings implements Surroundings {
  private draftAround: string | undefined = undefined;

  constructor(
    private readonly analyzed: AnalyzedText,
    /** The quote's place in `analyzed.quotes`. */
    private readonly i: number,
    private readonly quote: AttributedQuote,
    private readonly sourceText: (sourceId: string) => string | undefined,
  ) {}

  /** Asked of each source speaker the quote's words stand with: read once. */
  draft(): string {
    const { analyzed, quote } = this;
    return (this.draftAround ??= textBefore(analyzed.text, quote.start, Math.max(quote.end, analyzed.sentences[quote.sentence]?.end ?? quote.end)));
  }

  source(m: SourceMatch): string {
    const text = this.sourceText(m.location.sourceId);
    return text === undefined ? '' : textBefore(text, m.context.start, Math.max(m.context.end, m.location.end));
  }

  afterColon(): boolean {
    const start = this.quote.start;
    return COLON_BEFORE.test(this.analyzed.text.slice(Math.max(0, start - 4), start));
  }

  otherPiece(): OtherPiece | null {
    return otherPieceOf(this.analyzed.quotes, this.i);
  }

  sourceParagraph(m: SourceMatch): string {
    const text = this.sourceText(m.location.sourceId);
    return text === undefined ? '' : paragraphAround(text, m.location.start, m.location.end);
  }

  afterMention(): string {
    const quote = this.quote;
    return quote.mention && quote.mention.end <= quote.start ? this.analyzed.text.slice(Math.max(quote.mention.end, quote.start - HEARER_REACH), quote.start) : '';
  }
}
