// Runs the in-host integration suite (test/host/*.spec.ts) against the PACKAGED extension in a real VS Code.
//
//   npm run test:host                              code-server (default; what CI uses)
//   npm run test:host -- --runner electron         desktop VS Code through @vscode/test-electron (needs to download
//                                                  VS Code and, on Linux, a display: run it under xvfb-run -a)
//   npm run test:host -- --grep "Diagnostics"      only tests whose full title matches
//   npm run test:host -- --no-bundle               package dist/extension.js as it is instead of bundling it anew
//   npm run test:host -- --vsix file.vsix          test that package instead of packaging one
//   ATTRIBUTOR_HOST_RUNNER=electron npm run test:host
//
// Prints `in-host: N passed, M failed` and leaves test-results/host/summary.json, mocha's report and the logs.
import * as path from 'path';
import { ensureRealVscodeTools } from '../realVscode/installTools';
import { packageExtension } from '../realVscode/packageExtension';
import { fixtureWorkspace, repoRoot } from '../realVscode/paths';
import { bundleHostTests } from './bundleTests';
import type { HostRunOptions } from './hostRunOptions';
import { readSummary, summaryLine } from './mochaSummary';
import { runArtifacts, type RunArtifacts } from './runArtifacts';

type Runner = 'code-server' | 'electron';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  if (index > 0) return process.argv[index + 1];
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

function chooseRunner(): Runner {
  const runner = option('runner') ?? process.env.ATTRIBUTOR_HOST_RUNNER ?? 'code-server';
  if (runner !== 'code-server' && runner !== 'electron') throw new Error(`unknown runner "${runner}": use code-server or electron`);
  return runner;
}

async function main(): Promise<number> {
  const started = Date.now();
  const runner = chooseRunner();
  const artifacts = runArtifacts('host');
  try {
    const exitCode = await runSuite(runner, artifacts);
    const resultsDir = artifacts.publish();
    const summary = readSummary(path.join(resultsDir, 'summary.json'));
    const where = path.relative(repoRoot, resultsDir);
    if (!summary) {
      console.error(`in-host: the suite wrote no summary (exit code ${exitCode}); see ${where}/`);
      return 1;
    }
    console.log(`in-host: finished in ${Math.round((Date.now() - started) / 1000)} s; logs in ${where}/`);
    console.log(summaryLine(summary));
    return summary.failed > 0 || exitCode !== 0 ? 1 : 0;
  } finally {
    artifacts.publish();
    artifacts.cleanUp();
  }
}

async function runSuite(runner: Runner, { resultsDir, scratchDir }: RunArtifacts): Promise<number> {
  if (runner === 'electron') (await import('./hostRunnerElectron')).checkElectronCanRun();
  const vsix =
    option('vsix') ?? (await packageExtension(path.join(scratchDir, 'attributor.vsix'), { bundle: !process.argv.includes('--no-bundle') }));
  const testsModule = await bundleHostTests(path.join(scratchDir, 'tests'));
  const env: Record<string, string> = { ATTRIBUTOR_TEST_SUMMARY: path.join(resultsDir, 'summary.json') };
  const grep = option('grep') ?? process.env.ATTRIBUTOR_TEST_GREP;
  if (grep) env.ATTRIBUTOR_TEST_GREP = grep;
  const options: HostRunOptions = { vsix, testsModule, workspaceSource: fixtureWorkspace, env, resultsDir };

  console.log(`in-host: running test/host/*.spec.ts in ${runner} against the packaged extension (${path.basename(vsix)})`);
  if (runner === 'electron') return (await import('./hostRunnerElectron')).runInElectron(options);
  await ensureRealVscodeTools();
  return (await import('./hostRunnerCodeServer')).runInCodeServer(options);
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`in-host: FAILED: ${error.message}`);
    process.exit(1);
  },
);
