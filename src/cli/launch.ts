// `attributor` starts here (dist/cli.js). The command line itself is dist/cliMain.js, 1.2 MB of bundled code that V8
// compiles a function at a time as each first runs: a warm check of 10,000 articles spent about 50 of its 350 ms of
// CPU compiling, the bundled corpus's check about 35 of 160 ms. So the code is compiled with V8's code cache, kept in
// the user's cache folder, one file per command (a check's functions are not a `quotes` run's) and per build of the
// code and of Node. V8 checks a cache's version, flags and the source's length and refuses any other, which is then
// compiled afresh and replaced; the file's name carries the code's digest, so a cache of other code of the same
// length is never offered. V8 in a release build does not check the cache's own checksum (a damaged one ends the
// process in its deserializer), so the file opens with a digest of what follows, and one that differs is no cache.
// A cache holds what its run compiled (a cold build's analysis, not a warm run's reading of the persisted index), so a
// command's first few runs each write it again, at exit, with what they added; then it is kept as it is. It is written
// beside its name and renamed over it.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { defaultCacheFolder } from '../node/folderCacheStore';

/** The digest of dist/cliMain.js, written in at build time (scripts/bundle.mjs). */
declare const ATTRIBUTOR_CLI_MAIN: string;

const COMMANDS = new Set(['check', 'report', 'quotes', 'find', 'complete', 'archive']);
/** Node's CommonJS wrapper: the code runs as the module it was bundled to be. */
const WRAP = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];

/**
 * Where the code cache of this command is kept: beside the index's cache, in `--cache DIR` when one is given (a CI that
 * keeps that folder keeps this too), else the user's cache folder; null with --no-cache (nothing is written then).
 */
export function codeCacheFile(argv: readonly string[]): string | null {
  if (argv.includes('--no-cache')) return null;
  const given = argv.indexOf('--cache');
  const folder = given >= 0 && argv[given + 1] !== undefined ? path.resolve(argv[given + 1]) : defaultCacheFolder();
  const command = COMMANDS.has(argv[0]) ? argv[0] : 'other';
  return path.join(folder, 'code', `cli-${command}-${ATTRIBUTOR_CLI_MAIN}-${process.version}-${process.arch}.bin`);
}

const DIGEST_BYTES = 32;
/** How many runs of a command write its cache: a cold build, a warm run and a change each run code the others do not. */
const WRITES = 3;
const digestOf = (data: Uint8Array): Buffer => createHash('sha256').update(data).digest();

/** The cache V8 wrote and how many runs wrote it, when the file is whole: a digest, then the count and the data. */
function readCache(file: string | null): { data: Buffer; writes: number } | undefined {
  let stored: Buffer;
  try {
    if (file === null) return undefined;
    stored = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  const body = stored.subarray(DIGEST_BYTES);
  if (stored.length <= DIGEST_BYTES + 1 || !digestOf(body).equals(stored.subarray(0, DIGEST_BYTES))) return undefined;
  return { data: body.subarray(1), writes: body[0] };
}

/** Writes what V8 compiled in this run; a cache that cannot be written costs the next run a compile, nothing more. */
function writeCache(file: string, script: vm.Script, writes: number): void {
  try {
    const body = Buffer.concat([Buffer.from([writes]), script.createCachedData()]);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    fs.writeFileSync(partial, Buffer.concat([digestOf(body), body]));
    fs.renameSync(partial, file);
  } catch {
    // A read-only or full disk.
  }
}

function launch(): void {
  const main = path.join(__dirname, 'cliMain.js');
  const file = codeCacheFile(process.argv.slice(2));
  const cached = readCache(file);
  const script = new vm.Script(WRAP[0] + fs.readFileSync(main, 'utf8') + WRAP[1], { filename: main, cachedData: cached?.data });
  const writes = cached === undefined || script.cachedDataRejected === true ? 0 : cached.writes;
  if (file !== null && writes < WRITES) process.once('exit', () => writeCache(file, script, writes + 1));
  const module = { exports: {}, id: '.', filename: main, loaded: false };
  // The bundle runs its command when it is the main module and requires Node's own modules alone.
  const requireIt = Object.assign((id: string) => require(id), { main: module, resolve: require.resolve, cache: require.cache });
  script.runInThisContext()(module.exports, requireIt, module, main, __dirname);
}

if (require.main === module) launch();
