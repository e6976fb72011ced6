// After a change, the persisted index replays only the articles whose recorded calls touch a part of the names the
// change made different (traceTouches): what a call touches is worked out from its own words and answer, so a later
// article that names the changed article's new person bare is replayed, and one that names someone else is not.
import * as assert from 'assert';
import * as path from 'path';
import { buildCorpusIndex, loadSourceFolders, openCorpusIndex, type CorpusIndex } from '../../src/core';
import { folderCacheStore } from '../../src/node/folderCacheStore';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { rewrite, tempFolder } from '../support/tempFolders';

/** Each article's quotes' speakers, by file. */
function speakers(index: CorpusIndex): string[] {
  return index.articles.map((a) => `${path.basename(a.path)}: ${a.quotes.map((q) => q.speaker?.name ?? '-').join(', ')}`);
}

describe('a change replayed on the persisted index', function () {
  this.timeout(60_000);

  it('gives the later articles that name the changed article\'s new person by surname or by role that person, while one naming someone else keeps its speaker', async () => {
    const dir = tempFolder('change-replay');
    const cache = tempFolder('index-cache');
    const write = (name: string, text: string) => rewrite(path.join(dir, name), text);
    write('a-pier.txt', 'Pier news\n\n"The pier opens in May," Marek Novak said.\n');
    write('b-council.txt', 'Council news\n\nThe council met on Monday.\n');
    write('c-budget.txt', 'Budget news\n\n"The budget is final," Novak said.\n');
    write('d-quay.txt', 'Quay news\n\n"The quay stays shut for a week," Brandt said.\n');
    write('e-dock.txt', 'Dock news\n\n"The dock is closed until Friday," the harbour master said.\n');
    const open = () => openCorpusIndex(nodeFileSystem, [dir], { cache: { store: folderCacheStore(cache), engine: 'test-engine' } });
    const fresh = async () => buildCorpusIndex((await loadSourceFolders(nodeFileSystem, [dir])).articles);
    const before = await open();
    assert.strictEqual(before.cache, 'cold');
    assert.deepStrictEqual(speakers(before.index), ['a-pier.txt: Marek Novak', 'b-council.txt: ', 'c-budget.txt: Marek Novak', 'd-quay.txt: Brandt', 'e-dock.txt: the harbour master']);

    // The council article now names Lena Brandt, the harbour master: the quay article, whose `Brandt` the change
    // answers otherwise, and the dock article, whose look-up of the role it answers otherwise, must be replayed; the
    // budget article's look-up of `Novak` is answered as before.
    write('b-council.txt', 'Council news\n\n"We will rebuild the wall," said Lena Brandt, the harbour master.\n');
    const after = await open();
    assert.strictEqual(after.cache, 'partial');
    assert.deepStrictEqual(speakers(after.index), [
      'a-pier.txt: Marek Novak', 'b-council.txt: Lena Brandt', 'c-budget.txt: Marek Novak', 'd-quay.txt: Lena Brandt', 'e-dock.txt: Lena Brandt',
    ]);
    assert.deepStrictEqual(speakers(after.index), speakers(await fresh()));
    // The pier article (before the change) and the budget article are taken from their records, not analysed again.
    assert.ok(after.index.passes.taken >= 2, `taken ${after.index.passes.taken}, analysed ${after.index.passes.analysed}`);
  });
});
