// The bundled corpus, read as any folder of articles: every quotation found, every speaker right.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadCorpus, positionAt } from '../../src/core';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { BUNDLED_CORPUS, bundledIndex } from '../support/memoryCorpus';

interface Expected {
  source: string;
  line: number;
  column: number;
  quote: string;
  speaker: string | null;
}

const expected: Expected[] = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'bundled-corpus-quotes.json'), 'utf8')).quotes;

describe('the bundled corpus', () => {
  it('holds the five shared articles byte for byte', () => {
    const shared = path.join(__dirname, '..', '..', '..', 'shared', 'corpus');
    const files = fs.readdirSync(shared).filter((f) => f.endsWith('.txt'));
    assert.strictEqual(files.length, 5);
    for (const f of files) assert.ok(fs.readFileSync(path.join(shared, f)).equals(fs.readFileSync(path.join(BUNDLED_CORPUS, f))), f);
  });

  it('has a title for every article, an outlet only where the article names one, and doubts where its text contradicts its date', async () => {
    const { articles, problems } = await loadCorpus(nodeFileSystem, BUNDLED_CORPUS);
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(articles.length, 5);
    for (const a of articles) {
      assert.ok(a.title.length > 20, a.id);
      assert.ok(a.text.includes(a.title.slice(0, 40)), `${a.id}: the title is the article's own first sentence`);
      if (a.outlet) assert.ok(a.text.toLowerCase().includes(a.outlet.toLowerCase()), `${a.id}: outlet ${a.outlet} is named in the text`);
    }
    const dated = articles.find((a) => /^\s*date \d{4}-\d\d-\d\d/.test(a.text))!;
    assert.strictEqual(dated.date, null);
    assert.ok(dated.doubts.some((d) => /not trusted/.test(d)), 'the contradicted date is reported as a doubt');
  });

  it('finds every quotation, at the right place', async () => {
    const index = await bundledIndex();
    const found = index.articles.flatMap((a) => a.quotes.map((q) => ({ source: a.id, quote: q.text, ...positionAt(a.lineStarts, q.start) })));
    assert.deepStrictEqual(
      found.map((f) => `${f.source}:${f.line + 1}:${f.column + 1} ${f.quote}`),
      expected.map((e) => `${e.source}:${e.line}:${e.column} ${e.quote}`),
    );
  });

  it('names the right speaker of every quotation, and none for scare quotes and names', async () => {
    const index = await bundledIndex();
    const found = index.articles.flatMap((a) => a.quotes.map((q) => `${a.id} “${q.text}” ${q.speaker?.name ?? null}`));
    assert.deepStrictEqual(found, expected.map((e) => `${e.source} “${e.quote}” ${e.speaker}`));
  });

  it('knows one person by every name the articles give them', async () => {
    const index = await bundledIndex();
    const zelensky = index.resolveSpeaker('Zelensky');
    assert.ok(zelensky);
    assert.strictEqual(index.resolveSpeaker('Zelenskyy')?.key, zelensky.key);
    assert.strictEqual(index.resolveSpeaker('the Ukrainian president')?.key, zelensky.key);
    assert.strictEqual(index.resolveSpeaker('Kremlin spokesman')?.name, 'Dmitry Peskov');
    assert.strictEqual(index.resolveSpeaker('the Russian leader')?.name, 'Vladimir Putin');
  });
});
