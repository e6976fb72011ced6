// Write CSL-JSON Bibliography: only into the workspace folder, whatever attributor.citation.bibliographyFile says;
// a new file created, an existing one replaced by one edit of the editor's text (so it can be undone).
import * as assert from 'assert';
import type { CreateFile, TextDocumentEdit } from 'vscode-languageserver-types';
import { FOLDER, memoryService } from '../support/memoryWorkspace';

const SOURCE = 'Harbour reopens\n\n"The lighthouse keepers will stay at their posts," mayor Tobias Renn said.\n';
const METADATA = JSON.stringify({ sources: [{ id: 'harbour', title: 'Harbour $(rm -rf ~) `reboot` reopens', outlet: '"; echo pwned; "' }] });

async function plan(bibliographyFile: string | undefined, target?: string, extra: Record<string, string> = {}, links: string[] = []) {
  const t = await memoryService({ 'sources/harbour.txt': SOURCE, 'sources/sources.json': METADATA, ...extra }, bibliographyFile === undefined ? {} : { citation: { bibliographyFile } }, { links });
  return t.service.writeBibliography(target ? { target } : { folder: FOLDER });
}

describe('the bibliography file', () => {
  it('is created in the workspace folder, its content the sources as JSON data', async () => {
    const planned = await plan(undefined);
    assert.ok('edit' in planned, JSON.stringify(planned));
    const [create, write] = planned.edit.documentChanges as [CreateFile, TextDocumentEdit];
    assert.deepStrictEqual(create, { kind: 'create', uri: `${FOLDER}/bibliography.json`, options: { ignoreIfExists: true } });
    const text = (write.edits[0] as { newText: string }).newText;
    const items = JSON.parse(text) as Array<{ id: string; title: string; publisher?: string }>;
    assert.deepStrictEqual(items.map((i) => [i.id, i.title]), [['harbour', 'Harbour $(rm -rf ~) `reboot` reopens']]);
    assert.strictEqual(planned.created, true);
  });

  it('never leads out of the workspace: parent folders, absolute paths, home folders, drives and URIs are refused', async () => {
    for (const setting of ['../escape.json', 'out/../../escape.json', '/etc/passwd', '~/.bashrc', 'C:\\Users\\me\\.bashrc', 'file:///etc/passwd', '..']) {
      const planned = await plan(setting);
      assert.ok('message' in planned, `${setting}: ${JSON.stringify(planned)}`);
      assert.match(planned.message, /inside|out of the workspace/, setting);
    }
    const outside = await plan(undefined, 'memfs:/elsewhere/bibliography.json');
    assert.ok('message' in outside && /outside the workspace/.test(outside.message));
  });

  it('does not write through a symbolic link (a folder or the file itself)', async () => {
    const throughFolder = await plan('out/bibliography.json', undefined, { 'out/keep.txt': 'x' }, ['out']);
    assert.ok('message' in throughFolder && /symbolic link out\b/.test(throughFolder.message), JSON.stringify(throughFolder));
    const theFile = await plan('bibliography.json', undefined, { 'bibliography.json': '[]' }, ['bibliography.json']);
    assert.ok('message' in theFile && /symbolic link bibliography\.json/.test(theFile.message), JSON.stringify(theFile));
  });

  it('replaces an existing file by one edit of all the text the editor holds, nothing created', async () => {
    const planned = await plan('refs/sources.json', undefined, { 'refs/sources.json': '[ "hand-made" ]\n' });
    assert.ok('edit' in planned, JSON.stringify(planned));
    assert.strictEqual(planned.replaced, true);
    const changes = planned.edit.documentChanges as TextDocumentEdit[];
    assert.strictEqual(changes.length, 1, 'no create');
    assert.strictEqual(changes[0].textDocument.uri, `${FOLDER}/refs/sources.json`);
    const [edit] = changes[0].edits;
    assert.deepStrictEqual(edit.range.start, { line: 0, character: 0 });
    assert.ok(edit.range.end.line > 1_000_000, 'to the end of whatever the editor holds');
  });
});
