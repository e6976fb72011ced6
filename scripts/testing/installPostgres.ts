// Debian's PostgreSQL for the archive's tests and benchmark, installed with apt-get when absent (as root, as CI
// runs); the tests start their own server from its binaries (test/support/postgresServer.ts). Fails loudly.
//
//   npx tsx scripts/testing/installPostgres.ts      (npm test calls ensurePostgresql() itself)
import * as fs from 'fs';
import * as path from 'path';
import { postgresBinaries } from '../../test/support/postgresServer';
import { exec } from '../realVscode/exec';
import { withInstallLock } from '../realVscode/installLock';
import { cacheRoot } from '../realVscode/paths';

const PACKAGES = ['postgresql', 'postgresql-contrib'];

export async function ensurePostgresql(): Promise<string> {
  const found = postgresBinaries();
  if (found) return found;
  const command = `apt-get update && apt-get install -y ${PACKAGES.join(' ')}`;
  if (process.getuid?.() !== 0) throw new Error(`PostgreSQL is missing, and installing it needs root. Run as root: ${command}`);
  if (!fs.existsSync('/usr/bin/apt-get')) throw new Error('PostgreSQL is missing, and there is no apt-get here');
  fs.mkdirSync(cacheRoot, { recursive: true });
  const log = path.join(cacheRoot, 'install.log');
  await withInstallLock(cacheRoot, async () => {
    if (postgresBinaries()) return;
    console.log(`attributor install: installing ${PACKAGES.join(', ')} with apt-get (log: ${log})`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    await exec('apt-get', ['update'], { env, logFile: log });
    await exec('apt-get', ['install', '-y', ...PACKAGES], { env, logFile: log });
  });
  const bin = postgresBinaries();
  if (!bin) throw new Error('apt-get installed postgresql but no initdb is under /usr/lib/postgresql/*/bin');
  return bin;
}

if (require.main === module) {
  ensurePostgresql().then(
    (bin) => console.log(`attributor install: PostgreSQL is ready (${bin})`),
    (error: Error) => {
      console.error(`attributor install: FAILED: ${error.message}`);
      process.exit(1);
    },
  );
}
