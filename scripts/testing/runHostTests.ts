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
// Prints `in-host: N passed, M failed` and writes test-results/host/summary.json.
import * as fs from 'fs';
import * as path from 'path';
import { ensureRealVscodeTools } from '../realVscode/installTools';
import { packageExtension } from '../realVscode/packageExtension';
import { fixtureWorkspace, repoRoot, testResultsDir } from '../realVscode/paths';
import { bundleHostTests } from './bundleTests';
import type { HostRunOptions } from './hostRunOptions';
import { readSummary, summaryLine } from './mochaSummary';

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
  const runner = chooseRunner();
  const resultsDir = path.join(testResultsDir, 'host');
  fs.rmSync(resultsDir, { recursive: true, force: true });
  fs.mkdirSync(resultsDir, { recursive: true });
  const summaryFile = path.join(resultsDir, 'summary.json');

  const vsix = option('vsix') ?? (await packageExtension(path.join(repoRoot, 'out', 'test', 'attributor.vsix'), { bundle: !process.argv.includes('--no-bundle') }));
  const testsModule = await bundleHostTests();
  const env: Record<string, string> = { ATTRIBUTOR_TEST_SUMMARY: summaryFile };
  const grep = option('grep') ?? process.env.ATTRIBUTOR_TEST_GREP;
  if (grep) env.ATTRIBUTOR_TEST_GREP = grep;
  const options: HostRunOptions = { vsix, testsModule, workspaceSource: fixtureWorkspace, env, resultsDir };

  const started = Date.now();
  console.log(`in-host: running test/host/*.spec.ts in ${runner} against ${path.relative(repoRoot, vsix)}`);
  let exitCode: number;
  if (runner === 'code-server') {
    await ensureRealVscodeTools();
    exitCode = await (await import('./hostRunnerCodeServer')).runInCodeServer(options);
  } else {
    exitCode = await (await import('./hostRunnerElectron')).runInElectron(options);
  }

  const summary = readSummary(summaryFile);
  if (!summary) {
    console.error(`in-host: the suite wrote no summary (exit code ${exitCode}); see ${path.relative(repoRoot, resultsDir)}/`);
    return 1;
  }
  console.log(`in-host: finished in ${Math.round((Date.now() - started) / 1000)} s; logs in ${path.relative(repoRoot, resultsDir)}/`);
  console.log(summaryLine(summary));
  return summary.failed > 0 || exitCode !== 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`in-host: FAILED: ${error.message}`);
    process.exit(1);
  },
);
