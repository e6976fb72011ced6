// The editing commands of the palette, hover links, views and pickers: they add what only the editor knows (the
// active document, its version, the selection) and let the server plan and apply the edit (one undo step); the
// cursor then goes where the server says.
import * as vscode from 'vscode';
import { QuoteCandidatesRequest, ServerCommand, type CiteArgs, type EditResult, type InsertPassageArgs, type PassageItem } from '../protocol/lspExtensions';
import { isServed } from './languageClient';
import type { ServerSession } from './serverSession';
import { notificationText } from './displayText';

type PassageInsert = PassageItem['insert'];

async function documentFor(uri: string | undefined): Promise<{ document: vscode.TextDocument; editor?: vscode.TextEditor } | undefined> {
  if (uri) {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri) ?? (await vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true)));
    return { document, editor: vscode.window.visibleTextEditors.find((e) => e.document === document) };
  }
  const editor = vscode.window.activeTextEditor;
  return editor ? { document: editor.document, editor } : undefined;
}

function selectionOf(document: vscode.TextDocument, editor?: vscode.TextEditor): { start: number; end: number } {
  if (!editor || editor.document !== document) return { start: 0, end: 0 };
  return { start: document.offsetAt(editor.selection.start), end: document.offsetAt(editor.selection.end) };
}

/** After the edit: the cursor where the server says, or the reason nothing was done. */
function finish(result: EditResult, document: vscode.TextDocument, editor?: vscode.TextEditor): boolean {
  if (!result.applied) {
    if (result.message) void vscode.window.showInformationMessage(notificationText(`Attributor: ${result.message}`));
    return false;
  }
  if (result.cursor !== undefined && editor && editor.document === document) {
    const p = document.positionAt(result.cursor);
    editor.selection = new vscode.Selection(p, p);
  }
  return true;
}

export function registerEditCommands(session: ServerSession): vscode.Disposable {
  const insertPassage = async (insert: PassageInsert | undefined, range?: { from: number; to: number }, target?: { document: vscode.TextDocument; editor?: vscode.TextEditor }): Promise<boolean> => {
    if (!insert || typeof insert.sourceId !== 'string') return false;
    const editor = target?.editor ?? vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.find((e) => isServed(e.document));
    const document = target?.document ?? editor?.document;
    if (!document || !isServed(document)) {
      void vscode.window.showInformationMessage('Attributor: open a draft (Markdown or plain text) to insert the quotation.');
      return false;
    }
    const selection = selectionOf(document, editor);
    const args: InsertPassageArgs = { ...insert, uri: document.uri.toString(), version: document.version, from: range?.from ?? selection.start, to: range?.to ?? selection.end };
    return finish(await session.execute(ServerCommand.insertPassage, args), document, editor);
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand('attributor.insertCitation', async (args?: CiteArgs) => {
      const target = await documentFor(args?.uri);
      if (!target) {
        void vscode.window.showInformationMessage('Attributor: open a draft to insert a citation.');
        return false;
      }
      const { document, editor } = target;
      const cite: CiteArgs = { ...args, uri: document.uri.toString(), selection: selectionOf(document, editor) };
      return finish(await session.execute(ServerCommand.cite, cite), document, editor);
    }),
    // From links and pickers with the passage; from the sources view with its tree node ({ insert }).
    vscode.commands.registerCommand('attributor.insertQuote', (args?: PassageInsert | { insert?: PassageInsert }) => insertPassage(args && 'insert' in args ? args.insert : (args as PassageInsert | undefined))),
    vscode.commands.registerCommand('attributor.completeQuote', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !isServed(editor.document)) {
        void vscode.window.showInformationMessage('Attributor: open a draft to complete a quotation.');
        return false;
      }
      const document = editor.document;
      const found = await session.request(QuoteCandidatesRequest, { uri: document.uri.toString(), selection: selectionOf(document, editor) });
      if (!found.items.length) {
        void vscode.window.showInformationMessage(notificationText(`Attributor: no source quotation matches “${found.query.slice(0, 60)}”.`));
        return false;
      }
      const picked = await vscode.window.showQuickPick(
        found.items.map((item) => ({ label: item.label, description: item.description, detail: item.detail, item })),
        { title: 'Attributor: Complete Quotation', placeHolder: found.query ? `Quotations matching “${found.query.slice(0, 50)}”` : 'Source quotations', matchOnDescription: true, matchOnDetail: true },
      );
      return picked ? insertPassage(picked.item.insert, { from: found.from, to: found.to }, { document, editor }) : false;
    }),
  );
}
