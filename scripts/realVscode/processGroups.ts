// Starts long-running servers in process groups of their own and makes sure every group is gone when we exit:
// on a normal end, on an error, on Ctrl+C (SIGINT) and on SIGTERM. Killing only a server's main process would leave
// its helpers (code-server's extension host, the Markdown language server, ...) running.
import { spawn, type ChildProcess, type SpawnOptions } from 'child_process';

const liveGroups = new Set<number>();
let handlersInstalled = false;

/** Spawns `command` as the leader of a new session and process group (setsid). */
export function spawnInOwnGroup(command: string, args: readonly string[], options: SpawnOptions): ChildProcess {
  installExitHandlers();
  const child = spawn(command, args, { ...options, detached: true });
  if (child.pid !== undefined) {
    const pgid = child.pid;
    liveGroups.add(pgid);
    child.once('exit', () => {
      // The leader is gone, but its children may not be: keep the group registered until killGroup has run.
      if (!groupIsAlive(pgid)) liveGroups.delete(pgid);
    });
  }
  return child;
}

/** SIGTERM to the whole group, then SIGKILL to whatever is left after `graceMs`. Resolves when the group is empty. */
export async function killGroup(pgid: number, graceMs = 5000): Promise<void> {
  signalGroup(pgid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupIsAlive(pgid) && Date.now() < deadline) await sleep(100);
  if (groupIsAlive(pgid)) {
    signalGroup(pgid, 'SIGKILL');
    const killDeadline = Date.now() + 5000;
    while (groupIsAlive(pgid) && Date.now() < killDeadline) await sleep(50);
  }
  liveGroups.delete(pgid);
}

export function groupIsAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // Already gone.
  }
}

function killAllNow(): void {
  for (const pgid of liveGroups) signalGroup(pgid, 'SIGKILL');
  liveGroups.clear();
}

function installExitHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', killAllNow);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      console.error(`\nattributor: ${signal} received, stopping ${liveGroups.size} server process group(s)`);
      killAllNow();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
