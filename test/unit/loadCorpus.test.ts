import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildCorpusIndex, checkDraft, loadCorpus, loadSourceFolders } from '../../src/core';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { tempFolder } from '../support/tempFolders';

function folder(files: Record<string, string | Buffer>): string {
  const dir = tempFolder('corpus');
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('loading a folder of sources', () => {
  it('reads .txt and .md articles, in sub-folders too, and nothing else', async () => {
    const dir = folder({ 'a.txt': 'First article. "Hi," Ann Lee said.', 'notes/b.md': '# Heading\n\nSecond article.', 'c.json': '{}', 'd.png': Buffer.from([1, 2, 3]) });
    const { articles, problems } = await loadCorpus(nodeFileSystem, dir);
    assert.deepStrictEqual(articles.map((a) => a.id), ['a', 'notes/b']);
    assert.deepStrictEqual(problems, []);
  });

  it('skips binary, oversized, empty and non-UTF-8 files with a clear message, and keeps the rest', async () => {
    const dir = folder({
      'good.txt': 'A good article with "a quote," Ann Lee said.',
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2]),
      'huge.txt': 'x'.repeat(2000),
      'empty.md': '   \n\n',
      'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]),
    });
    const { articles, problems } = await loadCorpus(nodeFileSystem, dir, { maxFileBytes: 1000 });
    assert.deepStrictEqual(articles.map((a) => a.id), ['good']);
    const said = Object.fromEntries(problems.map((p) => [path.basename(p.path), p.message]));
    assert.match(said['binary.txt'], /not UTF-8 text/);
    assert.match(said['huge.txt'], /larger than/);
    assert.match(said['empty.md'], /empty/);
    assert.match(said['latin1.txt'], /not UTF-8/);
  });

  it('skips a file that decodes as UTF-8 but holds a zero byte among its first 8,000, and reads one whose zero comes later', async () => {
    // 3,000 three-byte characters: the zero of late.txt stands past byte 8,000 though before character 8,000.
    const wide = '\u201C'.repeat(3000);
    const dir = folder({
      'early.txt': `"A quote," Ann Lee said.\u0000 ${wide}`,
      'wide-early.txt': `${wide.slice(0, 1500)}\u0000 "A quote," Ann Lee said.`,
      'late.txt': `"A quote," Ann Lee said. ${wide}\u0000 and more.`,
    });
    assert.ok(Buffer.byteLength(fs.readFileSync(path.join(dir, 'late.txt'), 'utf8').split('\u0000')[0]) > 8000);
    const { articles, problems } = await loadCorpus(nodeFileSystem, dir);
    assert.deepStrictEqual(articles.map((a) => a.id), ['late']);
    assert.ok(articles[0].text.includes('\u0000 and more.'));
    assert.deepStrictEqual(problems.map((p) => [path.basename(p.path), /not UTF-8 text/.test(p.message)]), [['early.txt', true], ['wide-early.txt', true]]);
  });

  it('says so when a folder has no articles or does not exist, without throwing', async () => {
    const empty = await loadCorpus(nodeFileSystem, folder({}));
    assert.deepStrictEqual(empty.articles, []);
    assert.match(empty.problems[0].message, /no articles/);
    const missing = await loadCorpus(nodeFileSystem, path.join(os.tmpdir(), 'attributor-no-such-folder'));
    assert.match(missing.problems[0].message, /cannot read the folder/);
    const index = buildCorpusIndex([]);
    assert.deepStrictEqual(index.find('anything'), []);
    assert.deepStrictEqual(checkDraft('He said "hello there, friends of the port."', index).findings.map((f) => f.code), ['unsourced-quote']);
  });

  it('takes titles and outlets from sources.json, tolerating bad entries', async () => {
    const meta = JSON.stringify({ sources: [{ id: 'a', title: 'Storm hits the port', outlet: 'Port Gazette', url: 'https://example.org/a' }, { title: 'no id' }] });
    const dir = folder({ 'a.txt': 'Body text of the article.', 'b.txt': 'Another body.\nSource: Harbour Weekly', 'sources.json': meta });
    const { articles, problems } = await loadCorpus(nodeFileSystem, dir);
    assert.deepStrictEqual(articles.map((a) => [a.id, a.title, a.outlet, a.url]), [
      ['a', 'Storm hits the port', 'Port Gazette', 'https://example.org/a'],
      ['b', 'Another body.', 'Harbour Weekly', null],
    ]);
    assert.match(problems[0].message, /entry 2 has no "id"/);
  });

  it('reports malformed metadata and goes on with the articles', async () => {
    const dir = folder({ 'a.txt': 'Body text.', 'sources.json': '{ not json' });
    const { articles, problems } = await loadCorpus(nodeFileSystem, dir);
    assert.strictEqual(articles.length, 1);
    assert.match(problems[0].message, /not valid JSON/);
  });

  it('never follows a symbolic link, so a link to its own folder cannot loop, and says so', async () => {
    const dir = folder({ 'a.txt': 'The only article. "Hi," Ann Lee said.' });
    for (let i = 0; i < 10; i++) fs.symlinkSync('.', path.join(dir, `loop${i}`));
    fs.symlinkSync(path.join(dir, 'a.txt'), path.join(dir, 'b.txt'));
    const { articles, problems } = await loadCorpus(nodeFileSystem, dir);
    assert.deepStrictEqual(articles.map((a) => a.id), ['a']);
    assert.strictEqual(problems.length, 1);
    assert.match(problems[0].message, /11 symbolic link\(s\) not followed/);
  });

  it('stops at a limit of files walked and of bytes read, with a clear message', async () => {
    const dir = folder(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`sub${i % 3}/a${i}.txt`, `Article ${i} says little. `.repeat(20)])));
    const wide = await loadCorpus(nodeFileSystem, dir, { maxEntries: 12 });
    assert.ok(wide.articles.length < 12);
    assert.match(wide.problems.map((p) => p.message).join('\n'), /more than 12 files and folders; the rest were not read/);
    const heavy = await loadCorpus(nodeFileSystem, dir, { maxTotalBytes: 3000 });
    assert.ok(heavy.articles.length > 0 && heavy.articles.length < 30);
    assert.match(heavy.problems.map((p) => p.message).join('\n'), /the limit for one source folder; the rest were not indexed/);
  });

  it('doubts a leading date that the article contradicts', async () => {
    const dir = folder({ 'a.txt': 'date 2001-05-04 The floods of March 2019 destroyed the dyke.' });
    const [a] = (await loadCorpus(nodeFileSystem, dir)).articles;
    assert.strictEqual(a.date, null);
    assert.match(a.doubts[0], /2001-05-04.*2019/);
  });

  it('titles an article without metadata by the first sentence of its first line with a letter, whatever its line ends', async () => {
    const body = ['', '  ', '***', '  The harbour of Port Aldis reopened on Monday. Crews cheered.  ', 'Later lines.'];
    const dir = folder({ 'lf.txt': body.join('\n'), 'crlf.txt': body.join('\r\n') });
    const titles = Object.fromEntries((await loadCorpus(nodeFileSystem, dir)).articles.map((a) => [a.id, a.title]));
    assert.deepStrictEqual(titles, { lf: 'The harbour of Port Aldis reopened on Monday.', crlf: 'The harbour of Port Aldis reopened on Monday.' });
  });
});

describe('loading several folders of sources', () => {
  it('keeps two articles of the same name from different folders, the later cited by an id of its own', async () => {
    const one = folder({ 'storm.txt': 'Storm closes the port. "We stay shut," Ann Lee said.' });
    const two = folder({ 'storm.txt': 'Storm hits the farms. "The crops are gone," Ben Okafor said.', 'other.txt': 'Another article entirely.' });
    const warnings: string[] = [];
    const { articles } = await loadSourceFolders(nodeFileSystem, [one, two], { logger: { info() {}, warn: (m) => warnings.push(m) } });
    assert.deepStrictEqual(articles.map((a) => a.id), ['storm', 'other', 'storm-2']);
    assert.match(articles[2].text, /crops/);
    assert.ok(warnings.some((w) => /storm-2/.test(w)), warnings.join(' | '));
    const index = buildCorpusIndex(articles);
    assert.strictEqual(index.complete('The crops')[0]?.location.sourceId, 'storm-2');
  });

  it('reports a folder that cannot be read and still loads the others', async () => {
    const good = folder({ 'a.txt': 'A readable article about the harbour.' });
    const { articles, problems } = await loadSourceFolders(nodeFileSystem, [path.join(good, 'missing'), good]);
    assert.deepStrictEqual(articles.map((a) => a.id), ['a']);
    assert.ok(problems.some((p) => p.path.endsWith('missing')), JSON.stringify(problems));
  });
});
