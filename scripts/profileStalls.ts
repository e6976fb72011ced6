// Prints the stalls of a .cpuprofile (ATTRIBUTOR_HOST_PROFILE of the in-host suite, or node --cpu-prof): every run of
// busy samples at least the given length, with the functions that took its time and the share of code whose script
// URL contains the given text. Usage: tsx scripts/profileStalls.ts file.cpuprofile [minimum ms, 30] [own URL text]
import * as fs from 'fs';
import { busyRuns, describeRun, type CpuProfile } from '../test/support/cpuProfileStalls';

const [file, minimum = '30', own = 'attributor.attributor'] = process.argv.slice(2);
if (!file) {
  console.error('usage: tsx scripts/profileStalls.ts file.cpuprofile [minimum ms] [own URL text]');
  process.exit(2);
}
const runs = busyRuns(JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile, (url) => url.includes(own));
const long = runs.filter((r) => r.ms >= Number(minimum));
const ownLongest = runs.reduce((a, r) => Math.max(a, r.ownMs), 0);
const ownTotal = runs.reduce((a, r) => a + r.ownMs, 0);
console.log(`${runs.length} busy runs, ${long.length} of ${minimum} ms or more; code matching "${own}": ${ownTotal.toFixed(0)} ms in all, at most ${ownLongest.toFixed(0)} ms in one run`);
for (const r of long) console.log(`  ${describeRun(r)}`);
