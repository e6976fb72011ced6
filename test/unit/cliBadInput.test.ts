// The command line facing bad input (issue 8): whatever it is given, it ends at once with exit status 2 and one
// line on stderr (no stack trace, no 15-line help), reads drafts with bounded memory, and reads a draft's format
// by the one rule the editor uses too.
import * as assert from 'assert';
import { execFileSync, spawnSync, type SpawnSyncOptions } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import '../support/isolatedCache';
import { tempFolder } from '../support/tempFolders';

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli.js');

function run(args: string[], options: SpawnSyncOptions = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: os.tmpdir(), encoding: 'utf8', timeout: 20_000, ...options });
  return { status: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

function file(name: string, content: string | Buffer): string {
  const target = path.join(tempFolder('cli-bad'), name);
  fs.writeFileSync(target, content);
  return target;
}

/** Exit status 2 and exactly one line on stderr, matching `pattern`. */
function assertOneLineRefusal(r: { status: number | null; stderr: string }, pattern: RegExp, what: string): void {
  assert.strictEqual(r.status, 2, `${what}: exit status ${r.status} (${r.stderr})`);
  const lines = r.stderr.split('\n').filter(Boolean);
  assert.strictEqual(lines.length, 1, `${what}: one line on stderr, got:\n${r.stderr}`);
  assert.match(lines[0], /^attributor: /);
  assert.match(lines[0], pattern, what);
}

describe('the command line facing bad input', () => {
  before(() => assert.ok(fs.existsSync(CLI), 'dist/cli.js is built (npm run build)'));

  it('refuses a FIFO at once instead of waiting for a writer', () => {
    const fifo = path.join(tempFolder('cli-fifo'), 'draft.md');
    execFileSync('mkfifo', [fifo]);
    assertOneLineRefusal(run(['check', fifo]), /not a regular file/, 'a FIFO');
  });

  it('refuses /dev/zero instead of reading it without end', () => {
    assertOneLineRefusal(run(['check', '/dev/zero']), /not a regular file/, '/dev/zero');
  });

  it('refuses binary bytes without a NUL, and invalid UTF-8', () => {
    const binary = file('draft.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x01, 0x02, 0x41, 0x42]));
    assertOneLineRefusal(run(['check', binary]), /not a text file/, 'binary bytes');
    const controls = file('draft.md', 'Putin said "all available means".\u0001\u0002\u0003\n');
    assertOneLineRefusal(run(['check', controls]), /not a text file \(binary bytes\)/, 'control characters');
    const latin1 = file('draft.md', Buffer.from('Putin said "all available means" \xe9t\xe9.\n', 'latin1'));
    assertOneLineRefusal(run(['check', latin1]), /not a text file \(not UTF-8\)/, 'invalid UTF-8');
  });

  it('reads at most --max-draft-mb megabytes of a draft', () => {
    const big = file('big.md', 'Putin said "all available means". '.repeat(100));
    assertOneLineRefusal(run(['check', big, '--max-draft-mb', '0.001']), /more than the limit of 0 MB|is more than the limit/, 'a draft over the limit');
    assert.strictEqual(run(['check', big, '--max-draft-mb', '1']).status, 0);
  });

  it('says in one line that the disk is full, without a stack trace', () => {
    const draft = file('draft.md', 'Zelensky said Russia would use "all available means".\n');
    const full = fs.openSync('/dev/full', 'w');
    try {
      const r = run(['check', draft], { stdio: ['ignore', full, 'pipe'] });
      assertOneLineRefusal(r, /cannot write the output: no space left on the device/, 'a full disk');
    } finally {
      fs.closeSync(full);
    }
  });

  it('answers a usage error with one line that points to --help', () => {
    for (const args of [['check', 'x.md', '--frobnicate'], ['frobnicate'], [], ['find', 'x', '--limit', 'zero'], ['check', 'x.md', '--format', 'xml'], ['quotes', '--format', 'sarif']]) {
      assertOneLineRefusal(run(args), /--help\)$/, args.join(' ') || '(nothing)');
    }
  });

  it('gives exit status 2 and one line for every unreadable input', () => {
    const folder = tempFolder('cli-folder');
    const cases: Array<[string[], RegExp]> = [
      [['check', '/no/such/draft.md'], /no such file/],
      [['check', folder], /a folder, not a file/],
      [['check', file('d.md', 'x'), '--corpus', '/no/such/folder'], /cannot read the corpus folder/],
      [['check', file('d.md', 'x'), '--ignore', '/no/such/ignore.json'], /cannot read \/no\/such\/ignore\.json/],
      [['quotes', '--db', 'postgres://nobody@127.0.0.1:1/none'], /cannot open the archive/],
      [['archive', 'add', folder, '--db', 'postgres://nobody@127.0.0.1:1/none'], /no readable articles/],
      [['archive', 'add', path.dirname(file('port.txt', 'Harbour Master Ilse Varga said: "We will need every crane."')), '--db', 'postgres://nobody@127.0.0.1:1/none'], /cannot load the archive: .*ECONNREFUSED/],
    ];
    for (const [args, pattern] of cases) assertOneLineRefusal(run(args), pattern, args.join(' '));
  });

  it('reads a draft as Markdown only when its name says so, as the editor does', () => {
    // Between backticks is code in Markdown (not checked), and ordinary words in plain text.
    const text = 'Notes from the call: `Zelensky said Russia would use "all available means".`\n';
    const folder = tempFolder('cli-format');
    const names = ['notes', 'notes.txt', 'notes.text', 'notes.md', 'notes.markdown'];
    for (const name of names) fs.writeFileSync(path.join(folder, name), text);
    const statuses = names.map((name) => run(['check', path.join(folder, name)]).status);
    assert.deepStrictEqual(statuses, [1, 1, 1, 0, 0]);
  });
});
