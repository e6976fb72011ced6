// The in-host test entry: VS Code's extension host loads this module and awaits run() (the @vscode/test-electron
// contract, also used by the code-server runner through the workbench URL's payload).
// Specs are mocha BDD (describe/it) files test/host/*.spec.ts, bundled one by one next to this file as *.spec.js.
//
// Environment (set by scripts/testing/runHostTests.ts):
//   ATTRIBUTOR_TEST_SUMMARY  where to write the JSON summary (passed, failed, failures)
//   ATTRIBUTOR_TEST_GREP     run only tests whose full title matches this regular expression
//   ATTRIBUTOR_TEST_LOG      also append mocha's report here (the code-server runner shows it as it grows)
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';
import { countResults, summaryLine, writeSummary, type SuiteSummary } from '../../scripts/testing/mochaSummary';

export async function run(): Promise<void> {
  copyReportTo(process.env.ATTRIBUTOR_TEST_LOG);
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  if (process.env.ATTRIBUTOR_TEST_GREP) mocha.grep(new RegExp(process.env.ATTRIBUTOR_TEST_GREP));
  const specs = fs.readdirSync(__dirname).filter((name) => name.endsWith('.spec.js')).sort();
  for (const spec of specs) mocha.addFile(path.join(__dirname, spec));
  if (specs.length === 0) throw new Error(`no *.spec.js files next to ${__filename}`);

  let summary: SuiteSummary;
  try {
    summary = await new Promise<SuiteSummary>((resolve) => {
      let finish: () => SuiteSummary = () => {
        throw new Error('mocha ended before it started');
      };
      const runner = mocha.run(() => resolve(finish()));
      finish = countResults(runner, 'in-host');
    });
  } catch (error) {
    // A spec that throws while it loads: report it like a failed test, so the runner shows why.
    const message = error instanceof Error ? error.message : String(error);
    summary = { suite: 'in-host', passed: 0, failed: 1, skipped: 0, total: 1, durationMs: 0, failures: [{ title: 'loading the specs', message, stack: (error as Error)?.stack }] };
  }
  if (process.env.ATTRIBUTOR_TEST_SUMMARY) writeSummary(process.env.ATTRIBUTOR_TEST_SUMMARY, summary);
  console.log(summaryLine(summary));
  if (summary.failed > 0) throw new Error(`${summary.failed} in-host test(s) failed`);
}

/** Mocha's reporters print through Base.consoleLog; copy each line to `file` too. */
function copyReportTo(file: string | undefined): void {
  if (!file) return;
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  const print = base.consoleLog;
  base.consoleLog = (...args: unknown[]) => {
    fs.appendFileSync(file, util.format(...args) + '\n');
    print(...args);
  };
}
