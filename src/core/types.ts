// The engine's small shared types. No `vscode` import anywhere under src/core.
// Offsets are UTF-16 code-unit offsets into the text they belong to, [start, end).
// Lines and columns are 0-based inside the engine; the CLI adds 1 when it prints them.
import type { QuoteDifference } from './draft/quoteDiff';
import type { EditableLineStarts } from './text/editableLineStarts';

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/** Where a text's lines begin: an array for a text read once (a source), kept through edits for a draft. */
export type LineStarts = readonly number[] | EditableLineStarts;

/** One source article as read from disk, before analysis. */
export interface SourceArticle {
  /** File name without extension, e.g. `000_2a924b54361fdf08`. Unique within a corpus. */
  readonly id: string;
  /** Where it was read from (a file path or a URI string, whatever the file system gave). */
  readonly path: string;
  readonly text: string;
  /** Headline or first sentence. */
  readonly title: string;
  /** Only where the article itself (or the metadata file) says it. */
  readonly outlet: string | null;
  readonly url: string | null;
  readonly date: string | null;
  /** Things about this article's metadata the engine does not trust, in plain words. */
  readonly doubts: readonly string[];
}

export interface Sentence extends TextSpan {
  readonly paragraph: number;
}

export type SpeakerKind = 'person' | 'organisation' | 'description';

/** A canonical speaker: one key per real person or organisation, whatever spelling the text used. */
export interface Speaker {
  /** Stable lower-case key, e.g. `vladimir putin`. */
  readonly key: string;
  /** Display name, e.g. `Vladimir Putin`. */
  readonly name: string;
  readonly kind: SpeakerKind;
  /** For words said jointly (`Burton and Nick`): the keys of each speaker. */
  readonly members?: readonly string[];
}

/** A quotation found in a text: the marks and the words between them. */
export interface QuoteSpan extends TextSpan {
  /** Offsets of the words between the marks. */
  readonly textStart: number;
  readonly textEnd: number;
  /** The words between the marks, verbatim. */
  readonly text: string;
  /** True when no closing mark was found and the quote was closed at the end of its paragraph. */
  readonly unclosed: boolean;
}

export type AttributionMethod =
  | 'after' // "...," Putin said
  | 'before' // Putin said: "..."
  | 'partial' // Putin said Moscow would use "all available means"
  | 'according-to' // according to Peskov, ... "..."
  | 'dash' // 'are our citizens' - Putin
  | 'continuation' // "..." he said. "..."
  | 'label' // Reyes: "...", - **Reyes**: "...", ## Reyes: ...
  | 'transcript' // REYES: We will go on. (a transcript's labelled turn, in no quotation marks: a rendering of speech)
  | 'subject' // Cruz blamed the law on "knuckleheaded politicians": the subject of the quote's clause, no speech verb
  // The award went to Ana Kral. "...," she said: a pronoun given a person named outside a subject, a last resort that
  // is wrong about one time in four on real news. Shown, but never evidence that a writer misattributed a quote.
  | 'pronoun-guess'
  | 'none';

export interface AttributedQuote extends QuoteSpan {
  readonly sentence: number;
  /** Null for scare quotes, quoted names and titles, and quotes nobody is said to have said. */
  readonly speaker: Speaker | null;
  /** The words in the text that name the speaker (`he`, `the Russian president`, `Putin`). */
  readonly mention: (TextSpan & { readonly text: string }) | null;
  readonly method: AttributionMethod;
  /** True for a quoted term, name or title (scare quotes): words used, not words said. */
  readonly isTerm: boolean;
}

export interface AnalyzedText {
  readonly text: string;
  /** An array for a source; a draft's are kept through its edits (read them with positionAt). */
  readonly lineStarts: LineStarts;
  readonly paragraphs: readonly TextSpan[];
  readonly sentences: readonly Sentence[];
  readonly quotes: readonly AttributedQuote[];
}

export interface AnalyzedArticle extends SourceArticle, AnalyzedText {}

export interface SourceLocation extends TextSpan, LineColumn {
  readonly sourceId: string;
}

export interface PassageMatch {
  readonly kind: 'quote' | 'sentence';
  readonly location: SourceLocation;
  /** The passage's exact text. */
  readonly text: string;
  /** The sentence around it (equal to `text` for a sentence). */
  readonly context: TextSpan;
  readonly speaker: Speaker | null;
  /** 0 to 1: the share of the query's words the passage holds (nudged by how well its article matches). */
  readonly score: number;
}

export interface QuoteCompletion {
  /** Exact wording between the marks in the source. */
  readonly quote: string;
  readonly speaker: Speaker | null;
  readonly location: SourceLocation;
  /** The source sentence the quote stands in. */
  readonly context: string;
  readonly score: number;
}

export type FindingCode = 'misattributed-quote' | 'distorted-quote' | 'altered-quote' | 'unsourced-quote' | 'variant-quote';
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type QuoteVerdict =
  | 'matches' // found in the sources, attributed as the sources do (or the draft names nobody)
  | 'misattributed'
  | 'altered'
  | 'variant' // close to a source quote of the same speaker, content words put otherwise: another translation or version
  | 'unquoted' // the words stand in the sources, but only in a reporter's narration: a paraphrase made direct speech
  | 'unsourced'
  | 'term'; // a quoted term or title; nothing to check

/** Where a draft quote was found in the sources. */
export interface SourceMatch {
  readonly location: SourceLocation;
  /** The source's exact wording of the matched passage. */
  readonly sourceText: string;
  /** The source quote the passage lies in, when it lies in one (the first, for fragments joined from several). */
  readonly sourceQuote: AttributedQuote | null;
  /**
   * For a shortened quote whose fragments stand in several quotations of one speaker, with the reporter's words
   * between them: those quotations, in order (see joinedQuotations.ts).
   */
  readonly joinedQuotes?: readonly AttributedQuote[];
  readonly speaker: Speaker | null;
  /** The speaker's name as this source writes it (`Volodymyr Zelensky`), for putting it into the draft. */
  readonly speakerSpelling: string | null;
  /** The sentence around it in the source. */
  readonly context: TextSpan;
  /** That sentence's text, where the index has it at hand (a story and its update carry a quote in the same one). */
  readonly contextText?: string;
  /** 1 for an exact match (after typographic normalisation); lower for close ones. */
  readonly similarity: number;
}

export interface DraftQuoteReport extends QuoteSpan {
  readonly claimedSpeaker: Speaker | null;
  /** The draft's words naming the speaker, for the quick fix that replaces them. */
  readonly claimedMention: (TextSpan & { readonly text: string }) | null;
  readonly verdict: QuoteVerdict;
  readonly match: SourceMatch | null;
  /** Other sources that carry the same words. */
  readonly alsoIn: readonly SourceLocation[];
  /** True when the draft leaves words out (`...`, `…`) and the fragments stand in the source in order. */
  readonly shortened: boolean;
  /**
   * What differs from the source's wording, word by word (for an altered, variant or shortened quote, or a
   * misattributed one worded otherwise); null when the words are the source's.
   */
  readonly difference: QuoteDifference | null;
  /** Set (true) on a misattributed quote whose words the draft's speaker only recalls as another's, inside their own source quote. */
  readonly recalled?: boolean;
}

export interface Finding extends TextSpan {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly message: string;
  /** The quoted words in the draft. */
  readonly quote: string;
  readonly claimedSpeaker: string | null;
  readonly sourceSpeaker: string | null;
  readonly source: string | null;
  readonly sourceText: string | null;
  readonly sourceLocation: SourceLocation | null;
  readonly report: DraftQuoteReport;
}

export interface LoadProblem {
  readonly path: string;
  readonly message: string;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {} };
