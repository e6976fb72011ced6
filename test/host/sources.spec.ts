// Sources: the writer's own folders (attributor.sources), re-indexed when they change; unreadable files reported,
// never fatal; the sources view.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  attributor,
  closeAllEditors,
  completionsAt,
  diagnosticCode,
  diagnosticsWhere,
  labelOf,
  openDraft,
  quoteCompletions,
  setSetting,
  waitFor,
  workspaceFile,
} from './attributorSupport';

async function completionLabels(editor: vscode.TextEditor): Promise<string[]> {
  const document = editor.document;
  const end = document.lineAt(document.lineCount - 1).range.end;
  return quoteCompletions(await completionsAt(document, end)).map(labelOf);
}

describe('Sources', function () {
  this.timeout(30_000);
  const added = workspaceFile('extra-sources/added-later.txt');
  const aliases = workspaceFile('.attributor/aliases.json');

  before(async () => {
    await attributor();
  });

  after(async () => {
    await closeAllEditors();
    await setSetting('sources', undefined);
    await setSetting('includeBundledCorpus', undefined);
    for (const file of [added, aliases]) {
      try {
        await vscode.workspace.fs.delete(file);
      } catch {
        // not written
      }
    }
    await vscode.commands.executeCommand('attributor.rebuildIndex');
  });

  it('lists each source with its quotes grouped by speaker; a quote opens the source there', async () => {
    const api = await attributor();
    const view = await api.sourcesView();
    assert.strictEqual(view.length, 5, view.map((v) => v.label).join(' | '));
    const first = view.find((v) => v.label.startsWith('Russian President Vladimir Putin has signed treaties'));
    assert.ok(first);
    const putin = first.children.find((g) => g.label === 'Vladimir Putin');
    assert.ok(putin, first.children.map((g) => g.label).join(' | '));
    const quote = putin.children.find((q) => q.label === '“all available means”');
    assert.ok(quote, putin.children.map((q) => q.label).join(' | '));
    assert.strictEqual(quote.command?.command, 'attributor.openSource');
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>(quote.command.command, ...(quote.command.arguments ?? []));
    assert.strictEqual(editor.document.getText(editor.selection), 'all available means');
  });

  it('indexes the folders of attributor.sources, reports unreadable files without failing, and re-indexes on change', async () => {
    const api = await attributor();
    const editor = await openDraft('The harbour master said "The lighthouse');
    assert.deepStrictEqual(await completionLabels(editor), [], 'not a source yet');

    await setSetting('sources', ['extra-sources']);
    const labels = await waitFor('the folder to be indexed', async () => {
      const l = await completionLabels(editor);
      return l.length ? l : undefined;
    });
    assert.ok(labels[0].startsWith('The lighthouse keepers will stay at their posts'), labels.join(' | '));
    // The bundled corpus is still there, and the binary file was reported, not fatal.
    assert.strictEqual((await api.sourcesView()).length, 6);
    assert.ok(api.loadProblems().some((p) => /broken\.txt$/.test(p.path)), JSON.stringify(api.loadProblems()));

    // A new article in the folder is picked up by the file watcher.
    const later = await openDraft('She added: "Every net');
    await vscode.workspace.fs.writeFile(added, new TextEncoder().encode('Nets mended\n\n"Every net in this town has been mended twice," Olena Marchenko said on Tuesday.\n'));
    const laterLabels = await waitFor('the new article to be indexed', async () => {
      const l = await completionLabels(later);
      return l.some((x) => x.startsWith('Every net in this town')) ? l : undefined;
    });
    assert.ok(laterLabels.length > 0);
  });

  it('reads the alias file .attributor/aliases.json: a name the writer uses for a speaker', async () => {
    // A name in full (a lone word could be a place or a country, and is never called the wrong speaker).
    const editor = await openDraft('Comrade Vova said Russia would use "all available means".\n');
    const uri = editor.document.uri;
    await diagnosticsWhere(uri, 'an unknown name to be a misattribution', (ds) => ds.some((d) => diagnosticCode(d) === 'misattributed-quote'));
    await vscode.workspace.fs.writeFile(aliases, new TextEncoder().encode('{ "Vladimir Putin": ["Comrade Vova"] }\n'));
    await diagnosticsWhere(uri, 'the alias to make it Putin', (ds) => !ds.some((d) => diagnosticCode(d) === 'misattributed-quote'), 15_000);
  });

  it('can leave the bundled corpus out', async () => {
    const api = await attributor();
    await setSetting('sources', ['extra-sources']);
    await setSetting('includeBundledCorpus', false);
    const view = await waitFor('the bundled corpus to go', async () => {
      const v = await api.sourcesView();
      return v.length > 0 && v.every((s) => !s.label.includes('Putin')) ? v : undefined;
    });
    assert.ok(view.some((s) => s.label.startsWith('Harbour reopens')));
    const editor = await openDraft('Zelensky said Russia would use "all av');
    assert.deepStrictEqual(await completionLabels(editor), []);
  });

});
