// The connection to attributor-ls: the server in its own process (IPC), the documents it serves, the settings it
// reads, and the files of virtual workspaces read for it through VS Code.
import * as vscode from 'vscode';
import { DidChangeWatchedFilesNotification, FileChangeType, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ReadDirectoryRequest, ReadFileRequest, SOURCE_SCHEME, StatRequest, type FileKind, type InitializationOptions } from '../protocol/lspExtensions';
import { runFileCommand } from './workspaceFileEdits';

const DRAFT_SCHEMES = ['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-userdata'];

/** Every language some folder (or the window) serves (`attributor.languages`). */
export function servedLanguages(): string[] {
  const read = (scope?: vscode.Uri) => {
    const value = vscode.workspace.getConfiguration('attributor', scope).get<unknown>('languages');
    return Array.isArray(value) ? value.filter((l): l is string => typeof l === 'string') : ['markdown', 'plaintext'];
  };
  return [...new Set([...read(), ...(vscode.workspace.workspaceFolders ?? []).flatMap((f) => read(f.uri))])].sort();
}

/** Whether the editor shows a draft Attributor serves (for the status bar; the server decides for itself). */
export function isServed(document: vscode.TextDocument): boolean {
  const schemes = new Set([...DRAFT_SCHEMES, ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme)]);
  if (document.uri.scheme === SOURCE_SCHEME || !schemes.has(document.uri.scheme)) return false;
  const languages = vscode.workspace.getConfiguration('attributor', document.uri).get<unknown>('languages');
  return (Array.isArray(languages) ? languages : ['markdown', 'plaintext']).includes(document.languageId);
}

function kindOf(type: vscode.FileType): FileKind {
  if (type & vscode.FileType.Directory) return 'directory';
  if (type & vscode.FileType.File) return 'file';
  return 'other';
}

/**
 * Tells the server that the extension itself changed or deleted a file it watches (an Undo of a file edit): VS Code's
 * file watcher drops a create and a delete that fall in one batch, so the server may otherwise never hear of it.
 */
export function tellFileChanged(client: LanguageClient, uri: vscode.Uri, deleted: boolean): Promise<void> {
  return client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri.toString(), type: deleted ? FileChangeType.Deleted : FileChangeType.Changed }] });
}

export function createLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const schemes = [...new Set([...DRAFT_SCHEMES, ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme)])];
  const initializationOptions: InitializationOptions = {
    commandLinks: true,
    bundledCorpus: vscode.Uri.joinPath(context.extensionUri, 'corpus').toString(),
    workspaceTrusted: vscode.workspace.isTrusted,
    // The sources' index persists here between starts (the server writes nothing in the workspace).
    indexCache: vscode.Uri.joinPath(context.globalStorageUri, 'index').toString(),
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      ...servedLanguages().flatMap((language) => schemes.map((scheme) => ({ language, scheme }))),
      // The ignore file too, so that adding to it starts from the text in the editor, unsaved changes included.
      ...schemes.map((scheme) => ({ scheme, pattern: '**/.attributor/ignore.json' })),
    ],
    synchronize: { configurationSection: 'attributor' },
    diagnosticCollectionName: 'attributor',
    outputChannel,
    initializationOptions,
    // Hovers and completion documentation hold file text (escaped by the server): their links may run only the two
    // commands the hover's own links name, and no `$(icon)` renders.
    markdown: { isTrusted: { enabledCommands: ['attributor.openSource', 'attributor.insertCitation'] }, supportThemeIcons: false, supportHtml: false },
    // An edit of a workspace file (the ignore file, the bibliography) is saved unless the writer had unsaved
    // changes there, and offered for Undo.
    middleware: { executeCommand: (command, args, next) => runFileCommand(command, args, next, (uri, deleted) => tellFileChanged(client, uri, deleted)) },
  };
  const client = new LanguageClient('attributor', 'Attributor', serverOptions, clientOptions);
  // Files of virtual workspaces, read through VS Code for the server (as the Markdown server does).
  client.onRequest(ReadFileRequest, async ({ uri }) => ({ base64: Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri, true))).toString('base64') }));
  client.onRequest(ReadDirectoryRequest, async ({ uri }) => (await vscode.workspace.fs.readDirectory(vscode.Uri.parse(uri, true))).map(([name, type]) => ({ name, kind: kindOf(type), symlink: (type & vscode.FileType.SymbolicLink) !== 0 })));
  client.onRequest(StatRequest, async ({ uri }) => {
    try {
      const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(uri, true));
      return { size: stat.size, kind: kindOf(stat.type) };
    } catch {
      return null;
    }
  });
  return client;
}
