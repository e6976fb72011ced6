// A checked draft as the output formats read it, and where its findings stand: 1-based lines and columns in
// UTF-16 code units (as editors and SARIF count them) unless a format says otherwise.
import { computeLineStarts, positionAt, type DraftReport, type Finding, type LineColumn } from '../../core';

export interface CheckedDraft {
  /** The path as given on the command line. */
  readonly file: string;
  readonly text: string;
  readonly report: DraftReport;
}

export interface FormatContext {
  readonly version: string;
  /** Where each source that a finding points to was read from (a file path), when known. */
  readonly sourcePaths: ReadonlyMap<string, string>;
  /** The folder paths are made relative to (the repository root in CI). */
  readonly cwd: string;
}

/** 1-based line and column of an offset of a draft. */
export function lineColumn(text: string, lineStarts: readonly number[], offset: number): LineColumn {
  const at = positionAt(lineStarts, Math.min(offset, text.length));
  return { line: at.line + 1, column: at.column + 1 };
}

/**
 * Where each line of a draft begins, found once per draft: every finding's position is read from them, and finding
 * them again for each finding had made a 32,000-line draft with 16,000 findings take 17 s to print instead of 1.
 */
const draftLineStarts = new WeakMap<CheckedDraft, readonly number[]>();

export function lineStartsOf(draft: CheckedDraft): readonly number[] {
  let starts = draftLineStarts.get(draft);
  if (!starts) draftLineStarts.set(draft, (starts = computeLineStarts(draft.text)));
  return starts;
}

/** Where a finding stands in its draft, 1-based. */
export function findingRange(draft: CheckedDraft, finding: { start: number; end: number }) {
  const lineStarts = lineStartsOf(draft);
  return { start: lineColumn(draft.text, lineStarts, finding.start), end: lineColumn(draft.text, lineStarts, finding.end) };
}

/**
 * The edit a finding suggests, where there is one: for an altered quote, the source's exact wording in place of
 * the quoted words (or a variant one); for a misattributed quote whose speaker the draft names, the name the source gives.
 */
export function suggestedEdit(finding: Finding): { start: number; end: number; text: string; description: string } | null {
  const report = finding.report;
  const match = report.match;
  if (!match) return null;
  if ((finding.code === 'altered-quote' || finding.code === 'distorted-quote' || finding.code === 'variant-quote') && match.sourceText && !report.unclosed) {
    return { start: report.textStart, end: report.textEnd, text: match.sourceText, description: "Use the source's wording" };
  }
  if (finding.code === 'misattributed-quote' && report.claimedMention && match.speakerSpelling && match.similarity === 1 && !report.recalled) {
    return { start: report.claimedMention.start, end: report.claimedMention.end, text: match.speakerSpelling, description: `Attribute the quote to ${match.speaker?.name ?? match.speakerSpelling}` };
  }
  return null;
}
