import type { CorpusIndex } from './corpusIndex';
import type { IgnoreList } from './ignoreList';
import type { AnalyzedText, DraftQuoteReport, Finding, FindingCode, Severity } from './types';

export interface CheckOptions {
  readonly severities?: Partial<Record<FindingCode, Severity>>;
  readonly ignore?: IgnoreList;
  /** Reuse results for paragraphs that did not change since the last check of the same document. */
  readonly cache?: DraftCheckCache;
}

export interface DraftReport {
  readonly analyzed: AnalyzedText;
  /** Every quotation in the draft, with its verdict (`matches` included). */
  readonly quotes: readonly DraftQuoteReport[];
  /** The quotes that deserve a finding, ignored ones left out. */
  readonly findings: readonly Finding[];
}

/** Per-document memo of paragraph results, so a keystroke re-checks only the paragraph it changed. */
export class DraftCheckCache {}

export function checkDraft(_text: string, _index: CorpusIndex, _options: CheckOptions = {}): DraftReport {
  throw new Error('not implemented yet');
}
