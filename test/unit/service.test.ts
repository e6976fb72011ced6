// The language service in Node, on an in-memory workspace: every feature as an editor would call it.
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationTokenSource } from 'vscode-languageserver-protocol';
import type { TextDocumentEdit, CreateFile, CompletionItem } from 'vscode-languageserver-types';
import { draft, FOLDER, memoryService, type TestService } from '../support/memoryWorkspace';

const HARBOUR = 'Harbour reopens after the storm\n\n"The lighthouse keepers will stay at their posts until the last ship is in," Port Aldis mayor Tobias Renn said on Monday.\n\nThe harbour master, Olena Marchenko, said: "Every net in this town has been mended twice."\n';
const FARMS = 'Farmers count the losses\n\n"We lost the whole wheat harvest in one night," farmer Ben Okafor said.\n';

function applyEdits(document: TextDocument, edit: { documentChanges?: unknown[] }): string {
  const change = edit.documentChanges![0] as TextDocumentEdit;
  return TextDocument.applyEdits(document, change.edits as never);
}

describe('the language service (in memory)', () => {
  let t: TestService;

  beforeEach(async () => {
    t = await memoryService({ 'sources/harbour.txt': HARBOUR, 'sources/farms.txt': FARMS });
  });

  it('indexes the configured source folders of the workspace', () => {
    assert.strictEqual(t.service.library.current?.articles.length, 2);
    assert.ok(t.service.library.isSource(`${FOLDER}/sources/harbour.txt`));
    assert.ok(!t.service.library.isSource(`${FOLDER}/draft.md`));
  });

  it('diagnoses a misattributed quote with its source as related information, and nothing in a source file', async () => {
    const doc = draft('Ben Okafor said "the lighthouse keepers will stay at their posts".\n');
    const result = await t.service.diagnostics(doc);
    assert.ok(result?.kind === 'checked');
    assert.deepStrictEqual(result.diagnostics.map((d) => [d.code, d.severity, doc.getText(d.range)]), [['misattributed-quote', 2, '"the lighthouse keepers will stay at their posts"']]);
    assert.match(String(result.diagnostics[0].message), /Tobias Renn/);
    assert.strictEqual(String(result.diagnostics[0].relatedInformation?.[0].location.uri), `${FOLDER}/sources/harbour.txt`);
    const source = TextDocument.create(`${FOLDER}/sources/harbour.txt`, 'plaintext', 1, HARBOUR);
    assert.deepStrictEqual(await t.service.diagnostics(source), { kind: 'skipped' });
  });

  it('follows the settings: a severity turned off, diagnostics disabled, a draft over the size limit', async () => {
    const doc = draft('Ben Okafor said "the lighthouse keepers will stay at their posts".\n');
    t.settings['diagnostics.severity.misattributedQuote'] = 'off';
    assert.deepStrictEqual((await t.service.diagnostics(doc)) && ((await t.service.diagnostics(doc)) as { diagnostics: unknown[] }).diagnostics, []);
    t.settings = { sources: ['sources'], diagnostics: { enabled: false } };
    assert.deepStrictEqual(await t.service.diagnostics(doc), { kind: 'skipped' });
    const forced = await t.service.diagnostics(doc, undefined, true);
    assert.strictEqual(forced?.kind === 'checked' && forced.diagnostics.length, 1, 'Check Document checks all the same');
    t.settings = { sources: ['sources'], diagnostics: { maxLines: 1 } };
    assert.deepStrictEqual(await t.service.diagnostics(draft('a\nb\nc\n', 2)), { kind: 'skipped', tooLarge: { lines: 4, maxLines: 1 } });
  });

  it('checks a draft opened under the name of one just closed afresh (untitled drafts reuse names and versions)', async () => {
    const first = draft('Ben Okafor said "the lighthouse keepers will stay at their posts".\n', 1, 'Untitled-1');
    const second = draft('Tobias Renn said "the lighthouse keepers will stay at their posts".\n', 1, 'Untitled-1');
    const before = await t.service.diagnostics(first);
    assert.strictEqual(before?.kind === 'checked' && before.diagnostics.length, 1);
    const after = await t.service.diagnostics(second);
    assert.deepStrictEqual(after?.kind === 'checked' && after.diagnostics, [], 'the second draft names the right speaker');
    assert.deepStrictEqual(await t.service.codeActions(second, { start: { line: 0, character: 0 }, end: { line: 0, character: 60 } }, { diagnostics: [] }), []);
  });

  it('stops at a cancelled request', async () => {
    const source = new CancellationTokenSource();
    source.cancel();
    const doc = draft('Tobias Renn said "the lighthouse keepers will stay".');
    assert.strictEqual(await t.service.diagnostics(doc, source.token), undefined);
    assert.strictEqual(await t.service.hover(doc, { line: 0, character: 20 }, source.token), null);
  });

  it('hovers a quotation with its speaker, source sentence and verdict; command links only for editors that run them', async () => {
    const doc = draft('Ben Okafor said "the lighthouse keepers will stay at their posts".\n');
    const hover = await t.service.hover(doc, { line: 0, character: 25 });
    const value = (hover?.contents as { value: string }).value;
    assert.match(value, /\*\*The lighthouse keepers will stay at their posts\*\*/);
    assert.doesNotMatch(value, /command:/);
    // The diagnostic, shown just above the hover, says who said it and where: the hover does not say it again.
    const checked = await t.service.diagnostics(doc);
    assert.match(String(checked?.kind === 'checked' && checked.diagnostics[0].message), /Tobias Renn, not Ben Okafor: “Harbour reopens after the storm”/);
    assert.doesNotMatch(value, /Attributed there|\*\*Tobias Renn\*\*|Harbour reopens after the storm/);
    // With no diagnostic there (its severity off), the hover says it all.
    t.settings['diagnostics.severity.misattributedQuote'] = 'off';
    const undiagnosed = ((await t.service.hover(doc, { line: 0, character: 25 }))?.contents as { value: string }).value;
    assert.match(undiagnosed, /Attributed there to \*\*Tobias Renn\*\*, not to Ben Okafor/);
    assert.match(undiagnosed, /\*\*Tobias Renn\*\* in \*Harbour reopens after the storm\*/);
    const vscode = await memoryService({ 'sources/harbour.txt': HARBOUR }, {}, { commandLinks: true });
    const linked = ((await vscode.service.hover(doc, { line: 0, character: 25 }))?.contents as { value: string }).value;
    assert.match(linked, /\[Open source\]\(command:attributor\.openSource\?/);
    assert.match(linked, /command:attributor\.insertCitation\?/);
  });

  it('completes a quotation being typed with the exact source wording and the closing mark', async () => {
    const doc = draft('The mayor promised “The lighthouse kee');
    const list = await t.service.completion(doc, { line: 0, character: doc.getText().length });
    const item = list?.items.find((i: CompletionItem) => i.label.startsWith('The lighthouse keepers will stay'));
    assert.ok(item, JSON.stringify(list?.items.map((i) => i.label)));
    assert.strictEqual(item.labelDetails?.description, 'Tobias Renn');
    const edit = item.textEdit as { newText: string; range: never };
    assert.strictEqual(TextDocument.applyEdits(doc, [edit]), `The mayor promised “${item.label}”`);
    assert.strictEqual(await t.service.completion(draft('No quotation here'), { line: 0, character: 10 }), null);
  });

  it('offers quick fixes as single edits: the right speaker, a citation; ignoring is a command', async () => {
    const doc = draft('Ben Okafor said "the lighthouse keepers will stay at their posts".\n');
    const result = await t.service.diagnostics(doc);
    const diagnostics = result?.kind === 'checked' ? result.diagnostics : [];
    const actions = await t.service.codeActions(doc, diagnostics[0].range, { diagnostics });
    // The words match the source's (a capital apart): no "Use the source's wording".
    assert.deepStrictEqual(actions.map((a) => a.title.replace(/“.*”/, '…')), ['Attribute to Tobias Renn (replace …)', 'Insert a citation of …', 'Ignore this quote (add it to .attributor/ignore.json)']);
    assert.strictEqual(applyEdits(doc, actions[0].edit!), 'Tobias Renn said "the lighthouse keepers will stay at their posts".\n');
    assert.match(applyEdits(doc, actions[1].edit!), /posts"\.\[\^1\]\n\n\[\^1\]: “Harbour reopens after the storm”\.\n$/);
    assert.deepStrictEqual(actions[2].command?.arguments, [{ uri: doc.uri, quote: 'the lighthouse keepers will stay at their posts', speaker: 'Ben Okafor' }]);
  });

  it('plans a citation for the sentence at the cursor, and refuses a stale one', async () => {
    t.settings = { sources: ['sources'], citation: { style: 'pandoc' } };
    const doc = draft('First line.\n\nOkafor said they lost the whole wheat harvest in one night.\n');
    const planned = await t.service.cite(doc, { uri: doc.uri, selection: { start: 20, end: 20 } });
    assert.ok('edit' in planned);
    assert.strictEqual(applyEdits(doc, planned.edit), 'First line.\n\nOkafor said they lost the whole wheat harvest in one night [@farms, line 3].\n');
    assert.deepStrictEqual(await t.service.cite(doc, { uri: doc.uri, offset: 3, sourceId: 'farms', version: 7 }), { message: 'the draft changed since; hover the quotation again to insert its citation.' });
  });

  it('inserts a source passage in the draft\'s quotation marks with its citation', async () => {
    t.settings = { sources: ['sources'], citation: { style: 'inline' } };
    const doc = draft('He wrote “so” and then:');
    const start = HARBOUR.indexOf('Every net');
    const planned = await t.service.insertPassage(doc, { uri: doc.uri, from: doc.getText().length, to: doc.getText().length, sourceId: 'harbour', start, end: start + 47, text: 'Every net in this town has been mended twice.', as: 'quote' });
    assert.ok('edit' in planned);
    assert.strictEqual(applyEdits(doc, planned.edit), 'He wrote “so” and then: “Every net in this town has been mended twice.” (Harbour reopens after the storm)');
  });

  it('ignores a quote by creating the ignore file in one edit, and the finding goes', async () => {
    const doc = draft('Ben Okafor said "the lighthouse keepers will stay at their posts".\n');
    const planned = await t.service.ignoreQuote({ uri: doc.uri, quote: 'the lighthouse keepers will stay at their posts', speaker: 'Ben Okafor' });
    assert.ok('edit' in planned);
    const [create, write] = planned.edit.documentChanges as [CreateFile, TextDocumentEdit];
    const written = (write.edits[0] as { newText: string }).newText;
    assert.deepStrictEqual(create, { kind: 'create', uri: `${FOLDER}/.attributor/ignore.json`, options: { ignoreIfExists: true } });
    assert.match(written, /"quote": "the lighthouse keepers will stay at their posts"/);
    // Once the file is written (the editor applied the edit), the next check leaves the quote alone.
    t.files.files.set(`${FOLDER}/.attributor/ignore.json`, written);
    await t.service.ignores.reload();
    const result = await t.service.diagnostics(doc);
    assert.deepStrictEqual(result?.kind === 'checked' && result.diagnostics, []);
  });

  it('brings an ignored finding back when the ignore file is deleted just after it was written, however the two readings of it interleave', async () => {
    const doc = draft('Ben Okafor said "the lighthouse keepers will stay at their posts".\n');
    const file = `${FOLDER}/.attributor/ignore.json`;
    t.files.files.set(file, JSON.stringify({ ignore: [{ quote: 'the lighthouse keepers will stay at their posts' }] }));
    // The reading the file's creation started answers late, after the one its deletion started.
    const read = t.files.readFile.bind(t.files);
    let slow = true;
    t.files.readFile = async (uri: string) => {
      const content = read(uri);
      if (uri === file && slow) {
        slow = false;
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      return content;
    };
    const created = t.service.ignores.reload();
    t.files.files.delete(file);
    const deleted = t.service.ignores.reload();
    await Promise.all([created, deleted]);
    const result = await t.service.diagnostics(doc);
    assert.deepStrictEqual(result?.kind === 'checked' && result.diagnostics.map((d) => d.code), ['misattributed-quote']);
  });

  it('adds to the ignore file as the editor holds it, unsaved changes included, with one insertion', async () => {
    const file = `${FOLDER}/.attributor/ignore.json`;
    t.files.files.set(file, '{ "ignore": [] }\n');
    const unsaved = '{ "ignore": [ { "quote": "an earlier quote", "note": "typed, not saved" } ] }\n';
    const planned = await t.service.ignoreQuote({ uri: `${FOLDER}/draft.md`, quote: 'every net in this town' }, (uri) => (uri === file ? { text: unsaved, version: 7 } : undefined));
    assert.ok('edit' in planned);
    const [write] = planned.edit.documentChanges as [TextDocumentEdit];
    assert.deepStrictEqual(write.textDocument, { uri: file, version: 7 }, 'an edit of the editor\'s version');
    assert.strictEqual(write.edits.length, 1);
    assert.strictEqual(TextDocument.applyEdits(TextDocument.create(file, 'json', 7, unsaved), write.edits as never), '{ "ignore": [ { "quote": "an earlier quote", "note": "typed, not saved" }, { "quote": "every net in this town" } ] }\n');
  });

  it('answers the views and pickers: sources tree, search, speakers and their quotes, article text', async () => {
    const top = await t.service.sourceTree();
    assert.deepStrictEqual(top.map((n) => n.label), ['Farmers count the losses', 'Harbour reopens after the storm']);
    const speakers = await t.service.sourceTree(top[1].id);
    assert.strictEqual(speakers[0].label, 'Tobias Renn');
    const [quote] = await t.service.sourceTree(speakers[0].id);
    assert.strictEqual(quote.label, '“The lighthouse keepers will stay at their posts until the last ship is in,”');
    const text = (await t.service.articleText('harbour'))!.text;
    assert.strictEqual(text.slice(quote.open!.start, quote.open!.end), 'The lighthouse keepers will stay at their posts until the last ship is in,');
    assert.match((await t.service.searchSources('wheat harvest'))[0].label, /whole wheat harvest/);
    const key = (await t.service.speakers()).find((s) => s.label.includes('Okafor'))!.key;
    assert.strictEqual((await t.service.speakerQuotes(key)).quotes.length, 1);
    assert.strictEqual(await t.service.articleText('nope'), null);
  });

  it('inserts what a source quotes as a quotation, and a sentence of narration as its citation alone', async () => {
    const narration = (await t.service.searchSources('harbour master Olena Marchenko said')).find((p) => p.insert.as !== 'quote');
    assert.ok(narration, 'a sentence of narration is found');
    const doc = draft('My draft.\n');
    const planned = await t.service.insertPassage(doc, { uri: doc.uri, from: 9, to: 9, ...narration.insert });
    assert.ok('edit' in planned);
    const after = applyEdits(doc, planned.edit);
    assert.doesNotMatch(after, /Marchenko/, 'the narration is not put in the draft, let alone in quotation marks');
    assert.match(after, /^My draft\.\[\^1\]\n\n\[\^1\]: “Harbour reopens after the storm”\.\n$/);
    const quoted = (await t.service.searchSources('every net in this town')).find((p) => p.insert.as === 'quote');
    assert.ok(quoted, 'a quotation is offered as one');
  });

  it('shows the word diff of an altered quote in its hover, below the diagnostic that tells the change of meaning', async () => {
    const doc = draft('Tobias Renn said: "The lighthouse keepers will not stay at their posts until the last ship is in."\n');
    const hover = (await t.service.hover(doc, { line: 0, character: 30 }))?.contents as { value: string };
    assert.match(hover.value, /Source → draft: The lighthouse keepers will \*\*not\*\* stay/);
    const checked = await t.service.diagnostics(doc);
    assert.match(String(checked?.kind === 'checked' && checked.diagnostics[0].message), /changes the source's meaning: a negation \(adds “not”\)/);
    assert.doesNotMatch(hover.value, /meaning/, 'said once, by the diagnostic');
    t.settings = { sources: ['sources'], diagnostics: { enabled: false } };
    const alone = (await t.service.hover(doc, { line: 0, character: 30 }))?.contents as { value: string };
    assert.match(alone.value, /Changes the meaning: a negation \\?\(adds “not”\\?\)/);
  });

  it('hovers a sentence without quotes with the source sentence it restates, and nothing for one no source resembles', async () => {
    const doc = draft('Some context first.\n\nThe farmer Ben Okafor said they lost the whole wheat harvest in one night.\n\nMy cat likes rainy Tuesdays in the garden.\n');
    const claim = await t.service.hover(doc, { line: 2, character: 50 });
    assert.match((claim?.contents as { value: string }).value, /Source for this sentence[\s\S]*Farmers count the losses/);
    assert.strictEqual(await t.service.hover(doc, { line: 4, character: 10 }), null);
    t.settings = { sources: ['sources'], hover: { claims: false } };
    assert.strictEqual(await t.service.hover(doc, { line: 2, character: 50 }), null, 'attributor.hover.claims off');
  });

  it('offers the quotations completing the one at the cursor for the palette, and the range a choice replaces', async () => {
    const text = 'Renn promised "The lighthouse kee" to them.';
    const doc = draft(text);
    const cursor = text.indexOf('kee') + 3;
    const found = await t.service.quoteCandidates(doc, { start: cursor, end: cursor });
    assert.strictEqual(found.query, 'The lighthouse kee');
    assert.deepStrictEqual([found.from, found.to, found.closing], [text.indexOf('"') + 1, cursor + 1, '"']);
    assert.match(found.items[0].label, /^The lighthouse keepers will stay at their posts/);
    assert.strictEqual(found.items[0].insert.as, 'exact');
    const planned = await t.service.insertPassage(doc, { uri: doc.uri, from: found.from, to: found.to, ...found.items[0].insert });
    assert.ok('edit' in planned);
    assert.strictEqual(applyEdits(doc, planned.edit), `Renn promised "${found.items[0].label}" to them.`);
  });

  it('gives the sources as CSL-JSON for a bibliography', async () => {
    const items = (await t.service.bibliography()) as Array<{ id: string; title: string }>;
    assert.deepStrictEqual(items.map((i) => [i.id, i.title]).sort(), [['farms', 'Farmers count the losses'], ['harbour', 'Harbour reopens after the storm']]);
  });

  it('reports an unreadable source and keeps the rest', async () => {
    const s = await memoryService({ 'sources/good.txt': FARMS, 'sources/bad.txt': '' });
    assert.strictEqual(s.service.library.current?.articles.length, 1);
    assert.ok(s.service.library.stats?.problems.some((p) => p.path.endsWith('bad.txt')));
  });
});
