// Names of the world's traditions as the sources write them, shown in full wherever the engine shows a speaker: a
// given name with its patronymic (`Faisal bin Tarek`) in an index, as in one article read alone.
import * as assert from 'assert';
import * as path from 'path';
import { buildCorpusIndex, loadSourceFolders, openCorpusIndex, type CorpusIndex } from '../../src/core';
import { folderCacheStore } from '../../src/node/folderCacheStore';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { rewrite, tempFolder } from '../support/tempFolders';

const quoted = (index: CorpusIndex) => index.articles.map((a) => a.quotes.map((q) => q.speaker?.name ?? '-').join(', '));

describe('names of the world as the sources write them', function () {
  this.timeout(60_000);

  it('shows a prince named with his patronymic in full in an index, fresh and after another article changes', async () => {
    const dir = tempFolder('patronymic-index');
    const cache = tempFolder('patronymic-cache');
    const write = (file: string, text: string) => rewrite(path.join(dir, file), text);
    write('a-port.txt', 'Port deal signed\n\nRIYADH - Crown Prince Faisal bin Tarek opened the new port on Sunday.\n\nPrince Faisal spoke at the quay. "The ships will come," he said.\n');
    write('b-quay.txt', 'Quay news\n\nThe quay opened on Monday.\n');
    const open = () => openCorpusIndex(nodeFileSystem, [dir], { cache: { store: folderCacheStore(cache), engine: 'test-engine' } });
    const fresh = async () => buildCorpusIndex((await loadSourceFolders(nodeFileSystem, [dir])).articles, {});
    assert.deepStrictEqual(quoted(await fresh()), ['Faisal bin Tarek', '']);
    assert.deepStrictEqual(quoted((await open()).index), ['Faisal bin Tarek', '']);
    write('b-quay.txt', 'Quay news\n\n"The quay is open," said Ana Kral, the harbour master.\n');
    const after = await open();
    assert.strictEqual(after.cache, 'partial');
    assert.deepStrictEqual(quoted(after.index), ['Faisal bin Tarek', 'Ana Kral']);
  });
});
