// A lock folder so that two commands (say `npm test` and `npm start`) never install into the cache at once.
import * as fs from 'fs';
import * as path from 'path';
import { sleep } from './processGroups';

const WAIT_LIMIT_MS = 20 * 60 * 1000;

export async function withInstallLock<T>(cacheRoot: string, work: () => Promise<T>): Promise<T> {
  const lock = path.join(cacheRoot, '.install-lock');
  const owner = path.join(lock, 'pid');
  const deadline = Date.now() + WAIT_LIMIT_MS;
  let announced = false;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(owner, String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readOrEmpty(owner));
      if (!holder && lockAgeMs(lock) < 5000) {
        await sleep(200); // its owner is still writing its pid
        continue;
      }
      if (!holder || !processIsAlive(holder)) {
        fs.rmSync(lock, { recursive: true, force: true }); // left by a process that died
        continue;
      }
      if (Date.now() > deadline) throw new Error(`gave up waiting for process ${holder} to finish installing (lock: ${lock})`);
      if (!announced) console.log(`attributor install: waiting for process ${holder}, which is installing into ${cacheRoot}`);
      announced = true;
      await sleep(2000);
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function lockAgeMs(lock: string): number {
  try {
    return Date.now() - fs.statSync(lock).mtimeMs;
  } catch {
    return 0;
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
