// Runs the UI end-to-end tests (test/ui/*.ui.ts) with mocha: Playwright drives Debian's Chromium showing code-server
// with the packaged extension installed.
//
//   npm run test:ui                      (add -- --no-bundle to package dist/extension.js as it is,
//                                         or -- --vsix file.vsix to test that package)
//   ATTRIBUTOR_UPDATE_MEDIA=1 npm run test:ui    also refresh media/*.png for the README when the tests pass
//
// Prints `ui: N passed, M failed` and leaves test-results/ui/summary.json, the screenshots and the server log.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { ensureRealVscodeTools } from '../realVscode/installTools';
import { packageExtension } from '../realVscode/packageExtension';
import { repoRoot } from '../realVscode/paths';
import { countResults, summaryLine, writeSummary, type SuiteSummary } from './mochaSummary';
import { runArtifacts, type RunArtifacts } from './runArtifacts';

async function main(): Promise<number> {
  const started = Date.now();
  const artifacts = runArtifacts('ui');
  try {
    const summary = await runSuite(artifacts);
    const resultsDir = artifacts.publish();
    console.log(`ui: finished in ${Math.round((Date.now() - started) / 1000)} s; screenshots and logs in ${path.relative(repoRoot, resultsDir)}/`);
    console.log(summaryLine(summary));
    return summary.failed > 0 ? 1 : 0;
  } finally {
    artifacts.publish();
    artifacts.cleanUp();
  }
}

async function runSuite({ resultsDir, scratchDir }: RunArtifacts): Promise<SuiteSummary> {
  await ensureRealVscodeTools();
  const vsixIndex = process.argv.indexOf('--vsix');
  const vsix =
    vsixIndex > 0
      ? path.resolve(process.argv[vsixIndex + 1])
      : await packageExtension(path.join(scratchDir, 'attributor.vsix'), { bundle: !process.argv.includes('--no-bundle') });
  process.env.ATTRIBUTOR_UI_VSIX = vsix;
  process.env.ATTRIBUTOR_UI_RESULTS = resultsDir;

  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, reporter: 'spec' });
  const testDir = path.join(repoRoot, 'test', 'ui');
  for (const file of fs.readdirSync(testDir).filter((name) => name.endsWith('.ui.ts')).sort()) mocha.addFile(path.join(testDir, file));
  console.log(`ui: running test/ui/*.ui.ts in code-server + Chromium against the packaged extension (${path.basename(vsix)})`);
  const summary = await new Promise<SuiteSummary>((resolve) => {
    let finish: () => SuiteSummary = () => {
      throw new Error('mocha ended before it started');
    };
    const runner = mocha.run(() => resolve(finish()));
    finish = countResults(runner, 'ui');
  });
  writeSummary(path.join(resultsDir, 'summary.json'), summary);
  return summary;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`ui: FAILED: ${error.message}`);
    process.exit(1);
  },
);
