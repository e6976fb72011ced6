// `--format github`: GitHub Actions workflow commands, which the runner turns into annotations on the pull
// request's lines: `::warning file=draft.md,line=3,col=32,endLine=3,endColumn=53,title=…::message`.
import type { Severity } from '../../core';
import type { CheckedDraft } from './checkedDraft';
import { findingRange } from './checkedDraft';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** The runner reads the message up to the line's end: line breaks and % are escaped. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Properties also end at `,` and `:`. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function githubFormat(drafts: readonly CheckedDraft[]): string {
  return drafts
    .flatMap((d) => d.report.findings.map((f) => {
      const { start, end } = findingRange(d, f);
      const properties = [
        `file=${escapeProperty(d.file)}`, `line=${start.line}`, `endLine=${end.line}`,
        ...(start.line === end.line ? [`col=${start.column}`, `endColumn=${end.column}`] : []),
        `title=${escapeProperty(`Attributor: ${f.code}`)}`,
      ];
      return `::${COMMAND[f.severity]} ${properties.join(',')}::${escapeData(f.message)}\n`;
    }))
    .join('');
}
