// A real VS Code for the UI tests: code-server with the packaged extension installed the way a user installs it,
// a fresh copy of the fixture workspace, and headless Chromium showing the workbench.
import * as path from 'path';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from '../../scripts/realVscode/browser';
import { installVsix, startCodeServer, type CodeServer } from '../../scripts/realVscode/codeServer';
import { fixtureWorkspace } from '../../scripts/realVscode/paths';
import { createRunFolders, type RunFolders } from '../../scripts/realVscode/runFolders';

export interface VsCodeSession {
  page: Page;
  workspace: string;
  close(): Promise<void>;
}

export async function openVsCode(vsix: string, resultsDir: string): Promise<VsCodeSession> {
  const run: RunFolders = createRunFolders('ui', fixtureWorkspace);
  const serverLog = path.join(resultsDir, 'code-server.log');
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await server?.stop();
    run.remove();
  };
  try {
    await installVsix(vsix, run.extensions, run, serverLog);
    server = await startCodeServer({ run, extensionsDir: run.extensions, logFile: serverLog });
    browser = await launchBrowser(run);
    await browser.page.goto(`${server.origin}/?folder=${encodeURIComponent(run.workspace)}`);
    return { page: browser.page, workspace: run.workspace, close };
  } catch (error) {
    await close();
    throw error;
  }
}
