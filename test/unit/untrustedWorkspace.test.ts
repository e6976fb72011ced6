// A workspace the editor does not trust (VS Code's Restricted Mode): source folders outside it, or reached through a
// symbolic link, are not read, and the writer is told why; trusted, the same settings read them.
import * as assert from 'assert';
import * as fs from 'fs';
import { isInside, linkOnPath } from '../../src/service/workspacePaths';
import { FOLDER, MemoryFiles, memoryService } from '../support/memoryWorkspace';

const INSIDE = 'Harbour reopens\n\n"The lighthouse keepers will stay at their posts," mayor Tobias Renn said.\n';
const OUTSIDE = 'Private notes\n\n"My bank password is under the keyboard," Ada Lovelace said.\n';
const FILES = { 'sources/harbour.txt': INSIDE, 'memfs:/outside/notes.txt': OUTSIDE, 'memfs:/notes.txt': OUTSIDE, 'linked/notes.txt': OUTSIDE };

function ids(t: Awaited<ReturnType<typeof memoryService>>): string[] {
  return (t.service.library.current?.articles ?? []).map((a) => a.id).sort();
}

describe('an untrusted workspace', () => {
  it('reads only the source folders inside the workspace, and says which it left unread and why', async () => {
    const t = await memoryService(FILES, { sources: ['sources', '../outside', '/', 'linked'] }, { trusted: false, links: ['linked'] });
    assert.deepStrictEqual(ids(t), ['harbour']);
    assert.deepStrictEqual(
      t.service.library.stats?.untrusted.map((f) => [f.label, f.reason]),
      [['/outside', 'it is outside the workspace'], ['/', 'it is outside the workspace'], ['linked', 'it is reached through the symbolic link linked']],
    );
    assert.ok(t.logged.some((m) => /Not reading the source folder \/outside: .*not trusted/.test(m)), t.logged.join('\n'));
  });

  it('reads them all once trusted (the same settings)', async () => {
    const t = await memoryService(FILES, { sources: ['sources', '../outside', 'linked'] }, { trusted: true, links: ['linked'] });
    assert.strictEqual(t.service.library.current?.articles.length, 3, ids(t).join(', '));
    assert.deepStrictEqual(t.service.library.stats?.untrusted, []);
  });

  it('does not read an alias file reached through a link', async () => {
    const aliases = JSON.stringify({ 'Tobias Renn': ['the keeper of secrets'] });
    const t = await memoryService({ ...FILES, '.attributor/aliases.json': aliases }, { sources: ['sources'] }, { trusted: false, links: ['.attributor'] });
    assert.ok(t.logged.some((m) => /Not reading .*aliases\.json: .*symbolic link \.attributor/.test(m)), t.logged.join('\n'));
  });

  it('isInside and linkOnPath: `..` resolved, other schemes and siblings with a common prefix are outside', async () => {
    assert.ok(isInside('file:///ws', 'file:///ws/a/b.json'));
    assert.ok(!isInside('file:///ws', 'file:///ws/../etc/passwd'));
    assert.ok(!isInside('file:///ws', 'file:///ws-other/a'));
    assert.ok(!isInside('file:///ws', 'vscode-vfs:///ws/a'));
    const files = new MemoryFiles({ 'a/b/c.json': '{}' });
    files.links.add(`${FOLDER}/a/b`);
    assert.strictEqual(await linkOnPath(files, FOLDER, `${FOLDER}/a/b/c.json`), 'a/b');
    assert.strictEqual(await linkOnPath(files, FOLDER, `${FOLDER}/a/new/file.json`), undefined);
  });

  it('declares the settings that name a path or a server restricted in untrusted workspaces', () => {
    const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
      capabilities: { untrustedWorkspaces: { supported: unknown; restrictedConfigurations?: string[] } };
      contributes: { configuration: { properties: Record<string, unknown> } };
    };
    const trust = manifest.capabilities.untrustedWorkspaces;
    // VS Code applies restrictedConfigurations only when support is 'limited'.
    assert.strictEqual(trust.supported, 'limited');
    const pathLike = Object.keys(manifest.contributes.configuration.properties).filter((key) => /(sources|file|folder|path|url|server|command)$/i.test(key));
    assert.ok(pathLike.includes('attributor.sources') && pathLike.includes('attributor.citation.bibliographyFile'), pathLike.join(', '));
    assert.deepStrictEqual([...(trust.restrictedConfigurations ?? [])].sort(), pathLike.sort());
  });
});
