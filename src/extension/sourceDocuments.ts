import * as vscode from 'vscode';
import type { Log } from './log';
import { SOURCE_SCHEME } from './served';
import type { SourceLibrary } from './sources';
import { preview } from './textHelpers';

/** Arguments of `attributor.openSource` (also what hover links and tree items pass). */
export interface OpenSourceArgs {
  readonly sourceId: string;
  readonly start?: number;
  readonly end?: number;
}

/** `attributor-source:/<id>.txt`: a read-only virtual file holding the article's text exactly as indexed. */
export function sourceUri(sourceId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: SOURCE_SCHEME, path: `/${sourceId}.txt` });
}

export function sourceIdOf(uri: vscode.Uri): string | undefined {
  if (uri.scheme !== SOURCE_SCHEME) return undefined;
  return uri.path.replace(/^\//, '').replace(/\.txt$/, '');
}

/** A command link (for Markdown) that opens a source at a passage. */
export function openSourceLink(args: OpenSourceArgs): string {
  return `command:attributor.openSource?${encodeURIComponent(JSON.stringify([args]))}`;
}

/**
 * Serves the source articles as read-only documents and opens them scrolled to a passage, which is selected and
 * highlighted.
 */
export class SourceDocuments implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  private readonly highlight = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('editor.findMatchHighlightBackground'),
    borderColor: new vscode.ThemeColor('editor.findMatchBorder'),
    borderStyle: 'solid',
    borderWidth: '1px',
    overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.findMatchForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
  });

  constructor(
    private readonly library: SourceLibrary,
    private readonly log: Log,
  ) {
    this.disposables.push(
      this.changed,
      this.highlight,
      vscode.workspace.registerFileSystemProvider(SOURCE_SCHEME, new ReadonlySourceFileSystem(library, this.changed.event), { isReadonly: true, isCaseSensitive: true }),
      vscode.commands.registerCommand('attributor.openSource', (args?: OpenSourceArgs | string) => this.openCommand(args)),
      library.onDidChange(() => {
        const changes = vscode.workspace.textDocuments.filter((d) => d.uri.scheme === SOURCE_SCHEME).map((d) => ({ type: vscode.FileChangeType.Changed, uri: d.uri }));
        if (changes.length) this.changed.fire(changes);
      }),
    );
  }

  private async openCommand(args?: OpenSourceArgs | string): Promise<vscode.TextEditor | undefined> {
    return this.log.guardAsync('Opening the source', async () => {
      if (typeof args === 'string') args = { sourceId: args };
      if (!args || typeof args.sourceId !== 'string') {
        const picked = await this.pickArticle();
        if (!picked) return undefined;
        args = { sourceId: picked };
      }
      return this.open(args);
    }, undefined);
  }

  private async pickArticle(): Promise<string | undefined> {
    const index = await this.library.ready();
    const items = index.articles.map((a) => ({
      label: preview(a.title, 100),
      description: [a.outlet, a.date].filter(Boolean).join(' · '),
      detail: `${a.id} — ${a.quotes.filter((q) => q.speaker && !q.isTerm).length} attributed quote(s)`,
      id: a.id,
    }));
    const picked = await vscode.window.showQuickPick(items, { title: 'Attributor: Open Source Article', placeHolder: 'Choose a source article', matchOnDescription: true, matchOnDetail: true });
    return picked?.id;
  }

  /** Opens a source read-only, scrolled to and highlighting [start, end). */
  async open(args: OpenSourceArgs): Promise<vscode.TextEditor | undefined> {
    await this.library.ready();
    const article = this.library.article(args.sourceId);
    if (!article) {
      void vscode.window.showWarningMessage(`Attributor: the source ${args.sourceId} is not loaded.`);
      return undefined;
    }
    const doc = await vscode.workspace.openTextDocument(sourceUri(article.id));
    const hasPassage = typeof args.start === 'number' && typeof args.end === 'number';
    const range = hasPassage ? this.library.rangeOf(article, { start: args.start!, end: args.end! }) : undefined;
    const editor = await vscode.window.showTextDocument(doc, {
      preview: true,
      viewColumn: vscode.ViewColumn.Beside,
      selection: range,
    });
    if (range) {
      editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
      editor.setDecorations(this.highlight, [range]);
    } else {
      editor.setDecorations(this.highlight, []);
    }
    return editor;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * The sources as a read-only file system: editors show them locked, and edits (typed or through a WorkspaceEdit) are
 * refused. The text is the article as indexed, so offsets of source locations fall on the right words.
 */
class ReadonlySourceFileSystem implements vscode.FileSystemProvider {
  constructor(
    private readonly library: SourceLibrary,
    readonly onDidChangeFile: vscode.Event<vscode.FileChangeEvent[]>,
  ) {}

  private async text(uri: vscode.Uri): Promise<string> {
    const id = sourceIdOf(uri);
    await this.library.ready();
    const article = id ? this.library.article(id) : undefined;
    if (!article) throw vscode.FileSystemError.FileNotFound(uri);
    return article.text;
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    if (uri.path === '/' || uri.path === '') return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    const text = await this.text(uri);
    return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: Buffer.byteLength(text, 'utf8'), permissions: vscode.FilePermission.Readonly };
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    return new TextEncoder().encode(await this.text(uri));
  }

  async readDirectory(): Promise<Array<[string, vscode.FileType]>> {
    const index = await this.library.ready();
    return index.articles.map((a) => [`${a.id}.txt`, vscode.FileType.File]);
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
