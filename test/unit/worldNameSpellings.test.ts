// Names of the world's traditions as the sources write them, shown in full wherever the engine shows a speaker: a
// given name with its patronymic (`Faisal bin Tarek`) in an index, as in one article read alone.
import * as assert from 'assert';
import * as path from 'path';
import { buildCorpusIndex, loadSourceFolders, openCorpusIndex, type CorpusIndex } from '../../src/core';
import { folderCacheStore } from '../../src/node/folderCacheStore';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { speakers } from '../support/quoteSpeakers';
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

  it('reads initials set after a short form of a name (`Peskar Vidal, known as TIPV,`) as the person named in full before', () => {
    const article = (rest: string) => `Bridge opens\n\nPORT ALDIS - Governor Tomás Ivo Peskar Vidal opened the bridge on Friday, and Mayor Luis Ruiz joined by video.\n\nPeskar Vidal, known as TIPV, spoke first.\n\nRuiz welcomed the deal. "We will use it every day," he said.\n\n${rest}`;
    // The pronoun after the initials' sentence means the governor, never the man named before.
    assert.deepStrictEqual(speakers(article('Asked about the cost, TIPV was dismissive. "They said the same in 1990," he said.')), ['Luis Ruiz', 'Tomás Ivo Peskar Vidal']);
    assert.deepStrictEqual(speakers(article('"We will not wait," TIPV said.')), ['Luis Ruiz', 'Tomás Ivo Peskar Vidal']);
    // Initials the full name does not spell stay a body's.
    assert.deepStrictEqual(speakers(article('"We will not wait," TIPX said.')), ['Luis Ruiz', 'TIPX']);
  });
});
