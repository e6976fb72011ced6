// The command line as CI runs it (dist/cli.js, a process per run), measured side by side with what it cannot beat:
// a bare `node` start, and a bare script that reads and tokenizes the same files. Runs are interleaved (one of each
// per round) so that the shared machine's load weighs on all alike; the ratios are of the rounds' medians.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { summarize, type Summary } from './benchFigures';

const CLI = path.join(__dirname, 'cli.js');

/** Reads every .txt/.md file under the folder synchronously and splits it into words: the floor for any indexer. */
const BARE_READ_AND_TOKENIZE = `
const fs = require('fs'), path = require('path');
let words = 0;
const walk = (dir) => { for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
  const p = path.join(dir, e.name);
  if (e.isDirectory()) walk(p); else if (/\\.(txt|md)$/.test(e.name)) words += (fs.readFileSync(p, 'utf8').match(/[\\p{L}\\p{N}]+/gu) || []).length;
} };
walk(process.argv[2]);
if (!words) process.exit(3);
`;

/** Wall time of one `node` process. The check exits 1 when it has findings; anything else must exit 0. */
function wallMs(args: string[], env: NodeJS.ProcessEnv = process.env, allowed: readonly number[] = [0]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - t;
  if (!allowed.includes(r.status ?? -1)) throw new Error(`${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return ms;
}

const checkMs = (args: string[], env: NodeJS.ProcessEnv = process.env): number => wallMs(args, env, [0, 1]);

export interface CliFigures {
  readonly figures: Record<string, Summary>;
  readonly ratios: Record<string, number>;
}

/** The command line on the bundled corpus against a bare `node` start. */
export function benchCliBundled(rounds: number, draft: string): CliFigures {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'attributor-bench-cache-'));
  const env = { ...process.env, XDG_CACHE_HOME: cache };
  const node: number[] = [];
  const cli: number[] = [];
  try {
    checkMs([CLI, 'check', draft], env);
    for (let i = 0; i < rounds; i++) {
      node.push(wallMs(['-e', '0']));
      cli.push(checkMs([CLI, 'check', draft], env));
    }
  } finally {
    fs.rmSync(cache, { recursive: true, force: true });
  }
  const figures = { 'cli bundled: bare node start': summarize(node), 'cli bundled: check (warm cache)': summarize(cli) };
  return { figures, ratios: { 'cli bundled / bare node start (done when ≤ 2.5)': figures['cli bundled: check (warm cache)'].median / figures['cli bundled: bare node start'].median } };
}

/** The command line on a folder of articles: cold, warm, one article changed, warm again (the change kept beside the index), one added, against the bare read-and-tokenize. */
export function benchCliFolder(label: string, folder: string, rounds: number, draft: string): CliFigures {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'attributor-bench-cli-'));
  const bare = path.join(work, 'bare.js');
  fs.writeFileSync(bare, BARE_READ_AND_TOKENIZE);
  const samples: Record<string, number[]> = { bare: [], cold: [], warm: [], changed: [], afterChange: [], added: [] };
  const files = fs.readdirSync(folder).filter((f) => f.endsWith('.txt')).sort();
  const check = (cache: string) => [CLI, 'check', draft, '--corpus', folder, '--cache', cache];
  try {
    for (let i = 0; i < rounds; i++) {
      const cache = path.join(work, `cache-${i}`);
      samples.bare.push(wallMs([bare, folder]));
      samples.cold.push(checkMs(check(cache)));
      samples.warm.push(checkMs(check(cache)));
      // One article changed (its size too, and a later time): its analysis, and what its names change, done again.
      const changed = path.join(folder, files[(i * 7919) % files.length]);
      fs.appendFileSync(changed, `\n"We will meet again on round ${i}," the chairman said.\n`);
      samples.changed.push(checkMs(check(cache)));
      // Nothing changed since: the persisted index with the change beside it (its delta) is read back.
      samples.afterChange.push(checkMs(check(cache)));
      const added = path.join(folder, `added-${i}.txt`);
      fs.writeFileSync(added, `Harbour news\n\n"The cranes stay idle until round ${i}," harbour master Ann Lee said.\n`);
      samples.added.push(checkMs(check(cache)));
      fs.rmSync(added);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  const s = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, summarize(v)]));
  return {
    figures: {
      [`cli ${label}: bare read-and-tokenize`]: s.bare,
      [`cli ${label}: check, cold cache`]: s.cold,
      [`cli ${label}: check, warm cache`]: s.warm,
      [`cli ${label}: check, one article changed`]: s.changed,
      [`cli ${label}: check, warm cache after a change`]: s.afterChange,
      [`cli ${label}: check, one article added (after the change)`]: s.added,
    },
    ratios: {
      [`cli ${label} warm / bare read-and-tokenize (done when ≤ 2)`]: s.warm.median / s.bare.median,
      [`cli ${label} cold / bare read-and-tokenize (done when ≤ 8)`]: s.cold.median / s.bare.median,
      [`cli ${label} one changed / warm (done when ≤ 1.05)`]: s.changed.median / s.warm.median,
      [`cli ${label} one added / warm`]: s.added.median / s.warm.median,
      [`cli ${label} warm after a change / warm`]: s.afterChange.median / s.warm.median,
    },
  };
}
