// Runs the in-host suite in code-server: installs the .vsix into a fresh folder, starts a server with the smoke-test
// driver, and opens the workbench in headless Chromium with a URL payload that loads the installed extension as the
// development extension and the bundled tests as extensionTestsPath. The workbench calls codeAutomationExit when
// run() settles.
import * as fs from 'fs';
import * as path from 'path';
import { launchBrowser } from '../realVscode/browser';
import { installVsix, remoteUri, startCodeServer, type CodeServer } from '../realVscode/codeServer';
import { createRunFolders } from '../realVscode/runFolders';
import { followFile } from './followFile';
import type { HostRunOptions } from './hostRunOptions';

const SUITE_TIMEOUT_MS = 10 * 60 * 1000;

export async function runInCodeServer(options: HostRunOptions): Promise<number> {
  const run = createRunFolders('host', options.workspaceSource);
  const serverLog = path.join(options.resultsDir, 'code-server.log');
  const hostLog = path.join(options.resultsDir, 'workbench-console.log');
  const report = path.join(options.resultsDir, 'mocha-report.txt');
  fs.writeFileSync(hostLog, '');
  fs.writeFileSync(report, '');
  const stopFollowing = followFile(report, (text) => process.stdout.write(text));
  let server: CodeServer | undefined;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  try {
    // Installed into a folder of its own and loaded from there as the development extension: the test sees exactly
    // the files the .vsix carries.
    const extensionFolder = await installVsix(options.vsix, run.installed, run, serverLog);
    server = await startCodeServer({
      run,
      extensionsDir: run.extensions,
      logFile: serverLog,
      testDriver: true,
      env: { ...options.env, ATTRIBUTOR_TEST_WORKSPACE: run.workspace, ATTRIBUTOR_TEST_LOG: report },
    });
    browser = await launchBrowser(run);
    const { page } = browser;

    let settle: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => (settle = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => settle(code));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const line = args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
      fs.appendFileSync(hostLog, `[${type}] ${line}\n`);
    });
    page.on('crash', () => settle(101));

    const payload = [
      ['extensionDevelopmentPath', remoteUri(server, extensionFolder)],
      ['extensionTestsPath', remoteUri(server, options.testsModule)],
      ['skipWelcome', 'true'],
    ];
    const url = `${server.origin}/?folder=${encodeURIComponent(run.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);
    const timeout = new Promise<number>((resolve) =>
      setTimeout(() => {
        console.error(`in-host: the suite did not finish within ${SUITE_TIMEOUT_MS / 60000} minutes`);
        resolve(124);
      }, SUITE_TIMEOUT_MS).unref(),
    );
    return await Promise.race([exited, timeout]);
  } finally {
    stopFollowing();
    await browser?.close();
    await server?.stop();
    run.remove();
  }
}
