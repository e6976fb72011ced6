// The protocol test: a real `attributor-ls --stdio` process, spoken to as Neovim, Helix or Zed would (the
// invocation is the one the README's editor configurations give), returns the diagnostic of a misattribution, a
// hover naming the real speaker and a quick fix that puts that speaker in the draft.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CodeActionRequest, DidChangeWatchedFilesNotification, DidOpenTextDocumentNotification, FileChangeType, ExecuteCommandRequest, HoverRequest, type CodeAction, type TextDocumentEdit } from 'vscode-languageserver-protocol/node';
import { formatOfDraft } from '../../src/core';
import { RebuildIndexRequest, WorkspaceTrustNotification } from '../../src/protocol/lspExtensions';
import { startServer, stopServer, waitFor, type Session } from '../support/languageServerSession';
import { tempFolder } from '../support/tempFolders';

const ROOT = path.join(__dirname, '..', '..');

describe('attributor-ls over stdio', function () {
  this.timeout(30_000);
  let session: Session;
  const workspace = tempFolder('ls-workspace');
  const draftUri = `file://${workspace}/draft.md`;
  const text = '# Draft\n\nZelensky said Russia would use "all available means" to protect them.\n';

  before(async () => {
    session = await startServer(`file://${workspace}`);
    await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: draftUri, languageId: 'markdown', version: 1, text } });
  });

  after(() => stopServer(session));

  it('says when the bundled sources are indexed', async () => {
    const ready = await waitFor('the index status', () => session.statuses.find((s) => s.state === 'ready'));
    assert.strictEqual(ready.articles, 5);
    assert.deepStrictEqual(ready.problems, []);
    const rebuilt = await session.connection.sendRequest(RebuildIndexRequest);
    assert.strictEqual(rebuilt.articles, 5);
    assert.ok(rebuilt.generation > ready.generation, 'a new index');
  });

  it('pushes the misattribution as a diagnostic, with the source passage as related information', async () => {
    const published = await waitFor('diagnostics of the draft', () => session.diagnostics.find((d) => d.uri === draftUri && d.diagnostics.length > 0));
    const [d] = published.diagnostics;
    assert.strictEqual(d.code, 'misattributed-quote');
    assert.strictEqual(d.source, 'attributor');
    assert.deepStrictEqual(d.range, { start: { line: 2, character: 31 }, end: { line: 2, character: 52 } });
    assert.match(String(d.message), /Vladimir Putin, not Volodymyr Zelenskyy/);
    assert.match(String(d.relatedInformation?.[0].location.uri), /\/corpus\/000_2a924b54361fdf08\.txt$/);
  });

  it('answers a hover on the quotation with the source sentence, leaving the speaker to the diagnostic, without editor-only links', async () => {
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: draftUri }, position: { line: 2, character: 40 } });
    const value = (hover?.contents as { value: string }).value;
    assert.match(value, /\*\*all available means\*\*/);
    assert.doesNotMatch(value, /Attributed there/, 'the diagnostic on the quote says so');
    assert.doesNotMatch(value, /command:|\$\(/, 'no VS Code command links or icons for other editors');
  });

  it('offers the quick fix that puts the source speaker in place of the wrong one', async () => {
    const published = session.diagnostics.find((d) => d.uri === draftUri && d.diagnostics.length > 0)!;
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: draftUri },
      range: published.diagnostics[0].range,
      context: { diagnostics: published.diagnostics },
    })) as CodeAction[];
    const fix = actions.find((a) => a.title.startsWith('Attribute to Putin'));
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    assert.strictEqual(fix.kind, 'quickfix');
    const [change] = fix.edit!.documentChanges as TextDocumentEdit[];
    assert.deepStrictEqual(change.textDocument, { uri: draftUri, version: 1 });
    assert.deepStrictEqual(change.edits, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 8 } }, newText: 'Putin' }]);
  });

  it('ignores a quote through workspace/executeCommand and workspace/applyEdit: one edit creating .attributor/ignore.json', async () => {
    const published = session.diagnostics.find((d) => d.uri === draftUri && d.diagnostics.length > 0)!;
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: draftUri }, range: published.diagnostics[0].range, context: { diagnostics: published.diagnostics } })) as CodeAction[];
    const ignore = actions.find((a) => a.title.startsWith('Ignore this quote'));
    assert.ok(ignore?.command);
    const result = await session.connection.sendRequest(ExecuteCommandRequest.type, { command: ignore.command.command, arguments: ignore.command.arguments });
    assert.strictEqual((result as { applied: boolean }).applied, true);
    assert.strictEqual(session.applied.length, 1);
    const edit = JSON.stringify(session.applied[0]);
    assert.match(edit, /"kind":"create","uri":"file:\/\/[^"]*\/\.attributor\/ignore\.json"/);
    assert.match(edit, /all available means/);
    // The quote is ignored from now on: the draft's diagnostics are cleared.
    await waitFor('the ignored finding to go', () => (session.diagnostics.at(-1)?.uri === draftUri && session.diagnostics.at(-1)!.diagnostics.length === 0 ? true : undefined));
  });
});

describe('attributor-ls in a virtual workspace', function () {
  this.timeout(30_000);

  it('reads the sources through the client, reports the unreadable one, and checks a draft against the rest', async () => {
    const root = 'vscode-vfs://github/newsroom/drafts';
    const files = new Map([
      [`${root}/sources/harbour.txt`, 'Harbour reopens\n\n"The lighthouse keepers will stay at their posts," mayor Tobias Renn said on Monday.\n'],
      [`${root}/sources/broken.txt`, ''],
    ]);
    const session = await startServer(root, { sources: ['sources'], includeBundledCorpus: false }, files);
    try {
      const ready = await waitFor('the index status', () => session.statuses.find((s) => s.state === 'ready'));
      assert.strictEqual(ready.articles, 1);
      assert.deepStrictEqual(ready.problems.map((p) => p.path), [`${root}/sources/broken.txt`]);
      const uri = `${root}/draft.md`;
      await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: 'Ben Okafor said "the lighthouse keepers will stay at their posts".\n' } });
      const published = await waitFor('diagnostics', () => session.diagnostics.find((d) => d.uri === uri && d.diagnostics.length > 0));
      assert.match(String(published.diagnostics[0].message), /Tobias Renn/);
      assert.strictEqual(String(published.diagnostics[0].relatedInformation?.[0].location.uri), `${root}/sources/harbour.txt`);
    } finally {
      await stopServer(session);
    }
  });
});

describe('attributor-ls with a persisted index', function () {
  this.timeout(60_000);

  async function session(workspace: string, cache: string, draft: string) {
    const s = await startServer(`file://${workspace}`, { sources: ['sources'], includeBundledCorpus: false }, undefined, { indexCache: `file://${cache}` });
    const ready = await waitFor('the index status', () => s.statuses.find((st) => st.state === 'ready'));
    const uri = `file://${workspace}/draft.md`;
    await s.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: draft } });
    const published = await waitFor('diagnostics', () => s.diagnostics.find((d) => d.uri === uri));
    await stopServer(s);
    return { ready, diagnostics: published.diagnostics.map((d) => [d.range, d.message]) };
  }

  it('keeps the index in the folder the client names, and answers the same from it at the next start, a changed source read anew', async () => {
    const workspace = tempFolder('ls-cache-workspace');
    const cache = path.join(tempFolder('ls-cache-storage'), 'index');
    fs.mkdirSync(path.join(workspace, 'sources'));
    fs.writeFileSync(path.join(workspace, 'sources', 'harbour.txt'), 'Harbour reopens\n\n"The lighthouse keepers will stay at their posts," mayor Tobias Renn said on Monday.\n');
    fs.writeFileSync(path.join(workspace, 'sources', 'port.txt'), 'Port news\n\n"The cranes stay idle until spring," Ann Lee said.\n');
    const draft = 'Ben Okafor said "the lighthouse keepers will stay at their posts".\n\nBen Okafor said "the cranes stay idle until spring".\n';
    const cold = await session(workspace, cache, draft);
    assert.strictEqual(cold.ready.cache, 'cold');
    assert.strictEqual(fs.readdirSync(cache).length, 1, 'one index file in the client storage');
    assert.strictEqual(cold.diagnostics.length, 2);
    const warm = await session(workspace, cache, draft);
    assert.strictEqual(warm.ready.cache, 'warm');
    assert.deepStrictEqual(warm.diagnostics, cold.diagnostics);
    fs.writeFileSync(path.join(workspace, 'sources', 'port.txt'), 'Port news\n\n"The cranes stay idle until spring," harbour master Ben Okafor said.\n');
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(workspace, 'sources', 'port.txt'), later, later);
    const partial = await session(workspace, cache, draft);
    assert.strictEqual(partial.ready.cache, 'partial');
    assert.strictEqual(partial.diagnostics.length, 1, 'the quote now rightly attributed raises nothing');
  });
});

describe('attributor-ls when a source is saved', function () {
  this.timeout(60_000);

  it('updates the saved and the removed source\'s share of the persisted index, not the whole: the new quote is found, the removed one is gone, the others stay', async () => {
    const workspace = tempFolder('ls-delta-workspace');
    const cache = path.join(tempFolder('ls-delta-storage'), 'index');
    const sources = path.join(workspace, 'sources');
    fs.mkdirSync(sources);
    fs.writeFileSync(path.join(sources, 'harbour.txt'), 'Harbour reopens\n\n"The lighthouse keepers will stay at their posts," mayor Tobias Renn said on Monday.\n');
    fs.writeFileSync(path.join(sources, 'port.txt'), 'Port news\n\n"The cranes stay idle until spring," Ann Lee said.\n');
    fs.writeFileSync(path.join(sources, 'dock.txt'), 'Dock news\n\n"The dry dock stays closed all winter," engineer Mara Voss said.\n');
    const session = await startServer(`file://${workspace}`, { sources: ['sources'], includeBundledCorpus: false }, undefined, { indexCache: `file://${cache}` });
    try {
      const first = await waitFor('the index status', () => session.statuses.find((st) => st.state === 'ready'));
      const baseName = fs.readdirSync(cache).find((f) => f.endsWith('.bin'))!;
      const base = fs.statSync(path.join(cache, baseName));
      const uri = `file://${workspace}/draft.md`;
      const lines = ['Ben Okafor said "the lighthouse keepers will stay at their posts".', 'Ben Okafor said "the cranes will stay idle until the new harbour master arrives in May".', 'Ben Okafor said "the dry dock stays closed all winter".'];
      await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: lines.join('\n\n') + '\n' } });
      const messages = (line: number) => () => {
        const published = [...session.diagnostics].reverse().find((d) => d.uri === uri);
        return published?.diagnostics.filter((d) => d.range.start.line === line * 2).map((d) => String(d.message)).join(' | ');
      };
      await waitFor('the dock quote given to its speaker', () => (/Mara Voss/.test(messages(2)() ?? '') ? true : undefined));
      assert.doesNotMatch(messages(1)() ?? '', /Ann Lee/);

      fs.writeFileSync(path.join(sources, 'port.txt'), 'Port news\n\n"The cranes will stay idle until the new harbour master arrives in May," Ann Lee said.\n');
      const later = new Date(Date.now() + 5000);
      fs.utimesSync(path.join(sources, 'port.txt'), later, later);
      fs.rmSync(path.join(sources, 'dock.txt'));
      await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
        changes: [
          { uri: `file://${sources}/port.txt`, type: FileChangeType.Changed },
          { uri: `file://${sources}/dock.txt`, type: FileChangeType.Deleted },
        ],
      });
      const updated = await waitFor('the updated index', () => session.statuses.find((st) => st.state === 'ready' && st.generation > first.generation));
      assert.strictEqual(updated.cache, 'partial');
      assert.strictEqual(updated.articles, 2);
      await waitFor('the changed quote given to its speaker', () => (/Ann Lee/.test(messages(1)() ?? '') ? true : undefined));
      assert.doesNotMatch(messages(2)() ?? '', /Mara Voss/, 'the removed source no longer speaks');
      assert.match(messages(0)() ?? '', /Tobias Renn/, 'the unchanged source still does');
      const after = fs.statSync(path.join(cache, baseName));
      assert.deepStrictEqual([after.ino, after.size, after.mtimeMs], [base.ino, base.size, base.mtimeMs], 'the persisted index is not written again');
      assert.ok(fs.readdirSync(cache).some((f) => f.endsWith('.delta')), 'the change is kept beside it');
    } finally {
      await stopServer(session);
    }
  });
});

describe('attributor-ls in a workspace the editor does not trust', function () {
  this.timeout(30_000);

  it('leaves a source folder outside the workspace unread until the editor trusts the workspace', async () => {
    const root = tempFolder('ls-untrusted');
    fs.mkdirSync(path.join(root, 'workspace'));
    fs.mkdirSync(path.join(root, 'outside'));
    fs.writeFileSync(path.join(root, 'outside', 'notes.txt'), 'Private notes\n\n"The key is under the mat," Ada Lovelace said.\n');
    const session = await startServer(`file://${root}/workspace`, { sources: ['../outside'] }, undefined, { workspaceTrusted: false });
    try {
      const ready = await waitFor('the index status', () => session.statuses.find((s) => s.state === 'ready'));
      assert.strictEqual(ready.articles, 5, 'only the bundled corpus');
      assert.deepStrictEqual(ready.untrusted, [{ label: path.join(root, 'outside'), reason: 'it is outside the workspace' }]);
      await session.connection.sendNotification(WorkspaceTrustNotification, { trusted: true });
      const trusted = await waitFor('the index with the folder', () => session.statuses.find((s) => s.state === 'ready' && s.articles === 6));
      assert.strictEqual(trusted.untrusted, undefined);
    } finally {
      await stopServer(session);
    }
  });
});

describe('one rule for a draft\'s format: the command line and the language server', function () {
  this.timeout(30_000);

  it('formatOfDraft: Markdown when the name says so, plain text otherwise; an untitled draft by its language', () => {
    assert.deepStrictEqual(
      ['draft.md', 'DRAFT.Markdown', 'file:///a/b.md', 'vscode-vfs://github/x/draft.md?ref=main', 'notes.txt', 'file:///a/notes.txt', 'README', 'notes#1.md'].map((p) => formatOfDraft(p, 'markdown')),
      ['markdown', 'markdown', 'markdown', 'markdown', 'plain', 'plain', 'plain', 'markdown'],
    );
    assert.deepStrictEqual([formatOfDraft('untitled:Untitled-1', 'markdown'), formatOfDraft('untitled:Untitled-2', 'plaintext'), formatOfDraft('untitled:Untitled-3')], ['markdown', 'plain', 'plain']);
  });

  it('give the same findings on a .txt transcript (read as plain text, each line its own paragraph)', async () => {
    const root = tempFolder('ls-format');
    fs.mkdirSync(path.join(root, 'sources'));
    fs.writeFileSync(path.join(root, 'sources', 'farms.txt'), 'Farmers count the losses\n\n"We lost the whole wheat harvest in one night," farmer Ben Okafor said.\n');
    fs.writeFileSync(path.join(root, 'sources', 'harbour.txt'), 'Harbour reopens\n\n"The lighthouse keepers will stay at their posts," Port Aldis mayor Tobias Renn said.\n');
    // Plain text: each line is a paragraph of its own. The first quote is spoken by whoever the line before shows
    // taking the floor; the second has no speaker, for "Okafor said." on the next line is another paragraph. As
    // Markdown, the two lines are one paragraph and Okafor is its speaker.
    const transcript = 'Renn said the council met.\n"We lost the whole wheat harvest in one night"\n\n"The lighthouse keepers will stay at their posts"\nOkafor said.\n';
    fs.writeFileSync(path.join(root, 'transcript.txt'), transcript);
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', '--corpus', path.join(root, 'sources'), 'transcript.txt', '--json'], { cwd: root, encoding: 'utf8' });
    const fromCli = (JSON.parse(cli.stdout) as Array<{ line: number; column: number; code: string }>).map((f) => `${f.line}:${f.column} ${f.code}`);
    assert.deepStrictEqual(fromCli, ['2:1 misattributed-quote'], cli.stderr);
    const session = await startServer(`file://${root}`, { sources: ['sources'], includeBundledCorpus: false });
    try {
      await waitFor('the index', () => session.statuses.find((s) => s.state === 'ready'));
      for (const [name, languageId] of [['transcript.txt', 'plaintext'], ['transcript.md', 'markdown']]) {
        await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: `file://${root}/${name}`, languageId, version: 1, text: transcript } });
      }
      const published = (name: string) => session.diagnostics.find((d) => d.uri === `file://${root}/${name}`);
      await waitFor('both drafts checked', () => (published('transcript.txt') && published('transcript.md') ? true : undefined));
      const fromServer = published('transcript.txt')!.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`);
      assert.deepStrictEqual(fromServer, fromCli);
      const asMarkdown = published('transcript.md')!.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`);
      assert.deepStrictEqual(asMarkdown, ['2:1 misattributed-quote', '4:1 misattributed-quote'], 'the same text named .md is Markdown: "Okafor said." joins the quote before it');
    } finally {
      await stopServer(session);
    }
  });
});
