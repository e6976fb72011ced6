// `--format junit`: JUnit XML, which CI systems show as a test report: a test suite per draft, a test case per
// quotation checked, a failure per finding (its code as the failure's type).
import type { CheckedDraft } from './checkedDraft';
import { findingRange } from './checkedDraft';
import { shownControls } from '../shownControls';

/**
 * XML 1.0 forbids most control characters even escaped: a report holding one (from a draft's words or its file's
 * name) is not XML, and the CI reading it fails. They are shown as `\xHH`, as on a terminal; U+FFFE and U+FFFF,
 * also forbidden, as the replacement character.
 */
function xml(text: string): string {
  return shownControls(text)
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
    .replace(/[\uFFFE\uFFFF]/g, '\uFFFD');
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

export function junitFormat(drafts: readonly CheckedDraft[]): string {
  let tests = 0;
  let failures = 0;
  const suites = drafts.map((d) => {
    const byStart = new Map(d.report.findings.map((f) => [f.start, f]));
    const cases = d.report.quotes.map((q) => {
      const { start } = findingRange(d, q);
      const name = xml(`line ${start.line}, column ${start.column}: “${preview(q.text)}”`);
      const finding = byStart.get(q.start);
      if (!finding) return `    <testcase classname="${xml(d.file)}" name="${name}"/>`;
      return `    <testcase classname="${xml(d.file)}" name="${name}">\n      <failure type="${finding.code}" message="${xml(finding.message)}">${xml(`${d.file}:${start.line}:${start.column}: ${finding.severity}: ${finding.message}`)}</failure>\n    </testcase>`;
    });
    const found = d.report.findings.length;
    tests += cases.length;
    failures += found;
    return `  <testsuite name="${xml(d.file)}" tests="${cases.length}" failures="${found}" errors="0" skipped="0">\n${cases.join('\n')}${cases.length ? '\n' : ''}  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="attributor" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}
