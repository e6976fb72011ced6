// `attributor check --format`: each format as the CI tool that reads it needs it. SARIF is validated against the
// published SARIF 2.1.0 schema (vendored in test/fixtures) with Ajv; JUnit is parsed as XML.
import * as assert from 'assert';
import Ajv from 'ajv';
import { spawnSync } from 'child_process';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import * as fs from 'fs';
import * as path from 'path';
import { sarifFormat } from '../../src/cli/formats/sarifFormat';
import type { Finding } from '../../src/core';
import '../support/isolatedCache';
import { tempFolder } from '../support/tempFolders';

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli.js');
const SCHEMA = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'));

// A misattributed quote, an altered one (its negation dropped), an invented one and a variant one (a word put
// otherwise), the second after a word whose UTF-8 form is longer than its UTF-16 form, so byte and code-unit
// columns differ.
const DRAFT = [
  '# Draft',
  '',
  'Zelensky said Russia would use "all available means" to protect them.',
  '',
  'Déjà vu: Zelenskyy said "Ukraine will hold negotiations with Russia as long as Putin is the president of the Russian Federation".',
  '',
  'The mayor said "we will rebuild the harbour by the spring of next year".',
  '',
  'Putin said "History has called us to a battlefield to fight for our people, for great historic Russia, for future generations."',
  '',
].join('\n');

function check(format: string, draft = DRAFT, name = 'draft.md'): { status: number | null; stdout: string; stderr: string; cwd: string } {
  const cwd = tempFolder('formats');
  fs.writeFileSync(path.join(cwd, name), draft);
  const r = spawnSync(process.execPath, [CLI, 'check', name, '--format', format], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, cwd };
}

describe('attributor check --format', () => {
  before(() => assert.ok(fs.existsSync(CLI), 'dist/cli.js is built (npm run build)'));

  it('sarif: valid SARIF 2.1.0, a rule with help per code, fingerprints, the source as related location and its wording as a fix', () => {
    const r = check('sarif');
    assert.strictEqual(r.status, 1, r.stderr);
    const log = JSON.parse(r.stdout);
    const validate = new Ajv({ strict: false, allErrors: true }).compile<any>(SCHEMA);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const run = log.runs[0];
    const rules = run.tool.driver.rules;
    assert.deepStrictEqual(rules.map((x: { id: string }) => x.id).sort(), ['altered-quote', 'distorted-quote', 'misattributed-quote', 'unsourced-quote', 'variant-quote']);
    for (const rule of rules) assert.ok(rule.help.text.length > 40, rule.id);
    const results = run.results;
    assert.deepStrictEqual(results.map((x: { ruleId: string }) => x.ruleId), ['misattributed-quote', 'distorted-quote', 'unsourced-quote', 'variant-quote']);
    assert.deepStrictEqual(results.map((x: { level: string }) => x.level), ['warning', 'error', 'note', 'note']);
    for (const x of results) assert.strictEqual(rules[x.ruleIndex].id, x.ruleId);
    const [wrong, altered] = results;
    assert.deepStrictEqual(wrong.locations[0].physicalLocation.artifactLocation, { uri: 'draft.md', uriBaseId: '%SRCROOT%' });
    assert.deepStrictEqual(wrong.locations[0].physicalLocation.region, { startLine: 3, startColumn: 32, endLine: 3, endColumn: 53, snippet: { text: '"all available means"' } });
    // The related location is the source passage, in the source file.
    const related = wrong.relatedLocations[0].physicalLocation;
    assert.match(related.artifactLocation.uri, /^file:\/\/.*\/corpus\/000_2a924b54361fdf08\.txt$/);
    assert.deepStrictEqual(related.region, { startLine: 8, startColumn: 99, snippet: { text: 'all available means' } });
    const sourceLine = fs.readFileSync(path.join(__dirname, '..', '..', 'corpus', '000_2a924b54361fdf08.txt'), 'utf8').split('\n')[7];
    assert.ok(sourceLine.slice(98).startsWith('all available means'));
    // The misattribution's fix names the source's speaker; the altered quote's puts in the source's words.
    assert.strictEqual(wrong.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, 'Vladimir Putin');
    const change = altered.fixes[0].artifactChanges[0].replacements[0];
    assert.strictEqual(change.insertedContent.text, 'Ukraine will not hold any negotiations with Russia as long as Putin is the president of the Russian Federation');
    const lines = DRAFT.split('\n');
    const region = change.deletedRegion;
    assert.strictEqual(lines[region.startLine - 1].slice(region.startColumn - 1, region.endColumn - 1), 'Ukraine will hold negotiations with Russia as long as Putin is the president of the Russian Federation');
  });

  it('sarif: a finding keeps its fingerprint when lines are added above it', () => {
    const before = JSON.parse(check('sarif').stdout).runs[0].results;
    const after = JSON.parse(check('sarif', `Two new lines\nabove everything.\n\n${DRAFT}`).stdout).runs[0].results;
    assert.notDeepStrictEqual(after.map((x: { locations: unknown[] }) => x.locations), before.map((x: { locations: unknown[] }) => x.locations));
    assert.deepStrictEqual(after.map((x: { partialFingerprints: unknown }) => x.partialFingerprints), before.map((x: { partialFingerprints: unknown }) => x.partialFingerprints));
    assert.strictEqual(new Set(before.map((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints['attributorQuote/v1'])).size, before.length);
  });

  it('sarif: a rule for a finding code added later', () => {
    const finding = { code: 'invented-code', severity: 'warning', message: 'm', start: 0, end: 3, quote: 'abc', claimedSpeaker: null, sourceSpeaker: null, source: null, sourceText: null, sourceLocation: null, report: { match: null } } as unknown as Finding;
    const log = JSON.parse(sarifFormat([{ file: 'd.md', text: '"abc"', report: { analyzed: null!, quotes: [], findings: [finding] } }], { version: '1.0.0', sourcePaths: new Map(), cwd: '/tmp' }));
    const validate = new Ajv({ strict: false }).compile<any>(SCHEMA);
    assert.ok(validate(log), JSON.stringify(validate.errors));
    assert.ok(log.runs[0].tool.driver.rules.some((r: { id: string; help: { text: string } }) => r.id === 'invented-code' && r.help.text));
  });

  it('rdjsonl: one diagnostic a line for reviewdog, byte columns, the fix as a suggestion', () => {
    const r = check('rdjsonl');
    assert.strictEqual(r.status, 1, r.stderr);
    const diagnostics = r.stdout.trim().split('\n').map((line) => JSON.parse(line));
    assert.deepStrictEqual(diagnostics.map((d) => [d.code.value, d.severity]), [['misattributed-quote', 'WARNING'], ['distorted-quote', 'ERROR'], ['unsourced-quote', 'INFO'], ['variant-quote', 'INFO']]);
    const altered = diagnostics[1];
    assert.strictEqual(altered.location.path, 'draft.md');
    // "Déjà vu: Zelenskyy said " is 24 UTF-16 code units and 26 UTF-8 bytes.
    assert.deepStrictEqual(altered.location.range.start, { line: 5, column: 27 });
    assert.match(altered.suggestions[0].text, /^Ukraine will not hold any negotiations/);
    assert.deepStrictEqual(altered.suggestions[0].range.start, { line: 5, column: 28 });
    assert.strictEqual(diagnostics[0].source.name, 'attributor');
  });

  it('github: a workflow command per finding, properties escaped', () => {
    const r = check('github', DRAFT, 'a,b%.md');
    assert.strictEqual(r.status, 1, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.strictEqual(lines.length, 4);
    assert.strictEqual(lines[0], '::warning file=a%2Cb%25.md,line=3,endLine=3,col=32,endColumn=53,title=Attributor%3A misattributed-quote::The sources attribute this quote to Vladimir Putin, not Volodymyr Zelenskyy: “Russian President Vladimir Putin has signed treaties to annex parts of Ukraine” (AP), line 8.');
    assert.match(lines[2], /^::notice file=a%2Cb%25\.md,line=7,/);
  });

  it('junit: well-formed XML, a test case per quotation and a failure per finding', () => {
    const r = check('junit');
    assert.strictEqual(r.status, 1, r.stderr);
    assert.strictEqual(XMLValidator.validate(r.stdout), true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(r.stdout);
    const suite = doc.testsuites.testsuite;
    assert.strictEqual(suite.name, 'draft.md');
    assert.deepStrictEqual([suite.tests, suite.failures], ['4', '4']);
    assert.deepStrictEqual(suite.testcase.map((c: { failure: { type: string } }) => c.failure.type), ['misattributed-quote', 'distorted-quote', 'unsourced-quote', 'variant-quote']);
    const clean = check('junit', 'Putin vowed to use "all available means".\n');
    assert.strictEqual(clean.status, 0);
    const passed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(clean.stdout).testsuites.testsuite;
    assert.deepStrictEqual([passed.tests, passed.failures, passed.testcase.failure], ['1', '0', undefined]);
  });

  it('json and text stay as documented; --json is --format json', () => {
    const json = JSON.parse(check('json').stdout);
    assert.deepStrictEqual(Object.keys(json[0]), ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message', 'quote', 'claimedSpeaker', 'sourceSpeaker', 'source', 'sourceText', 'diff']);
    const cwd = tempFolder('formats');
    fs.writeFileSync(path.join(cwd, 'd.md'), DRAFT);
    const legacy = spawnSync(process.execPath, [CLI, 'check', 'd.md', '--json'], { cwd, encoding: 'utf8' });
    assert.deepStrictEqual(JSON.parse(legacy.stdout).map((f: { code: string }) => f.code), json.map((f: { code: string }) => f.code));
    assert.match(check('text').stdout.split('\n')[1], /^draft\.md:5:25: error: The quote changes the source's meaning: a negation \(drops “not”\)\. .*\[distorted-quote\]$/);
  });
});
