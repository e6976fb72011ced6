// The sources as read-only documents (`attributor-source:/<id>.txt`, the text exactly as indexed, so source offsets
// fall on the right words), opened beside the draft, scrolled to and highlighting a passage.
import * as vscode from 'vscode';
import { ArticlesRequest, ArticleTextRequest, SOURCE_SCHEME, type OpenSourceArgs } from '../protocol/lspExtensions';
import type { ServerSession } from './serverSession';
import { notificationText } from './displayText';

export function sourceUri(sourceId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: SOURCE_SCHEME, path: `/${sourceId}.txt` });
}

function sourceIdOf(uri: vscode.Uri): string | undefined {
  return uri.scheme === SOURCE_SCHEME ? uri.path.replace(/^\//, '').replace(/\.txt$/, '') : undefined;
}

export class SourceDocuments implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly highlight = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('editor.findMatchHighlightBackground'),
    borderColor: new vscode.ThemeColor('editor.findMatchBorder'),
    borderStyle: 'solid',
    borderWidth: '1px',
    overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.findMatchForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
  });

  constructor(private readonly session: ServerSession) {
    let generation = -1;
    this.disposables.push(
      this.changed,
      this.highlight,
      vscode.workspace.registerFileSystemProvider(SOURCE_SCHEME, new ReadonlySourceFileSystem(session, this.changed.event), { isReadonly: true, isCaseSensitive: true }),
      session.onDidChangeStatus((status) => {
        if (status.state !== 'ready' || status.generation === generation) return;
        generation = status.generation;
        const changes = vscode.workspace.textDocuments.filter((d) => d.uri.scheme === SOURCE_SCHEME).map((d) => ({ type: vscode.FileChangeType.Changed, uri: d.uri }));
        if (changes.length) this.changed.fire(changes);
      }),
    );
  }

  /** `attributor.openSource`: a passage, a source id, a tree node, or nothing (then a picker of the sources). */
  async openCommand(args?: OpenSourceArgs | { open?: OpenSourceArgs } | string): Promise<vscode.TextEditor | undefined> {
    try {
      // Tree items pass themselves: a quote node carries where it opens.
      let target = typeof args === 'string' ? { sourceId: args } : args && 'open' in args ? args.open : (args as OpenSourceArgs | undefined);
      if (!target || typeof target.sourceId !== 'string') {
        const articles = await this.session.request(ArticlesRequest);
        const picked = await vscode.window.showQuickPick(articles, { title: 'Attributor: Open Source Article', placeHolder: 'Choose a source article', matchOnDescription: true, matchOnDetail: true });
        if (!picked) return undefined;
        target = { sourceId: picked.id };
      }
      return await this.open(target);
    } catch (error) {
      this.session.output.error(`Opening the source failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  /** Opens a source read-only beside the draft, scrolled to and highlighting [start, end). */
  async open(args: OpenSourceArgs): Promise<vscode.TextEditor | undefined> {
    const found = await this.session.request(ArticleTextRequest, { sourceId: args.sourceId });
    if (!found) {
      void vscode.window.showWarningMessage(notificationText(`Attributor: the source ${args.sourceId} is not loaded.`));
      return undefined;
    }
    const document = await vscode.workspace.openTextDocument(sourceUri(args.sourceId));
    const range = typeof args.start === 'number' && typeof args.end === 'number' ? new vscode.Range(document.positionAt(args.start), document.positionAt(args.end)) : undefined;
    const editor = await vscode.window.showTextDocument(document, { preview: true, viewColumn: vscode.ViewColumn.Beside, selection: range });
    if (range) editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
    editor.setDecorations(this.highlight, range ? [range] : []);
    return editor;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Read-only: editors show the sources locked, and edits (typed or through a WorkspaceEdit) are refused. */
class ReadonlySourceFileSystem implements vscode.FileSystemProvider {
  constructor(
    private readonly session: ServerSession,
    readonly onDidChangeFile: vscode.Event<vscode.FileChangeEvent[]>,
  ) {}

  private async text(uri: vscode.Uri): Promise<string> {
    const id = sourceIdOf(uri);
    const found = id ? await this.session.request(ArticleTextRequest, { sourceId: id }) : null;
    if (!found) throw vscode.FileSystemError.FileNotFound(uri);
    return found.text;
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    if (uri.path === '/' || uri.path === '') return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    const size = new TextEncoder().encode(await this.text(uri)).length;
    return { type: vscode.FileType.File, ctime: 0, mtime: 0, size, permissions: vscode.FilePermission.Readonly };
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    return new TextEncoder().encode(await this.text(uri));
  }

  async readDirectory(): Promise<Array<[string, vscode.FileType]>> {
    return (await this.session.request(ArticlesRequest)).map((a) => [`${a.id}.txt`, vscode.FileType.File]);
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  createDirectory(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  writeFile(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  delete(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  rename(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
}
