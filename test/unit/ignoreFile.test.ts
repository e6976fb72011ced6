// Ignore this quote: the ignore file is edited in place, keeping everything the writer wrote there; an entry covers
// the speaker under any name the sources know.
import * as assert from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CreateFile, TextDocumentEdit } from 'vscode-languageserver-types';
import { addToIgnoreFile, checkDraft, parseIgnoreFile, type CorpusIndex, type IgnoreEntry } from '../../src/core';
import { bundledIndex } from '../support/memoryCorpus';
import { FOLDER, memoryService } from '../support/memoryWorkspace';

const WRITTEN_BY_HAND = `{
  "$schema": "../node_modules/attributor/schemas/ignore.schema.json",
  // Quotes the desk agreed to leave as they are.
  "$comment": "reviewed 2024-03-02",
  "ignore": [
    { "quote": "a sham", "note": "scare quote", "reviewer": "ada" }, /* one line */
    {
      "quote": "we will not back down",
      "speaker": "Tobias Renn",
    },
    { "note": "still typing this one" },
  ],
  "owner": "politics desk",
}
`;

function apply(text: string, entry: IgnoreEntry): string {
  const change = addToIgnoreFile(text, entry);
  assert.ok('changes' in change, JSON.stringify(change));
  return TextDocument.applyEdits(TextDocument.create('x', 'json', 1, text), change.changes.map((c) => ({ range: { start: offsetPosition(text, c.offset), end: offsetPosition(text, c.offset + c.length) }, newText: c.content })));
}

function offsetPosition(text: string, offset: number) {
  return TextDocument.create('x', 'json', 1, text).positionAt(offset);
}

/** Whether `inner` is `outer` with characters taken out (every character of `inner` kept, in order). */
function keptInOrder(inner: string, outer: string): boolean {
  let i = 0;
  for (const c of outer) if (c === inner[i]) i++;
  return i === inner.length;
}

describe('the ignore file, edited in place', () => {
  it('keeps $schema, $comment, unknown fields, comments, trailing commas and half-typed entries, adding one entry', () => {
    const after = apply(WRITTEN_BY_HAND, { quote: 'all available means', speaker: 'Zelensky' });
    assert.ok(keptInOrder(WRITTEN_BY_HAND, after), after);
    for (const kept of ['"$schema"', '// Quotes the desk', '"$comment"', '"reviewer": "ada" }, /* one line */', '"speaker": "Tobias Renn",\n    },', '{ "note": "still typing this one" }', '"owner": "politics desk",']) {
      assert.ok(after.includes(kept), `keeps ${kept}:\n${after}`);
    }
    assert.deepStrictEqual(parseIgnoreFile(after).list.entries.map((e) => e.quote), ['a sham', 'we will not back down', 'all available means']);
    assert.match(after, /\n {4}\{\n {6}"quote": "all available means",\n {6}"speaker": "Zelensky"\n {4}\}/, 'laid out like its neighbours');
  });

  it('adds to any well-formed file by insertion only, whatever its layout, comments or line ends', () => {
    const entry = fc.record({ quote: fc.string({ minLength: 1, maxLength: 20 }).filter((q) => /\p{L}/u.test(q)), note: fc.string({ maxLength: 10 }) });
    const layout = fc.record({
      indent: fc.constantFrom('  ', '    ', '\t'),
      eol: fc.constantFrom('\n', '\r\n'),
      oneLine: fc.boolean(),
      trailingComma: fc.boolean(),
      comment: fc.constantFrom('', ' // c', ' /* c */'),
      withList: fc.boolean(),
      others: fc.array(fc.tuple(fc.constantFrom('$schema', '$comment', 'owner', 'x-y'), fc.jsonValue({ maxDepth: 1 })), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(layout, fc.array(entry, { maxLength: 4 }), entry, (given, existing, added) => {
        let l = given;
        const sep = l.oneLine ? ' ' : l.eol;
        if (l.oneLine && l.comment.startsWith(' //')) l = { ...l, comment: '' };
        const ind = (n: number) => (l.oneLine ? '' : l.indent.repeat(n));
        const items = existing.map((e) => `${ind(2)}${JSON.stringify(e)}`);
        const props = [...new Map(l.others).entries()].map(([k, v]) => `${ind(1)}${JSON.stringify(k)}: ${JSON.stringify(v)}`);
        if (l.withList) props.push(`${ind(1)}"ignore": [${items.length ? sep + items.join(`,${l.comment}${sep}`) + (l.trailingComma ? ',' : '') + sep + ind(1) : ''}]`);
        const text = `{${sep}${props.join(`,${l.comment}${sep}`)}${props.length && l.trailingComma ? ',' : ''}${sep}}${l.eol}`;
        const change = addToIgnoreFile(text, added);
        if (existing.some((e) => e.quote.trim() === added.quote.trim()) && 'unchanged' in change) return;
        assert.ok('changes' in change, `${JSON.stringify(change)} for\n${text}`);
        assert.ok(change.changes.every((c) => c.length === 0), 'insertions only');
        const after = apply(text, added);
        const parsed = parseIgnoreFile(after);
        assert.deepStrictEqual(parsed.problems.filter((p) => /not valid/.test(p)), [], after);
        assert.strictEqual(parsed.list.entries.at(-1)?.quote, added.quote, after);
        assert.strictEqual(parsed.list.entries.length, (l.withList ? existing.length : 0) + 1, after);
      }),
      { seed: 8, numRuns: 500 },
    );
  });

  it('creates the file when there is none, and leaves a file it cannot read as it is, saying where it is broken', () => {
    assert.deepStrictEqual(parseIgnoreFile(apply('', { quote: 'a sham' })).list.entries, [{ quote: 'a sham' }]);
    const broken = '{ "ignore": [ { "quote": "a sham" }, { "quo ] }';
    const change = addToIgnoreFile(broken, { quote: 'all available means' });
    assert.ok('refused' in change);
    assert.match(change.refused, /not valid JSON .*line 1, column \d+.*nothing was changed/);
    assert.ok('refused' in addToIgnoreFile('[]', { quote: 'x' }));
    assert.ok('refused' in addToIgnoreFile('{ "ignore": "none" }', { quote: 'x' }));
    assert.deepStrictEqual(addToIgnoreFile('{ "ignore": [ { "quote": "A  sham" } ] }', { quote: '“a sham”' }), { unchanged: true });
  });

  it('reads comments and trailing commas as VS Code does', () => {
    const { list, problems } = parseIgnoreFile(WRITTEN_BY_HAND);
    assert.deepStrictEqual(list.entries.map((e) => e.quote), ['a sham', 'we will not back down']);
    assert.deepStrictEqual(problems, ['entry 3 has no "quote"; skipped']);
  });
});

describe('the ignore quick fix in the service', () => {
  it('inserts into the file as it is, and refuses an ignore file reached through a symbolic link', async () => {
    const t = await memoryService({ '.attributor/ignore.json': WRITTEN_BY_HAND, 'sources/a.txt': 'A\n\n"Words," Ada Kim said.\n' });
    const planned = await t.service.ignoreQuote({ uri: `${FOLDER}/draft.md`, quote: 'all available means', speaker: 'Zelensky' });
    assert.ok('edit' in planned, JSON.stringify(planned));
    const [write] = planned.edit.documentChanges as [TextDocumentEdit];
    assert.deepStrictEqual(write.textDocument, { uri: `${FOLDER}/.attributor/ignore.json`, version: null });
    assert.ok(write.edits.every((e) => e.range.start.line === e.range.end.line && e.range.start.character === e.range.end.character), 'insertions only');
    const linked = await memoryService({ 'sources/a.txt': 'A\n\n"Words," Ada Kim said.\n', '.attributor/ignore.json': '{}' }, {}, { links: ['.attributor'] });
    const refused = await linked.service.ignoreQuote({ uri: `${FOLDER}/draft.md`, quote: 'words' });
    assert.match('message' in refused ? refused.message : '', /symbolic link \.attributor/);
    const fresh = await memoryService({ 'sources/a.txt': 'A\n\n"Words," Ada Kim said.\n' });
    const created = await fresh.service.ignoreQuote({ uri: `${FOLDER}/draft.md`, quote: 'words' });
    assert.ok('edit' in created && created.created);
    assert.strictEqual((created.edit.documentChanges![0] as CreateFile).kind, 'create');
  });
});

describe('an ignore entry and the speaker', () => {
  let index: CorpusIndex;
  const draft = 'Zelensky said Russia would use "all available means" to protect the regions.\n';

  before(async () => {
    index = await bundledIndex();
  });

  it('covers the speaker under any name or variant the sources know (the README example)', () => {
    assert.strictEqual(checkDraft(draft, index).findings.length, 1, 'the finding to ignore');
    for (const speaker of ['Zelensky', 'Zelenskyy', 'Volodymyr Zelensky', 'Volodymyr Zelenskyy']) {
      assert.deepStrictEqual(checkDraft(draft, index, { ignore: { entries: [{ quote: 'all available means', speaker }] } }).findings, [], speaker);
    }
    for (const speaker of ['Putin', 'Zelda']) {
      assert.strictEqual(checkDraft(draft, index, { ignore: { entries: [{ quote: 'all available means', speaker }] } }).findings.length, 1, speaker);
    }
  });
});
