// A CPU profile of the extension host while a test watches its event loop, to tell Attributor's own work there from
// everything else the host runs (other extensions, VS Code itself, garbage collections). With
// ATTRIBUTOR_HOST_PROFILE=<folder> the profile is also written there as <name>.cpuprofile (Chrome DevTools, or
// scripts/profileStalls.ts).
import * as fs from 'fs';
import * as inspector from 'inspector';
import * as path from 'path';
import { busyRuns, describeRun, type CpuProfile } from '../support/cpuProfileStalls';

export interface HostProfile {
  /** The longest the host's thread ran Attributor's code (or code it called) without a break, in ms. */
  readonly ownLongestMs: number;
  readonly ownTotalMs: number;
  /** The three longest busy runs, each with its own share and costliest functions. */
  readonly longestRuns: string;
}

/** Starts profiling; `stop` ends it and says how much of the host's time was the extension's, whose files lie in `extensionFolder`. */
export async function startHostProfile(extensionFolder: string): Promise<{ stop(name: string): Promise<HostProfile> }> {
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 1000 });
  await post('Profiler.start');
  const folderUrl = `file://${extensionFolder.replace(/\\/g, '/')}/`;
  return {
    async stop(name) {
      const { profile } = (await post('Profiler.stop')) as { profile: CpuProfile };
      session.disconnect();
      const folder = process.env.ATTRIBUTOR_HOST_PROFILE;
      if (folder) {
        fs.mkdirSync(folder, { recursive: true });
        fs.writeFileSync(path.join(folder, `${name}.cpuprofile`), JSON.stringify(profile));
      }
      const runs = busyRuns(profile, (url) => url.startsWith(folderUrl));
      return {
        ownLongestMs: runs.reduce((a, r) => Math.max(a, r.ownMs), 0),
        ownTotalMs: runs.reduce((a, r) => a + r.ownMs, 0),
        longestRuns: [...runs].sort((a, b) => b.ms - a.ms).slice(0, 3).map(describeRun).join('; '),
      };
    },
  };
}
