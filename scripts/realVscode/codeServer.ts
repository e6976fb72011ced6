// Runs code-server (VS Code as a server, with Node 24) from the tools cache: installs a .vsix into an extensions
// folder, starts a server in its own process group on 127.0.0.1, waits until it answers, and stops the whole group.
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import { exec, tailOfFile } from './exec';
import { node24Env } from './installTools';
import { codeServerEntry, node24Binary } from './paths';
import { groupIsAlive, killGroup, sleep, spawnInOwnGroup } from './processGroups';
import type { RunFolders } from './runFolders';

export const EXTENSION_ID = 'attributor.attributor';

export interface CodeServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** 127.0.0.1:<port>, the authority of vscode-remote:// URIs for this server */
  authority: string;
  logFile: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  run: RunFolders;
  extensionsDir: string;
  logFile: string;
  /** Folder to open when the page gives none. */
  folder?: string;
  /** Lets the workbench URL's payload load a development extension and run its tests. */
  testDriver?: boolean;
  /** Added to the server's environment, which its extension host inherits. */
  env?: NodeJS.ProcessEnv;
  port?: number;
}

function serverEnv(run: RunFolders, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  // Without the XDG variables code-server writes its config and state into the home folder.
  return node24Env({ XDG_CONFIG_HOME: run.xdg.config, XDG_DATA_HOME: run.xdg.data, XDG_CACHE_HOME: run.xdg.cache, ...extra });
}

/** `code-server --install-extension x.vsix --extensions-dir D`; returns the unpacked extension's folder inside D. */
export async function installVsix(vsix: string, extensionsDir: string, run: RunFolders, logFile: string): Promise<string> {
  await exec(
    node24Binary,
    [codeServerEntry, '--user-data-dir', run.userData, '--extensions-dir', extensionsDir, '--install-extension', vsix],
    { env: serverEnv(run), logFile },
  );
  const folder = fs.readdirSync(extensionsDir).find((name) => name.toLowerCase().startsWith(`${EXTENSION_ID}-`));
  if (!folder) throw new Error(`code-server installed ${vsix} but no ${EXTENSION_ID}-* folder appeared in ${extensionsDir} (log: ${logFile})`);
  return path.join(extensionsDir, folder);
}

export async function startCodeServer(options: StartOptions): Promise<CodeServer> {
  const { run } = options;
  const port = options.port ?? (await freePort());
  const authority = `127.0.0.1:${port}`;
  const config = path.join(run.root, 'code-server.yaml');
  fs.writeFileSync(config, `bind-addr: ${authority}\nauth: none\ncert: false\n`);
  const args = [
    codeServerEntry,
    '--bind-addr', authority,
    '--auth', 'none',
    '--config', config,
    '--user-data-dir', run.userData,
    '--extensions-dir', options.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...(options.testDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ...(options.folder ? [options.folder] : []),
  ];
  const log = fs.openSync(options.logFile, 'a');
  const child = spawnInOwnGroup(node24Binary, args, { env: serverEnv(run, options.env), stdio: ['ignore', log, log] });
  fs.closeSync(log);
  const pgid = child.pid;
  if (pgid === undefined) throw new Error(`could not start code-server (${node24Binary} ${codeServerEntry})`);
  let exited: string | undefined;
  child.once('exit', (code, signal) => (exited = signal ? `was killed by ${signal}` : `exited with code ${code}`));

  const server: CodeServer = {
    origin: `http://${authority}`,
    authority,
    logFile: options.logFile,
    async stop() {
      if (groupIsAlive(pgid)) await killGroup(pgid);
    },
  };
  try {
    await waitUntilHealthy(server.origin, () => exited, 60_000);
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}\n--- end of ${options.logFile} ---\n${tailOfFile(options.logFile, 30)}`);
  }
  return server;
}

async function waitUntilHealthy(origin: string, exited: () => string | undefined, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const why = exited();
    if (why) throw new Error(`code-server ${why} before it answered on ${origin}`);
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`code-server did not answer on ${origin}/healthz within ${timeoutMs / 1000} s`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** A vscode-remote:// URI for a path on this machine, as the workbench loaded from `server` must see it. */
export function remoteUri(server: CodeServer, fsPath: string): string {
  return `vscode-remote://${server.authority}${fsPath.split(path.sep).map(encodeURIComponent).join('/')}`;
}
