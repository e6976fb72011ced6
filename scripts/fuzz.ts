// `npm run fuzz`: the fuzz suite of `npm test` (test/unit/fuzz.test.ts) run longer, and with another seed if asked.
//   npm run fuzz                      50 times the suite's own number of cases, its fixed seed
//   npm run fuzz -- --runs 200        200 times
//   npm run fuzz -- --seed random     a new seed each run (printed, so a failure can be replayed with --seed N)
import { spawnSync } from 'child_process';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
}

const runs = Number(option('--runs') ?? 50);
const seedOption = option('--seed');
const seed = seedOption === 'random' ? Math.floor(Math.random() * 2 ** 31) : seedOption ?? '20261128';
console.log(`fuzz: ${runs} times the suite's cases, seed ${seed}`);
const result = spawnSync('npx', ['mocha', '--grep', 'fuzzing the engine', '--timeout', '0'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed) },
});
process.exit(result.status ?? 1);
