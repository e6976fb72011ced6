// A private PostgreSQL server for the archive's tests and benchmark: Debian's `postgresql` binaries, a cluster made
// with initdb in a temporary folder, listening on a free loopback port only, stopped and removed afterwards. As
// root, the server runs as the `postgres` user (PostgreSQL refuses to run as root). Missing binaries fail loudly:
// a test of the archive without a real server would not be one (`.ci/run` and `npm test` install the package).
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';

export interface PostgresServer {
  /** A database URL for `name` on this server (the database must exist, see createDatabase). */
  url(database?: string): string;
  createDatabase(name: string): string;
  stop(): void;
}

/** The newest installed PostgreSQL's bin folder, or null. */
export function postgresBinaries(): string | null {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb'))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], 'bin') : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = postgresBinaries();
  if (!bin) throw new Error('PostgreSQL is not installed: apt-get install -y postgresql postgresql-contrib (npm test does it when run as root)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attributor-pg-'));
  const data = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    fs.chmodSync(dir, 0o755);
    execFileSync('chown', ['postgres:postgres', dir]);
  }
  const run = (program: string, args: string[]) => {
    const [command, all] = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, program), ...args]] : [path.join(bin, program), args];
    const r = spawnSync(command, all, { encoding: 'utf8', cwd: dir });
    if (r.status !== 0) throw new Error(`${program} failed (${r.status}): ${r.stderr || r.stdout}${readLog(dir)}`);
  };
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale']);
  // A test server: durability off (nothing here must survive a crash), loopback only, a socket in its own folder.
  const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=40`;
  run('pg_ctl', ['-D', data, '-o', settings, '-l', path.join(dir, 'log'), '-w', '-t', '60', 'start']);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  process.once('exit', stop);
  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    url,
    createDatabase(name) {
      run('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-q', '-c', `CREATE DATABASE ${name}`]);
      return url(name);
    },
    stop,
  };
}

function readLog(dir: string): string {
  try {
    return `\n${fs.readFileSync(path.join(dir, 'log'), 'utf8').split('\n').slice(-20).join('\n')}`;
  } catch {
    return '';
  }
}
