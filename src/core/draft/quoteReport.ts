// A quote's report and its finding, which stand where their quote stands: their offsets are read from the quote
// when asked. A quote that an edit only moved (its paragraph comes after the edit) is moved in place by the
// analysis, and its report and finding move with it: a re-check does not visit the reports after the edit.
import type { AttributedQuote, DraftQuoteReport, Finding, SourceLocation, SourceMatch, Speaker } from '../types';
import type { QuoteDifference } from './quoteDiff';

/** What a quote's check finds, apart from where the quote stands in the draft. */
export type Judgement = Pick<DraftQuoteReport, 'verdict' | 'match' | 'alsoIn' | 'shortened' | 'difference' | 'recalled'>;

/** The offsets of a span, as plain numbers (for JSON: the offsets are read through the prototype). */
function spanOf(span: { readonly start: number; readonly end: number; readonly textStart?: number; readonly textEnd?: number }) {
  return span.textStart === undefined ? { start: span.start, end: span.end } : { start: span.start, end: span.end, textStart: span.textStart, textEnd: span.textEnd };
}

export class QuoteReport implements DraftQuoteReport {
  readonly #quote: AttributedQuote;
  readonly text: string;
  readonly unclosed: boolean;
  readonly claimedSpeaker: Speaker | null;
  readonly claimedMention: AttributedQuote['mention'];
  readonly verdict: DraftQuoteReport['verdict'];
  readonly match: SourceMatch | null;
  readonly alsoIn: readonly SourceLocation[];
  readonly shortened: boolean;
  readonly difference: QuoteDifference | null;
  // Only set where true: most reports (and their JSON) carry no such field.
  declare readonly recalled?: boolean;

  constructor(quote: AttributedQuote, { verdict, match, alsoIn, shortened, difference, recalled }: Judgement) {
    this.#quote = quote;
    this.text = quote.text;
    this.unclosed = quote.unclosed;
    this.claimedSpeaker = quote.speaker;
    // The quote's own object: the analysis moves it with the quote.
    this.claimedMention = quote.mention;
    this.verdict = verdict;
    this.match = match;
    this.alsoIn = alsoIn;
    this.shortened = shortened;
    this.difference = difference;
    if (recalled) (this as { recalled?: boolean }).recalled = true;
  }

  get start(): number {
    return this.#quote.start;
  }
  get end(): number {
    return this.#quote.end;
  }
  get textStart(): number {
    return this.#quote.textStart;
  }
  get textEnd(): number {
    return this.#quote.textEnd;
  }

  toJSON(): object {
    return { ...this, ...spanOf(this) };
  }
}

/** The fields of a finding apart from where it stands (its report's place). */
export type FindingFields = Omit<Finding, 'start' | 'end'>;

// A finding's fields are the ones given, as they are (this interface merges them into the class), and its place is
// its report's.
export interface QuoteFinding extends FindingFields {}

export class QuoteFinding implements Finding {
  constructor(fields: FindingFields) {
    Object.assign(this, fields);
  }

  get start(): number {
    return this.report.start;
  }
  get end(): number {
    return this.report.end;
  }

  toJSON(): object {
    return { ...this, ...spanOf(this) };
  }
}
