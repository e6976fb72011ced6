// `--format text`: one `file:line:column: severity: message [code]` line per finding, as compilers print.
import type { CheckedDraft } from './checkedDraft';
import { findingRange } from './checkedDraft';

export function textFormat(drafts: readonly CheckedDraft[]): string {
  return drafts
    .flatMap((d) => d.report.findings.map((f) => {
      const { start } = findingRange(d, f);
      return `${d.file}:${start.line}:${start.column}: ${f.severity}: ${f.message} [${f.code}]\n`;
    }))
    .join('');
}
