// Counts a mocha run's results and writes them as JSON, so the runner that started the suite (in another process,
// or behind a browser) can print one line per suite and `npm test` can add them up.
// No imports at run time: this file is also bundled into the in-host test entry.
import * as fs from 'fs';
import * as path from 'path';
import type Mocha from 'mocha';

export interface FailureSummary {
  title: string;
  message: string;
  stack?: string;
}

export interface SuiteSummary {
  suite: string;
  passed: number;
  failed: number;
  skipped: number;
  total: number;
  durationMs: number;
  failures: FailureSummary[];
}

/** Starts counting now; call the returned function when the run has ended. */
export function countResults(runner: Mocha.Runner, suite: string): () => SuiteSummary {
  const started = Date.now();
  const summary: SuiteSummary = { suite, passed: 0, failed: 0, skipped: 0, total: 0, durationMs: 0, failures: [] };
  runner.on('pass', () => summary.passed++);
  runner.on('pending', () => summary.skipped++);
  runner.on('fail', (test: Mocha.Runnable, error: Error) => {
    summary.failed++;
    summary.failures.push({ title: test.fullTitle(), message: String(error?.message ?? error), stack: error?.stack });
  });
  return () => ({ ...summary, total: summary.passed + summary.failed + summary.skipped, durationMs: Date.now() - started });
}

export function writeSummary(file: string, summary: SuiteSummary): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(summary, null, 2) + '\n');
}

export function readSummary(file: string): SuiteSummary | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as SuiteSummary;
  } catch {
    return undefined;
  }
}

/** `in-host: 12 passed, 0 failed` (`, 1 skipped` when some were). */
export function summaryLine(summary: Pick<SuiteSummary, 'suite' | 'passed' | 'failed' | 'skipped'>): string {
  const skipped = summary.skipped ? `, ${summary.skipped} skipped` : '';
  return `${summary.suite}: ${summary.passed} passed, ${summary.failed} failed${skipped}`;
}
