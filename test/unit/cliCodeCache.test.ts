// dist/cli.js runs the command line's code with V8's code cache kept in the user's cache folder: the answers never
// change with it, a damaged or foreign cache is refused and replaced, and --no-cache writes none.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { tempFolder } from '../support/tempFolders';

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli.js');

describe('the command line\'s code cache', () => {
  const run = (xdg: string, args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: xdg } });
    return `${r.status}\n${r.stdout}\n${r.stderr}`;
  };
  const codeFiles = (xdg: string) => {
    const dir = path.join(xdg, 'attributor', 'code');
    return fs.existsSync(dir) ? fs.readdirSync(dir).map((f) => path.join(dir, f)) : [];
  };
  const draft = () => {
    const file = path.join(tempFolder('code-cache-draft'), 'draft.md');
    fs.writeFileSync(file, 'Zelensky said Russia would use "all available means" to protect them.\n');
    return file;
  };

  it('keeps one cache a command, and answers the same with it as without', () => {
    const xdg = tempFolder('code-cache');
    const file = draft();
    const first = run(xdg, ['check', file]);
    assert.match(first, /misattributed-quote/);
    const [cache] = codeFiles(xdg);
    assert.match(path.basename(cache), /^cli-check-[0-9a-f]{16}-v\d+\.\d+\.\d+-\w+\.bin$/);
    for (let i = 0; i < 2; i++) assert.strictEqual(run(xdg, ['check', file]), first);
    const written = fs.readFileSync(cache);
    assert.strictEqual(written[32], 3, 'written by the first three runs');
    assert.strictEqual(run(xdg, ['check', file]), first);
    assert.deepStrictEqual(fs.readFileSync(cache), written, 'then kept as it is');
    run(xdg, ['quotes', '--json']);
    assert.strictEqual(codeFiles(xdg).length, 2, 'a quotes run keeps its own');
  });

  it('refuses a damaged cache or one of other code, answers the same and writes a good one', () => {
    const xdg = tempFolder('code-cache');
    const file = draft();
    const first = run(xdg, ['check', file]);
    const [cache] = codeFiles(xdg);
    const good = fs.readFileSync(cache);
    const damaged = Buffer.from(good);
    for (let i = 64; i < damaged.length; i += 97) damaged[i] ^= 0x5a;
    // Another code's cache with a right digest: V8 refuses it (its source's length differs).
    const otherData = new vm.Script('const harbour = "other code"; harbour.length;').createCachedData();
    const otherBody = Buffer.concat([Buffer.from([1]), otherData]);
    const other = Buffer.concat([createHash('sha256').update(otherBody).digest(), otherBody]);
    // A cache damaged past the digest had ended the process in V8's deserializer.
    for (const bad of [Buffer.from('not a cache at all'), other, damaged, good.subarray(0, good.length - 1000)]) {
      fs.writeFileSync(cache, bad);
      assert.strictEqual(run(xdg, ['check', file]), first);
      assert.notDeepStrictEqual(fs.readFileSync(cache), bad, 'replaced');
      assert.ok(fs.readFileSync(cache).length > 100_000, 'by the code V8 compiled');
    }
  });

  it('keeps it in the folder `--cache DIR` names, beside the index, when one is given', () => {
    const xdg = tempFolder('code-cache');
    const dir = tempFolder('code-cache-dir');
    const file = draft();
    const first = run(xdg, ['check', file, '--cache', dir]);
    assert.match(first, /misattributed-quote/);
    assert.deepStrictEqual(codeFiles(xdg), []);
    assert.strictEqual(fs.readdirSync(path.join(dir, 'code')).length, 1);
    assert.strictEqual(run(xdg, ['check', file, '--cache', dir]), first);
  });

  it('writes no cache with --no-cache', () => {
    const xdg = tempFolder('code-cache');
    assert.match(run(xdg, ['check', draft(), '--no-cache']), /misattributed-quote/);
    assert.deepStrictEqual(codeFiles(xdg), []);
  });
});
