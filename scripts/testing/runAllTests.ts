// `npm test`: type check and bundles, unit tests, the archive's tests against a real PostgreSQL server, then the packaged extension in a real VS Code (the in-host suite
// and the UI end-to-end test). Every suite runs even when an earlier one failed; the end is one line per suite and a
// plain overall line `N passed, M failed`. Exits non-zero when anything failed or could not run.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ensureRealVscodeTools } from '../realVscode/installTools';
import { ensurePostgresql } from './installPostgres';
import { packageExtension } from '../realVscode/packageExtension';
import { repoRoot, testResultsDir } from '../realVscode/paths';
import { readSummary, summaryLine } from './mochaSummary';

interface Counts {
  suite: string;
  passed: number;
  failed: number;
  skipped: number;
  note?: string;
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const results: Counts[] = [];
const timings: string[] = [];

/** Runs `npm run <script> [-- args]`, echoing its output; resolves with its exit code and output. */
function npmRun(script: string, args: string[] = []): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', script, ...(args.length ? ['--', ...args] : [])], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.on('error', (error) => resolve({ code: 1, output: String(error) }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  console.log(`\n=== ${label} ===`);
  try {
    return await work();
  } finally {
    timings.push(`${label}: ${Math.round((Date.now() - started) / 1000)} s`);
  }
}

/** Mocha's spec reporter ends with "N passing", "M failing" and "P pending". */
function countsFromMochaOutput(suite: string, output: string, code: number): Counts {
  const last = (word: string) => {
    const all = [...output.matchAll(new RegExp(`^\\s*(\\d+) ${word}\\b`, 'gm'))];
    return all.length ? Number(all[all.length - 1][1]) : 0;
  };
  const counts = { suite, passed: last('passing'), failed: last('failing'), skipped: last('pending') };
  if (code !== 0 && counts.failed === 0) return { ...counts, failed: 1, note: `exited with code ${code} but reported no failing test` };
  return counts;
}

function countsFromSummary(suite: string, file: string, code: number): Counts {
  const summary = readSummary(file);
  if (!summary) return { suite, passed: 0, failed: 1, skipped: 0, note: `did not run to the end (exit code ${code})` };
  if (code !== 0 && summary.failed === 0) return { ...summary, suite, failed: 1, note: `exited with code ${code}` };
  return { suite, passed: summary.passed, failed: summary.failed, skipped: summary.skipped };
}

const vsixForThisRun = path.join(repoRoot, 'out', 'test', `attributor-${process.pid}.vsix`);
process.on('exit', () => fs.rmSync(vsixForThisRun, { force: true }));

async function main(): Promise<number> {
  const build = await timed('build (type check + bundles)', () => npmRun('build'));
  if (build.code !== 0) {
    console.error('\nnpm test: the build failed; no test ran.');
    console.log('0 passed, 1 failed');
    return 1;
  }

  const unit = await timed('unit tests', () => npmRun('test:unit'));
  results.push(countsFromMochaOutput('unit', unit.output, unit.code));

  try {
    await timed('PostgreSQL (install when absent)', () => ensurePostgresql());
    const archive = await timed('archive tests (a real PostgreSQL server)', () => npmRun('test:archive'));
    results.push(countsFromMochaOutput('archive', archive.output, archive.code));
  } catch (error) {
    console.error(`\nnpm test: FAILED to install PostgreSQL: ${(error as Error).message}`);
    results.push({ suite: 'archive', passed: 0, failed: 1, skipped: 0, note: 'could not run: no PostgreSQL' });
  }

  let vsix: string | undefined;
  try {
    await timed('real VS Code tools (install when absent)', () => ensureRealVscodeTools());
    vsix = await timed('package the extension', () => packageExtension(vsixForThisRun));
  } catch (error) {
    console.error(`\nnpm test: FAILED to prepare a real VS Code: ${(error as Error).message}`);
  }

  if (vsix) {
    const host = await timed('in-host integration tests', () => npmRun('test:host', ['--vsix', vsix!]));
    results.push(countsFromSummary('in-host', path.join(testResultsDir, 'host', 'summary.json'), host.code));
    const ui = await timed('UI end-to-end test', () => npmRun('test:ui', ['--vsix', vsix!]));
    results.push(countsFromSummary('ui', path.join(testResultsDir, 'ui', 'summary.json'), ui.code));
  } else {
    for (const suite of ['in-host', 'ui']) results.push({ suite, passed: 0, failed: 1, skipped: 0, note: 'could not run: no real VS Code' });
  }

  console.log('\n=== summary ===');
  for (const timing of timings) console.log(`  ${timing}`);
  for (const failure of listFailures()) console.log(`  FAILED ${failure}`);
  for (const counts of results) console.log(`${summaryLine(counts)}${counts.note ? `  (${counts.note})` : ''}`);
  const total = results.reduce((sum, c) => ({ passed: sum.passed + c.passed, failed: sum.failed + c.failed, skipped: sum.skipped + c.skipped }), { passed: 0, failed: 0, skipped: 0 });
  console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
  return total.failed > 0 ? 1 : 0;
}

function listFailures(): string[] {
  return ['host', 'ui'].flatMap((dir) => {
    const summary = readSummary(path.join(testResultsDir, dir, 'summary.json'));
    // The message's first lines too: CI keeps only the tail of the log, and a title alone does not say why.
    return (summary?.failures ?? []).map((f) => `${summary!.suite}: ${f.title}\n    ${firstLines(f.message ?? '', 6).replace(/\n/g, '\n    ')}`);
  });
}

function firstLines(text: string, count: number): string {
  const lines = text.split('\n');
  return lines.slice(0, count).map((line) => (line.length > 300 ? `${line.slice(0, 300)}…` : line)).join('\n') + (lines.length > count ? '\n…' : '');
}

fs.mkdirSync(testResultsDir, { recursive: true });
main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`npm test: FAILED: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
