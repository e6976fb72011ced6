// The `attributor` command as a newsroom's CI runs it: the built dist/cli.js, its output and exit status.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import '../support/isolatedCache';
import { tempFolder } from '../support/tempFolders';

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli.js');

function run(args: string[], cwd = os.tmpdir()): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempFile(name: string, text: string): string {
  const dir = tempFolder('cli');
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('the attributor command line', () => {
  before(() => assert.ok(fs.existsSync(CLI), 'dist/cli.js is built (npm run build)'));

  it('checks a draft: a finding per line, exit status 1', () => {
    const draft = tempFile('draft.md', '# Draft\n\nZelensky said Russia would use "all available means" to protect them.\n');
    const r = run(['check', draft]);
    assert.strictEqual(r.status, 1, r.stderr);
    assert.match(r.stdout.trim(), /^.*draft\.md:3:32: warning: The sources attribute this quote to Vladimir Putin, not Volodymyr Zelenskyy: “Russian President Vladimir Putin has signed treaties to annex parts of Ukraine” \(AP\), line 8\. \[misattributed-quote\]$/, 'the source is named by its headline and outlet, never its file id');
  });

  it('reads several --corpus folders, each article cited by an id of its own', () => {
    const dir = tempFolder('cli-corpus');
    fs.mkdirSync(path.join(dir, 'a'));
    fs.mkdirSync(path.join(dir, 'b'));
    fs.writeFileSync(path.join(dir, 'a', 'port.txt'), 'Port news\n\n"The harbour reopens on Monday," Ann Lee said.\n');
    fs.writeFileSync(path.join(dir, 'b', 'port.txt'), 'Farm news\n\n"The wheat harvest failed," Ben Okafor said.\n');
    const r = run(['complete', 'The wheat', '--corpus', path.join(dir, 'a'), '--corpus', path.join(dir, 'b'), '--json']);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.deepStrictEqual(JSON.parse(r.stdout)[0], { quote: 'The wheat harvest failed', speaker: 'Ben Okafor', source: 'port-2' });
    assert.match(r.stderr, /port-2/);
  });

  it('checks a draft as JSON with exactly the documented fields', () => {
    const draft = tempFile('draft.md', 'Zelensky said Russia would use "all available means".\n');
    const r = run(['check', draft, '--json']);
    const [f] = JSON.parse(r.stdout);
    assert.deepStrictEqual(Object.keys(f), ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message', 'quote', 'claimedSpeaker', 'sourceSpeaker', 'source', 'sourceText', 'diff']);
    assert.deepStrictEqual([f.line, f.column, f.endLine, f.endColumn], [1, 32, 1, 53]);
    assert.deepStrictEqual([f.code, f.quote, f.claimedSpeaker, f.sourceSpeaker, f.source, f.sourceText], ['misattributed-quote', 'all available means', 'Volodymyr Zelenskyy', 'Vladimir Putin', '000_2a924b54361fdf08', 'all available means']);
  });

  it('exits 0 on a correct draft and 2 on bad usage or unreadable input, with a message and no stack trace', () => {
    assert.strictEqual(run(['check', tempFile('ok.md', 'Putin vowed to use "all available means".')]).status, 0);
    for (const args of [['check'], ['check', '/no/such/draft.md'], ['frobnicate'], ['check', 'x.md', '--corpus', '/no/such/folder'], ['find', 'x', '--limit', 'zero']]) {
      const r = run(args);
      assert.strictEqual(r.status, 2, args.join(' '));
      assert.match(r.stderr, /^attributor: /, args.join(' '));
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    }
    const binary = tempFile('draft.md', '\u0000\u0001binary');
    assert.match(run(['check', binary]).stderr, /not a text file/);
  });

  it('lists the sources’ quotes with speakers, 1-based positions of the opening mark', () => {
    const rows = JSON.parse(run(['quotes', '--json']).stdout);
    assert.strictEqual(rows.length, 39);
    const putin = rows.find((r: { quote: string }) => r.quote === 'all available means');
    assert.deepStrictEqual(putin, { source: '000_2a924b54361fdf08', quote: 'all available means', speaker: 'Vladimir Putin', line: 8, column: 98 });
    const line = fs.readFileSync(path.join(__dirname, '..', '..', 'corpus', '000_2a924b54361fdf08.txt'), 'utf8').split('\n')[7];
    assert.strictEqual(line[97], '"');
  });

  it('reads another folder of articles with --corpus', () => {
    const dir = path.dirname(tempFile('port.txt', 'Harbour Master Ilse Varga said: "We will need every crane we can find."\n'));
    const rows = JSON.parse(run(['quotes', '--json', '--corpus', dir]).stdout);
    assert.deepStrictEqual(rows, [{ source: 'port', quote: 'We will need every crane we can find.', speaker: 'Ilse Varga', line: 1, column: 33 }]);
    const draft = tempFile('d.txt', 'Mayor Renn said "we will need every crane we can find."');
    const [f] = JSON.parse(run(['check', draft, '--json', '--corpus', dir]).stdout);
    assert.strictEqual(f.sourceSpeaker, 'Ilse Varga');
  });

  it('finds passages and completes quotes, best first', () => {
    const found = JSON.parse(run(['find', 'sit down for talks', '--json']).stdout);
    assert.ok(found.length > 0);
    assert.deepStrictEqual(Object.keys(found[0]), ['source', 'line', 'column', 'text', 'speaker', 'score']);
    assert.match(found[0].text, /sit down for talks/);
    const completions = JSON.parse(run(['complete', 'all av', '--json']).stdout);
    assert.deepStrictEqual(completions[0], { quote: 'all available means', speaker: 'Vladimir Putin', source: '000_2a924b54361fdf08' });
  });

  it('has help for every command', () => {
    for (const command of ['check', 'quotes', 'find', 'complete']) {
      const r = run([command, '--help']);
      assert.strictEqual(r.status, 0);
      assert.match(r.stdout, new RegExp(`attributor ${command}`));
    }
    assert.match(run(['--help']).stdout, /Usage:/);
  });

  it('gives an altered quote’s word diff in the JSON', () => {
    const draft = tempFile('draft.md', '"Ukraine will hold any negotiations with Russia as long as Putin is the president of the Russian Federation," Zelensky said.\n');
    const r = run(['check', draft, '--json']);
    assert.strictEqual(r.status, 1, r.stderr);
    const [row] = JSON.parse(r.stdout);
    assert.strictEqual(row.code, 'distorted-quote');
    assert.deepStrictEqual(row.diff.filter((p: { kind: string }) => p.kind !== 'same'), [{ kind: 'removed', text: 'not' }]);
  });

  it('reports every quotation of a draft and who is quoted, as text and as JSON', () => {
    const draft = tempFile('draft.md', [
      'Zelensky said Russia would use "all available means" to protect the regions.[^1]',
      '',
      '"Ukraine will not hold any negotiations with Russia as long as Putin is the president of the Russian Federation," Zelensky said.',
      '',
      'Biden said it was "a triumph of moonlight over the sea of cheese".',
      '',
      '[^1]: A footnote.',
    ].join('\n'));
    const json = run(['report', draft, '--json']);
    assert.strictEqual(json.status, 0, json.stderr);
    const [report] = JSON.parse(json.stdout);
    assert.deepStrictEqual(report.quotes.map((q: { status: string; speakerAsWritten: string; sourceSpeaker: string | null; citation: string | null }) => [q.status, q.speakerAsWritten, q.sourceSpeaker, q.citation]), [
      ['misattributed', 'Zelensky', 'Vladimir Putin', '[^1]'],
      ['verbatim', 'Zelensky', 'Volodymyr Zelenskyy', null],
      ['not found', 'Biden', null, null],
    ]);
    assert.strictEqual(report.quotes[0].source.title, 'Russian President Vladimir Putin has signed treaties to annex parts of Ukraine');
    assert.deepStrictEqual(report.voices.map((v: { name: string; kind: string; quotes: number }) => [v.name.replace(/^Joe /, ''), v.kind, v.quotes]), [['Volodymyr Zelenskyy', 'person', 2], ['Biden', 'person', 1]]);
    const text = run(['report', draft]);
    assert.strictEqual(text.status, 0, text.stderr);
    assert.match(text.stdout, /3:1 +verbatim/);
    assert.match(text.stdout, /Who is quoted: 2 voices/);
  });

  it('refuses an ignore file that is not valid JSON with exit status 2 and one line', () => {
    const draft = tempFile('draft.md', 'Zelensky said Russia would use "all available means".\n');
    const bad = path.join(path.dirname(draft), 'ignore.json');
    fs.writeFileSync(bad, '{ "ignore": [ ');
    const r = run(['check', draft, '--ignore', bad]);
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr.trim(), /^attributor: cannot use the ignore file .*ignore\.json: not valid JSON/);
  });

  it('honours the ignore file in the current folder', () => {
    const draft = tempFile('draft.md', 'Zelensky said Russia would use "all available means".\n');
    const cwd = path.dirname(draft);
    fs.mkdirSync(path.join(cwd, '.attributor'));
    fs.writeFileSync(path.join(cwd, '.attributor', 'ignore.json'), JSON.stringify({ ignore: [{ quote: 'all available means' }] }));
    assert.strictEqual(run(['check', draft], cwd).status, 0);
  });
  it('keeps the index of a --corpus folder in --cache DIR: later runs answer the same, a changed article is read anew, a damaged cache is rebuilt', () => {
    const dir = path.dirname(tempFile('port.txt', 'Harbour Master Ilse Varga said: "We will need every crane we can find."\n'));
    const cache = tempFolder('cli-cache');
    const draft = tempFile('d.txt', 'Mayor Renn said "we will need every crane we can find."');
    const check = () => run(['check', draft, '--json', '--corpus', dir, '--cache', cache]);
    const first = check();
    assert.strictEqual(first.status, 1, first.stderr);
    // Beside the index, the command line's compiled code (`code/`, see cliCodeCache.test.ts).
    const indexFiles = () => fs.readdirSync(cache).filter((f) => f !== 'code');
    assert.strictEqual(indexFiles().length, 1, 'one index file');
    assert.deepStrictEqual(check(), first);
    fs.writeFileSync(path.join(dir, 'port.txt'), 'Harbour Master Ilse Varga said: "We will need every crane we can find."\n\n"Not one crane," Mayor Renn said.\n');
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(dir, 'port.txt'), later, later);
    assert.strictEqual(JSON.parse(run(['quotes', '--json', '--corpus', dir, '--cache', cache]).stdout).length, 2);
    const [name] = indexFiles();
    fs.writeFileSync(path.join(cache, name), 'damaged');
    const rebuilt = check();
    assert.strictEqual(rebuilt.stdout, first.stdout);
    assert.match(rebuilt.stderr, /persisted index is not usable/);
    assert.strictEqual(check().stderr, '');
  });

  it('answers from its cache after an article changed, was added or was removed exactly as a run without a cache, also where another article\'s pronoun relies on the changed one\'s names', function () {
    // Two dozen runs of the command line.
    this.timeout(120_000);
    const dir = tempFolder('cli-changes');
    const cache = tempFolder('cli-changes-cache');
    const draft = tempFile('d.txt', 'Ilse Varga said "the cranes arrive in May." Tomas Renn said "the pier stays open."\n');
    let second = 0;
    const write = (name: string, text: string) => {
      fs.writeFileSync(path.join(dir, name), text);
      // A later time, as an editor's save gives: the cache tells a changed file by its size and time.
      const later = new Date(Date.now() + 5000 + 1000 * ++second);
      fs.utimesSync(path.join(dir, name), later, later);
    };
    write('a-quay.txt', 'Quay news\n\nHarbour Master Ilse Varga opened the new quay on Monday. Ms Varga said the cranes would follow.\n\n"We will need every crane we can find," Varga said.\n');
    // Its `she` is the harbour master only by the name and sex the quay article gives her.
    write('b-cranes.txt', 'Crane news\n\nVarga toured the docks on Tuesday.\n\n"The cranes arrive in May," she said.\n');
    write('c-budget.txt', 'Budget news\n\n"The budget is final," Mayor Tomas Renn said.\n\n"Nobody asked for more," he added.\n');
    const speakers = (quotes: string) => (JSON.parse(quotes) as Array<{ source: string; speaker: string | null }>).map((q) => `${q.source}: ${q.speaker}`);
    /** The quotes and the check, from the cache, with what a run without one gives (its cold build) beside them. */
    const both = () => {
      const runs = (cacheArgs: string[]) => ({
        quotes: run(['quotes', '--json', '--corpus', dir, ...cacheArgs]).stdout,
        check: run(['check', draft, '--json', '--corpus', dir, ...cacheArgs]).stdout,
      });
      const cached = runs(['--cache', cache]);
      assert.deepStrictEqual(cached, runs(['--no-cache']));
      return speakers(cached.quotes);
    };
    assert.deepStrictEqual(both(), ['a-quay: Ilse Varga', 'b-cranes: Ilse Varga', 'c-budget: Tomas Renn', 'c-budget: Tomas Renn']);
    // The harbour master is now a man: the crane article's `she` names nobody.
    write('a-quay.txt', 'Quay news\n\nHarbour Master Piet Varga opened the new quay on Monday. Mr Varga said the cranes would follow.\n\n"We will need every crane we can find," Varga said.\n');
    assert.deepStrictEqual(both(), ['a-quay: Piet Varga', 'b-cranes: null', 'c-budget: Tomas Renn', 'c-budget: Tomas Renn']);
    assert.ok(fs.readdirSync(cache).some((f) => f.endsWith('.delta')), 'the change is kept beside the index, not written whole');
    // Nothing changed since: the change read back.
    assert.deepStrictEqual(both(), ['a-quay: Piet Varga', 'b-cranes: null', 'c-budget: Tomas Renn', 'c-budget: Tomas Renn']);
    write('d-pier.txt', 'Pier news\n\n"The pier stays open," Renn said.\n');
    assert.deepStrictEqual(both(), ['a-quay: Piet Varga', 'b-cranes: null', 'c-budget: Tomas Renn', 'c-budget: Tomas Renn', 'd-pier: Tomas Renn']);
    // The article that named Renn in full is gone: the pier article's bare surname is all that is left of him.
    fs.rmSync(path.join(dir, 'c-budget.txt'));
    const gone = both();
    assert.strictEqual(gone.length, 3);
    // And the harbour master a woman again.
    write('a-quay.txt', 'Quay news\n\nHarbour Master Ilse Varga opened the new quay on Monday. Ms Varga said the cranes would follow.\n\n"We will need every crane we can find," Varga said.\n');
    assert.deepStrictEqual(both().slice(0, 2), ['a-quay: Ilse Varga', 'b-cranes: Ilse Varga']);
  });

  it('writes no index with --no-cache', () => {
    const dir = path.dirname(tempFile('port.txt', 'Harbour Master Ilse Varga said: "We will need every crane we can find."\n'));
    const before = fs.readdirSync(process.env.XDG_CACHE_HOME!).length;
    assert.strictEqual(run(['quotes', '--json', '--corpus', dir, '--no-cache']).status, 0);
    assert.strictEqual(fs.readdirSync(process.env.XDG_CACHE_HOME!).length, before);
    run(['quotes', '--json', '--corpus', dir]);
    assert.deepStrictEqual(fs.readdirSync(process.env.XDG_CACHE_HOME!), ['attributor'], 'the default cache folder is under XDG_CACHE_HOME');
  });
});
