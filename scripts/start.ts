// `npm start`: the extension on a sample draft (samples/draft.md) in a real VS Code, until Ctrl+C.
//   - With desktop VS Code (`code` on PATH): a new window with this folder as the development extension.
//   - Otherwise: code-server on 127.0.0.1 with the freshly built extension linked into a fresh extensions folder;
//     it prints the address to open in a browser. Ctrl+C stops the server and every process it started.
//
//   npm start [-- --port 8080] [-- --code-server]   (--code-server: use code-server even when `code` is installed)
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { freePort, remoteUri, startCodeServer, EXTENSION_ID } from './realVscode/codeServer';
import { exec } from './realVscode/exec';
import { ensureRealVscodeTools } from './realVscode/installTools';
import { repoRoot } from './realVscode/paths';
import { createRunFolders } from './realVscode/runFolders';

const samplesDir = path.join(repoRoot, 'samples');
const SAMPLE = 'draft.md';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
}

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

async function startDesktop(): Promise<number> {
  console.log(`Opening ${path.join('samples', SAMPLE)} in VS Code with the extension from ${repoRoot} (close the window or press Ctrl+C to stop)`);
  const code = spawn('code', ['--new-window', '--wait', `--extensionDevelopmentPath=${repoRoot}`, samplesDir, path.join(samplesDir, SAMPLE)], { stdio: 'inherit' });
  process.on('SIGINT', () => code.kill('SIGTERM'));
  return new Promise((resolve) => code.on('close', (status) => resolve(status ?? 0)));
}

async function startCodeServerDemo(): Promise<number> {
  await ensureRealVscodeTools();
  // The draft is a throwaway copy: edits made in the demo do not change samples/.
  const run = createRunFolders('start', samplesDir);
  process.on('exit', () => run.remove());
  const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  // Linked, not installed: rebuild (npm run bundle) and reload the window to see a change.
  fs.symlinkSync(repoRoot, path.join(run.extensions, `${EXTENSION_ID}-${version}`), 'dir');

  const port = Number(option('port') ?? process.env.ATTRIBUTOR_PORT ?? 0) || (await freePort());
  const server = await startCodeServer({ run, extensionsDir: run.extensions, logFile: path.join(run.root, 'code-server.log'), port });
  const payload = JSON.stringify([['openFile', remoteUri(server, path.join(run.workspace, SAMPLE))]]);
  const url = `${server.origin}/?folder=${encodeURIComponent(run.workspace)}&payload=${encodeURIComponent(payload)}`;
  console.log(`\nAttributor is running in VS Code (code-server on ${server.origin}). Open this address in a browser:\n\n  ${url}\n`);
  console.log(`The draft is a copy of samples/${SAMPLE} in ${run.workspace}. Server log: ${server.logFile}`);
  console.log('Press Ctrl+C to stop.');
  return new Promise(() => undefined); // until Ctrl+C: processGroups stops the server's whole process group
}

async function main(): Promise<number> {
  await exec(process.execPath, [path.join(repoRoot, 'scripts', 'bundle.mjs')], { cwd: repoRoot, inherit: true });
  if (onPath('code') && !process.argv.includes('--code-server')) return startDesktop();
  return startCodeServerDemo();
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`npm start: FAILED: ${error.message}`);
    process.exit(1);
  },
);
