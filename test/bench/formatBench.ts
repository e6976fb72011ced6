// `npm run bench`'s output section: the command line's formats of one checked draft with a finding on every other
// line, at 1,000, 10,000 and 50,000 lines (median of three after one unmeasured run). Each format had found the draft's line starts again for
// every finding (and rdjsonl walked them from the first line): a 32,000-line draft with 16,000 findings took 17 s
// to print as JSON. The goal: time that grows with the findings, a growth exponent near 1.
import { checkDraft, type CorpusIndex } from '../../src/core';
import { CHECK_FORMATS, formatCheck, type CheckedDraft } from '../../src/cli/formats/checkFormats';
import { medianMs } from './hostileBench';

const LINES = [1_000, 10_000, 50_000];

/** A draft of `lines` lines: a quote no source holds on every other line, so each gives an `unsourced-quote`. */
function draftWithFindings(lines: number): string {
  const out: string[] = [];
  for (let i = 0; i < lines / 2; i++) out.push(`Mara Lind said "the ferry timetable changed on week ${i} of the winter".`, '');
  return out.join('\n');
}

export function benchFormats(index: CorpusIndex): void {
  const context = { version: 'bench', sourcePaths: new Map<string, string>(), cwd: '/' };
  const drafts = LINES.map((lines) => {
    const text = draftWithFindings(lines);
    return { lines, draft: { file: 'draft.md', text, report: checkDraft(text, index) } as CheckedDraft };
  });
  console.log(`output formats of one draft, a finding every other line: median of 3 (ms) at ${LINES.map((n) => n.toLocaleString('en')).join(' / ')} lines; growth exponent`);
  for (const format of CHECK_FORMATS) {
    const times = drafts.map(({ draft }) => medianMs(3, () => formatCheck(format, [draft], context)));
    const exponent = Math.log(times[2] / times[0]) / Math.log(LINES[2] / LINES[0]);
    console.log(`  ${format.padEnd(8)} ${times.map((t) => t.toFixed(1).padStart(8)).join(' ')}   ${exponent.toFixed(2)}`);
  }
}
