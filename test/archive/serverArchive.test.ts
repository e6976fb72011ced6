// The language server with `attributor.archive.url`, as a newsroom writer runs it: the bundled corpus loaded into a
// real PostgreSQL server, then a draft opened in an attributor-ls that reads no folder at all gets the diagnostics
// an attributor-ls with the folder gives, and a hover that names the speaker from the archive. An archive that
// cannot be reached is said in the log, and nothing is checked against other sources in its place.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { DidOpenTextDocumentNotification, HoverRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { NEWSROOM_DRAFT } from '../support/newsroomDraft';
import { startPostgres, type PostgresServer } from '../support/postgresServer';
import { startServer, stopServer, waitFor, type Session } from '../support/languageServerSession';
import { tempFolder } from '../support/tempFolders';

const ROOT = path.join(__dirname, '..', '..');

/** What a writer reads of a diagnostic: where, how severe, which finding and its message. */
function shown(diagnostics: readonly Diagnostic[]): object[] {
  return diagnostics.map((d) => ({ range: d.range, severity: d.severity, code: d.code, message: d.message }));
}

async function diagnosticsOf(session: Session, uri: string): Promise<Diagnostic[]> {
  await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: NEWSROOM_DRAFT } });
  return (await waitFor(`diagnostics of ${uri}`, () => session.diagnostics.find((d) => d.uri === uri))).diagnostics;
}

describe('attributor-ls with attributor.archive.url (a real server)', function () {
  this.timeout(120_000);
  let postgres: PostgresServer;
  let db: string;
  const workspace = tempFolder('ls-archive');
  const draftUri = `file://${workspace}/draft.md`;

  before(async () => {
    postgres = await startPostgres();
    db = postgres.createDatabase('server');
    const added = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'archive', 'add', path.join(ROOT, 'corpus'), '--db', db], { encoding: 'utf8' });
    assert.strictEqual(added.status, 0, added.stderr);
  });
  after(() => postgres?.stop());

  it('pushes the diagnostics from the archive that it pushes from the folder, and hovers with the archive’s sentence', async () => {
    const fromFolder = await startServer(`file://${workspace}`);
    const fromArchive = await startServer(`file://${workspace}`, { includeBundledCorpus: false, archive: { url: db } });
    try {
      const expected = await diagnosticsOf(fromFolder, draftUri);
      assert.ok(expected.some((d) => d.code === 'misattributed-quote'), 'the draft has a misattribution to find');
      const actual = await diagnosticsOf(fromArchive, draftUri);
      assert.deepStrictEqual(shown(actual), shown(expected));
      const ready = [...fromArchive.statuses].reverse().find((s) => s.state === 'ready');
      assert.strictEqual(ready?.articles ?? 0, 0, 'no folder was read: the findings came from the archive');

      const hover = await fromArchive.connection.sendRequest(HoverRequest.type, { textDocument: { uri: draftUri }, position: { line: 2, character: 40 } });
      const value = (hover?.contents as { value: string }).value;
      assert.match(value, /\*\*all available means\*\*/, 'the source sentence, read from the archive');
      assert.doesNotMatch(value, /Attributed there/, 'the diagnostic on the quote says who said it, once');
      assert.doesNotMatch(value, /file:|\.txt/, 'no file of this machine is named for an article of the archive');
    } finally {
      await Promise.all([stopServer(fromFolder), stopServer(fromArchive)]);
    }
  });

  it('says when the archive cannot be reached, without its password, and checks nothing against other sources instead', async () => {
    const down = `postgres://writer:s3cret@127.0.0.1:${postgres.url().match(/:(\d+)\//)![1]}/no_such_database`;
    const session = await startServer(`file://${workspace}`, { archive: { url: down } });
    try {
      const diagnostics = await diagnosticsOf(session, draftUri);
      assert.deepStrictEqual(diagnostics, [], 'no finding from the bundled corpus in place of the archive');
      const said = await waitFor('the log to name the archive', () => session.log.find((line) => line.includes('no_such_database')));
      assert.match(said, /cannot be opened/);
      assert.doesNotMatch(said, /s3cret/);
      assert.match(said, /writer:\*\*\*@/);
    } finally {
      await stopServer(session);
    }
  });
});
