// The packaged extension is installed and activates when a Markdown draft opens.
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'attributor.attributor';

describe('Attributor extension (smoke)', () => {
  it('is installed', () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} is not installed`);
  });

  it('activates when a Markdown draft opens', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workspace folder is not open');
    const draft = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'draft.md'));
    await vscode.window.showTextDocument(draft);
    assert.strictEqual(draft.languageId, 'markdown');
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    await extension.activate();
    assert.strictEqual(extension.isActive, true);
  });
});
