// What the command line shows of a hostile file's control characters. An escape sequence in a source's words, a
// draft's or a file's name would act on the reader's terminal (recolour it, retitle it, make an OSC 8 link) and made
// `--format junit` a report no XML reader accepts; people's output shows them as `\xHH`, data keeps them escaped.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import '../support/isolatedCache';
import { tempFolder } from '../support/tempFolders';

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli.js');
const ESC = '\u001B';
/** Red, then an OSC 8 link, then back to normal: what a hostile file would make the terminal do. */
const SEQUENCES = `${ESC}[31mthe pier${ESC}]8;;http://example.invalid/${ESC}\\ and home${ESC}[0m`;

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: os.tmpdir(), encoding: 'utf8', timeout: 20_000 });
  return { status: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

function sources(): string {
  const folder = tempFolder('cli-controls');
  fs.writeFileSync(path.join(folder, 'harbour.txt'), `Harbour talks\n\nAna Kral said: "We walked to ${SEQUENCES} on Sunday after the vote."\n`);
  return folder;
}

describe('control characters in what the command line shows', () => {
  it('shows a source quote\'s escape sequences as \\x1B in quotes and find, and keeps them exact in --json', () => {
    const corpus = sources();
    for (const args of [['quotes'], ['find', 'walked to the pier on Sunday']]) {
      const r = run([...args, '--corpus', corpus, '--no-cache']);
      assert.strictEqual(r.status, 0, r.stderr);
      assert.ok(!r.stdout.includes(ESC), `${args[0]} wrote an escape character to the terminal:\n${JSON.stringify(r.stdout)}`);
      assert.match(r.stdout, /\\x1B\[31mthe pier\\x1B\]8;;/, args[0]);
    }
    const json = run(['quotes', '--corpus', corpus, '--no-cache', '--json']);
    const rows = JSON.parse(json.stdout) as Array<{ quote: string }>;
    assert.ok(rows.some((row) => row.quote.includes(SEQUENCES)), 'the JSON holds the source\'s words as they are');
  });

  it('writes a JUnit report that is XML when a draft\'s quote holds control characters', () => {
    const corpus = sources();
    const draft = path.join(tempFolder('cli-controls-draft'), 'draft.md');
    fs.writeFileSync(draft, `Ivo Peskar said: "We walked to ${SEQUENCES} on Monday."\n`);
    const r = run(['check', draft, '--corpus', corpus, '--no-cache', '--format', 'junit']);
    assert.strictEqual(r.status, 1, r.stderr);
    // XML 1.0 allows no C0 control but tab, line feed and carriage return, not even as a character reference.
    assert.ok(!/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(r.stdout), `not XML:\n${JSON.stringify(r.stdout)}`);
    assert.match(r.stdout, /<testcase [^>]*name="[^"]*\\x1B\[31mthe pier/);
    const report = run(['report', draft, '--corpus', corpus, '--no-cache']);
    assert.ok(!report.stdout.includes(ESC) && report.stdout.includes('\\x1B[31m'), JSON.stringify(report.stdout));
  });

  it('names a skipped source file whose name holds an escape sequence without acting on the terminal', () => {
    const corpus = sources();
    fs.writeFileSync(path.join(corpus, `notes${ESC}[2J.txt`), Buffer.from([0x41, 0x00, 0x42, 0xff, 0xfe]));
    const r = run(['quotes', '--corpus', corpus, '--no-cache']);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stderr, /notes\\x1B\[2J\.txt.*skipped/);
    assert.ok(!r.stderr.includes(ESC), JSON.stringify(r.stderr));
  });
});
