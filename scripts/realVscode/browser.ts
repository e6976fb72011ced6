// Debian's Chromium driven by playwright-core: headless, a fresh profile, no calls to the closed network.
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM } from './paths';
import type { RunFolders } from './runFolders';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function launchBrowser(run: RunFolders, viewport = { width: 1400, height: 900 }): Promise<Browser> {
  const context = await chromium.launchPersistentContext(run.browserProfile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport,
    // Keep Chromium's own files inside the run folder, not in the real home.
    env: {
      ...process.env,
      HOME: run.browserProfile,
      XDG_CONFIG_HOME: run.xdg.config,
      XDG_DATA_HOME: run.xdg.data,
      XDG_CACHE_HOME: run.xdg.cache,
    },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => undefined);
    },
  };
}
