// `--format json` (and `--json`): the findings as an array of flat objects, with the documented fields only.
import type { CheckedDraft } from './checkedDraft';
import { findingRange } from './checkedDraft';

export function jsonFormat(drafts: readonly CheckedDraft[]): string {
  const rows = drafts.flatMap((d) =>
    d.report.findings.map((f) => {
      const { start, end } = findingRange(d, f);
      return {
        file: d.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, severity: f.severity, code: f.code,
        message: f.message, quote: f.quote, claimedSpeaker: f.claimedSpeaker, sourceSpeaker: f.sourceSpeaker, source: f.source, sourceText: f.sourceText,
      };
    }),
  );
  return JSON.stringify(rows, null, 2) + '\n';
}
