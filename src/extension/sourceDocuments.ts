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

/** `attributor-source:/<id>.txt`: a read-only virtual document holding the article's text exactly as indexed. */
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
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
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
    const provider: vscode.TextDocumentContentProvider = {
      onDidChange: this.changed.event,
      provideTextDocumentContent: async (uri) => {
        const id = sourceIdOf(uri);
        await library.ready();
        const article = id ? library.article(id) : undefined;
        return article ? article.text : `This source (${id ?? uri.toString()}) is no longer among Attributor's sources.`;
      },
    };
    this.disposables.push(
      this.changed,
      this.highlight,
      vscode.workspace.registerTextDocumentContentProvider(SOURCE_SCHEME, provider),
      vscode.commands.registerCommand('attributor.openSource', (args?: OpenSourceArgs | string) => this.openCommand(args)),
      library.onDidChange(() => {
        for (const doc of vscode.workspace.textDocuments) if (doc.uri.scheme === SOURCE_SCHEME) this.changed.fire(doc.uri);
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
