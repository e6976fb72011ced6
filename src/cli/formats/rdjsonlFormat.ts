// `--format rdjsonl`: reviewdog's diagnostic format, one JSON object a line (`reviewdog -f=rdjsonl`), the
// suggested edit as a suggestion reviewdog can post as a change. Columns count UTF-8 bytes, as reviewdog does.
import { positionAt, type Severity } from '../../core';
import type { CheckedDraft, FormatContext } from './checkedDraft';
import { lineStartsOf, suggestedEdit } from './checkedDraft';

const SEVERITY: Record<Severity, string> = { error: 'ERROR', warning: 'WARNING', information: 'INFO', hint: 'INFO' };

function position(text: string, lineStarts: readonly number[], offset: number): { line: number; column: number } {
  const { line } = positionAt(lineStarts, Math.min(offset, text.length));
  return { line: line + 1, column: Buffer.byteLength(text.slice(lineStarts[line], offset), 'utf8') + 1 };
}

export function rdjsonlFormat(drafts: readonly CheckedDraft[], context: FormatContext): string {
  return drafts
    .flatMap((d) => {
      const lines = lineStartsOf(d);
      const range = (start: number, end: number) => ({ start: position(d.text, lines, start), end: position(d.text, lines, end) });
      return d.report.findings.map((f) => {
        const edit = suggestedEdit(f);
        const source = f.sourceLocation;
        const sourcePath = source ? context.sourcePaths.get(source.sourceId) : undefined;
        const diagnostic = {
          message: f.message,
          location: { path: d.file, range: range(f.start, f.end) },
          severity: SEVERITY[f.severity],
          source: { name: 'attributor' },
          code: { value: f.code },
          ...(edit ? { suggestions: [{ range: range(edit.start, edit.end), text: edit.text }] } : {}),
          ...(source && sourcePath
            ? { related_locations: [{ message: `The source (${source.sourceId})`, location: { path: sourcePath, range: { start: { line: source.line + 1, column: source.column + 1 } } } }] }
            : {}),
        };
        return JSON.stringify(diagnostic) + '\n';
      });
    })
    .join('');
}
