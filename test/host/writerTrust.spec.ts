// Issue 9 as a writer sees it in VS Code: the word diff in the hover, a change of meaning as an error, a citation
// refused where no source supports the sentence, the Quotes of this Draft view, sources named as their files.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { attributor, closeAllEditors, diagnosticCode, diagnosticsWhere, hoverAt, offsetOf, openDraft, setSetting, waitFor } from './attributorSupport';
import type { EditResult } from '../../src/protocol/lspExtensions';

const DISTORTED = '"Ukraine will hold any negotiations with Russia as long as Putin is the president of the Russian Federation," Zelensky said.\n';

describe('The writer’s trust', function () {
  this.timeout(60_000);

  before(async () => {
    await attributor();
  });

  afterEach(async () => {
    await closeAllEditors();
  });

  it('shows what a quote changed word by word, and a dropped negation as an error', async () => {
    const editor = await openDraft(`# Draft\n\n${DISTORTED}`);
    const [d] = await diagnosticsWhere(editor.document.uri, 'the distorted-quote error', (ds) => ds.some((x) => diagnosticCode(x) === 'distorted-quote'));
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assert.match(d.message, /changes the source's meaning: a negation \(drops “not”\)/);
    const hover = await hoverAt(editor.document, offsetOf(editor.document, 'any negotiations'));
    assert.match(hover, /Source → draft: Ukraine will ~~not~~ hold any negotiations/);
    assert.doesNotMatch(hover, /meaning/, 'the diagnostic above the hover says it, once');
    assert.ok(hover.indexOf('Open source') < hover.indexOf('Source → draft'), `the links come first:\n${hover}`);
    // What the writer reads: the hover without its links' targets (a command's arguments name the file).
    assert.doesNotMatch(hover.replace(/\]\(command:[^)]*\)/g, ']'), /\d{3}_[0-9a-f]{16}/, 'no file id in the hover');
  });

  it('refuses to cite a sentence no source supports, and offers the search instead', async () => {
    const editor = await openDraft('The weather in Moscow was mild that day.\n');
    const before = editor.document.getText();
    const result = await vscode.commands.executeCommand<EditResult>('attributor.cite', { uri: editor.document.uri.toString(), version: editor.document.version, selection: { start: 5, end: 5 } });
    assert.strictEqual(result.applied, false);
    assert.match(result.message ?? '', /no source supports this sentence/);
    assert.strictEqual(result.searchQuery, 'The weather in Moscow was mild that day.');
    assert.strictEqual(await vscode.commands.executeCommand('attributor.insertCitation'), false);
    assert.strictEqual(editor.document.getText(), before, 'nothing was inserted');
  });

  it('cites a sentence whose quotation a source quotes', async () => {
    const editor = await openDraft('Putin said Moscow would use "all available means" to protect the regions.\n');
    editor.selection = new vscode.Selection(0, 5, 0, 5);
    assert.strictEqual(await vscode.commands.executeCommand('attributor.insertCitation'), true);
    assert.match(editor.document.getText(), /regions\.\[\^1\]\n\n\[\^1\]: “[^”]+”/);
    assert.doesNotMatch(editor.document.getText(), /\d{3}_[0-9a-f]{16}/, 'the footnote names the source, not its file id');
  });

  it('lists every quotation of the draft in the Quotes of this Draft view, and reveals one when clicked', async () => {
    const api = await attributor();
    const editor = await openDraft(
      ['# Draft', '', 'Zelensky said Russia would use "all available means" to protect the regions.', '', DISTORTED, 'Biden said it was "a triumph of moonlight over the sea of cheese".', ''].join('\n'),
    );
    const view = await waitFor('the view to list the three quotations', async () => {
      const v = await api.draftQuotesView();
      return v.filter((n) => n.label.startsWith('“')).length === 3 ? v : undefined;
    });
    const quotes = view.filter((n) => n.label.startsWith('“'));
    assert.match(quotes[0].description ?? '', /^misattributed · Zelensky → sources: Vladimir Putin · “/);
    assert.match(quotes[1].description ?? '', /^altered: meaning changed · Zelensky/);
    assert.match(quotes[2].description ?? '', /^not found · Biden/);
    const voices = view.find((n) => n.label === 'Who is quoted');
    assert.ok(voices, view.map((n) => n.label).join(' | '));
    assert.deepStrictEqual(voices.children.map((v) => v.label).slice(0, 1), ['Volodymyr Zelenskyy']);
    const click = quotes[2].command!;
    await vscode.commands.executeCommand(click.command, ...(click.arguments ?? []));
    const active = vscode.window.activeTextEditor!;
    assert.strictEqual(active.document, editor.document);
    assert.strictEqual(active.document.getText(active.selection), '"a triumph of moonlight over the sea of cheese"');
  });

  it('opens a Markdown source under its own name, wrapped; says in the status bar when files were skipped', async () => {
    const api = await attributor();
    await openDraft('A draft.\n');
    await setSetting('sources', ['extra-sources']);
    try {
      await waitFor('the extra sources to be indexed', () => /6 sources, 1 skipped/.test(api.statusText()), 30_000);
      assert.ok(api.loadProblemNotices() >= 1, 'a notification offered the output');
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>('attributor.openSource', { sourceId: 'harbour-report', start: 0, end: 7 });
      assert.ok(editor.document.uri.path.endsWith('/harbour-report.md'), editor.document.uri.toString());
      assert.strictEqual(editor.document.languageId, 'attributor-source');
    } finally {
      await setSetting('sources', undefined);
    }
  });
});
