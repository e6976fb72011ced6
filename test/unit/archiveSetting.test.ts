// `attributor.archive.url` in the service, with the archive opener a host injects (here an in-memory index of other
// articles than the folder's, standing in for PostgreSQL; test/archive runs the real one): a trusted workspace's
// drafts are checked against the archive, an untrusted one's against the folders, without a connection attempt.
import * as assert from 'assert';
import { buildCorpusIndex, embeddedSourceIndex, type SourceIndex } from '../../src/core';
import { draft, memoryService } from '../support/memoryWorkspace';

const FOLDER_ARTICLE = 'Harbour reopens\n\n"The lighthouse keepers will stay at their posts," mayor Tobias Renn said.\n';
const ARCHIVE_ARTICLE = 'Council meets\n\n"The ferry will run every hour from May," councillor Ines Varga said.\n';
const DRAFT = 'Tobias Renn said "the ferry will run every hour from May".\n';

function archiveOpener(opened: string[]): (url: string) => Promise<SourceIndex> {
  return async (url) => {
    opened.push(url);
    return embeddedSourceIndex(buildCorpusIndex([{ id: 'council', path: 'archive:council', text: ARCHIVE_ARTICLE, title: 'Council meets', outlet: null, url: null, date: null, doubts: [] }]));
  };
}

describe('attributor.archive.url', () => {
  const settings = { archive: { url: 'postgres://writer:secret@archive.example/news' } };

  it('checks a trusted workspace’s drafts against the archive: its speaker, not the folder’s silence', async () => {
    const opened: string[] = [];
    const t = await memoryService({ 'sources/harbour.txt': FOLDER_ARTICLE }, settings, { trusted: true, openArchive: archiveOpener(opened) });
    const result = await t.service.diagnostics(draft(DRAFT));
    assert.ok(result?.kind === 'checked');
    assert.deepStrictEqual(result.findings.map((f) => f.code), ['misattributed-quote']);
    assert.match(result.findings[0].message, /Ines Varga/);
    assert.deepStrictEqual(opened, [settings.archive.url]);
  });

  it('does not read it in an untrusted workspace: the folders serve, no connection is tried, and the log says so once', async () => {
    const opened: string[] = [];
    const t = await memoryService({ 'sources/harbour.txt': FOLDER_ARTICLE }, settings, { trusted: false, openArchive: archiveOpener(opened) });
    for (const version of [1, 2]) {
      const result = await t.service.diagnostics(draft(DRAFT, version));
      assert.ok(result?.kind === 'checked');
      assert.deepStrictEqual(result.findings.map((f) => f.code), ['unsourced-quote'], 'checked against the folder, which lacks the quote');
    }
    assert.deepStrictEqual(opened, []);
    const told = t.logged.filter((m) => /Not using the archive/.test(m));
    assert.strictEqual(told.length, 1, t.logged.join('\n'));
    assert.match(told[0], /writer:\*\*\*@archive\.example/);
    assert.doesNotMatch(told[0], /secret/);
  });
});
