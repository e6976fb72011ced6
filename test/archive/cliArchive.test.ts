// `attributor archive add` and `--db` as a newsroom uses them, through the built command: the bundled corpus loaded
// into a real PostgreSQL server, then every command gives from the archive what it gives from the folder.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { NEWSROOM_DRAFT } from '../support/newsroomDraft';
import { startPostgres, type PostgresServer } from '../support/postgresServer';

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli.js');
const CORPUS = path.join(__dirname, '..', '..', 'corpus');

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: os.tmpdir(), encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('attributor archive add and --db (a real server)', () => {
  let server: PostgresServer;
  let db: string;
  let draft: string;

  before(async () => {
    assert.ok(fs.existsSync(CLI), 'dist/cli.js is built (npm run build)');
    server = await startPostgres();
    db = server.createDatabase('cli');
    draft = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'attributor-cli-db-')), 'draft.md');
    fs.writeFileSync(draft, NEWSROOM_DRAFT);
  });
  after(() => {
    server?.stop();
    if (draft) fs.rmSync(path.dirname(draft), { recursive: true, force: true });
  });

  it('loads a folder once and skips its articles the second time', () => {
    const first = run(['archive', 'add', CORPUS, '--db', db, '--json']);
    assert.strictEqual(first.status, 0, first.stderr);
    const loaded = JSON.parse(first.stdout);
    const quotations = JSON.parse(run(['quotes', '--json', '--corpus', CORPUS]).stdout).length;
    assert.deepStrictEqual([loaded.added, loaded.skipped, loaded.quotations], [5, 0, quotations]);
    assert.ok(loaded.passages >= 5 && loaded.seconds > 0, first.stdout);
    const again = run(['archive', 'add', CORPUS, '--db', db, '--json']);
    assert.strictEqual(again.status, 0, again.stderr);
    assert.strictEqual(JSON.parse(again.stdout).added, 0);
    assert.strictEqual(again.stderr.split('\n').filter(Boolean).length, 5);
  });

  it('check, quotes, find and complete give from the archive what they give from the folder', () => {
    for (const args of [['check', draft, '--json'], ['check', draft, '--format', 'sarif'], ['quotes', '--json'], ['find', 'sit down for talks', '--json', '--limit', '1'], ['complete', 'all av', '--json']]) {
      const folder = run([...args, '--corpus', CORPUS]);
      const archive = run([...args, '--db', db]);
      assert.strictEqual(archive.status, folder.status, `${args.join(' ')}: ${archive.stderr}`);
      assert.strictEqual(archive.stdout, folder.stdout, args.join(' '));
    }
    assert.strictEqual(run(['check', draft, '--db', db]).status, 1);
  });

  it('refuses --db with --corpus, and a database without an archive, in one line', () => {
    const both = run(['quotes', '--db', db, '--corpus', CORPUS]);
    assert.strictEqual(both.status, 2);
    assert.match(both.stderr, /^attributor: --db and --corpus each name the sources: give one of them \(see: attributor quotes --help\)\n$/);
    const empty = run(['quotes', '--db', server.createDatabase('empty')]);
    assert.strictEqual(empty.status, 2);
    assert.match(empty.stderr, /^attributor: cannot open the archive: this database holds no Attributor archive yet .*\n$/);
  });
});
