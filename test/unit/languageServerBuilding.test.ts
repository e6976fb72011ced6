// The server answers while it builds: a rebuild of the index over a few hundred source articles is under way, and
// hovers on the draft keep being answered, from the index already there, until the new one is in place. A build that
// held the server's thread would answer them only once it was done.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DidOpenTextDocumentNotification, HoverRequest } from 'vscode-languageserver-protocol/node';
import { RebuildIndexRequest, SourceTreeRequest } from '../../src/protocol/lspExtensions';
import { createGenerator } from '../support/generateCorpus';
import { startServer, stopServer, waitFor, type Session } from '../support/languageServerSession';
import { tempFolder } from '../support/tempFolders';

const ROOT = path.join(__dirname, '..', '..');
const ARTICLES = 400;

describe('attributor-ls while it builds the index', function () {
  this.timeout(120_000);
  let session: Session;
  const workspace = tempFolder('ls-building');
  const draftUri = `file://${workspace}/draft.md`;

  before(async () => {
    const corpus = path.join(ROOT, 'corpus');
    const generator = createGenerator(fs.readdirSync(corpus).map((f) => fs.readFileSync(path.join(corpus, f), 'utf8')).join(' '));
    fs.mkdirSync(path.join(workspace, 'sources'));
    for (let i = 0; i < ARTICLES; i++) fs.writeFileSync(path.join(workspace, 'sources', `article-${i}.txt`), generator.article(i).text);
    session = await startServer(`file://${workspace}`, { sources: ['sources'], includeBundledCorpus: true });
    await waitFor('the first index', () => session.statuses.find((s) => s.state === 'ready'));
    const text = 'Zelensky said Russia would use "all available means" to protect them.\n';
    await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: draftUri, languageId: 'markdown', version: 1, text } });
  });

  after(() => stopServer(session));

  it('lists the sources a page at a time when asked for a range', async () => {
    const all = await session.connection.sendRequest(SourceTreeRequest, {});
    assert.strictEqual(all.length, ARTICLES + 5);
    const page = await session.connection.sendRequest(SourceTreeRequest, { range: { start: 400, end: 500 } });
    assert.deepStrictEqual(page.map((n) => n.id), all.slice(400).map((n) => n.id), 'the last page holds the sources from 400 to the end');
  });

  it('answers hovers from the current index all through a rebuild', async () => {
    const answered: Array<{ at: number; value: string }> = [];
    const started = performance.now();
    let done = 0;
    const rebuilt = session.connection.sendRequest(RebuildIndexRequest).then((status) => {
      done = performance.now();
      return status;
    });
    while (!done) {
      await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: draftUri }, position: { line: 0, character: 40 } }).then((hover) => {
        if (!done) answered.push({ at: performance.now(), value: (hover?.contents as { value?: string } | undefined)?.value ?? '' });
      });
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const status = await rebuilt;
    assert.strictEqual(status.articles, ARTICLES + 5, 'the new index holds every source');
    assert.ok(session.log.some((m) => /Index built in its own thread/.test(m)), `the index was built in a worker thread: ${session.log.filter((m) => /Index built/.test(m)).join(' | ')}`);
    for (const hover of answered) assert.match(hover.value, /\*\*all available means\*\*/, 'each hover gives the source sentence');
    // Reading the files comes first and yields anyway: the build is the second half of the rebuild.
    const middle = started + (done - started) / 2;
    assert.ok(answered.some((h) => h.at > middle), `hovers were answered in the second half of the rebuild (${answered.length} in ${Math.round(done - started)} ms, the last at ${Math.round((answered.at(-1)?.at ?? started) - started)} ms)`);
  });
});
