import * as vscode from 'vscode';
import type { AnalyzedArticle, AttributedQuote, Speaker } from '../core';
import type { InsertQuoteArgs } from './citations';
import { passage } from './hover';
import type { OpenSourceArgs } from './sourceDocuments';
import type { SourceLibrary } from './sources';
import { preview } from './textHelpers';

type Node =
  | { readonly type: 'article'; readonly article: AnalyzedArticle }
  | { readonly type: 'speaker'; readonly article: AnalyzedArticle; readonly speaker: Speaker | null; readonly quotes: readonly AttributedQuote[] }
  // A quote node is also the argument of its inline actions: `insert` for attributor.insertQuote, and
  // sourceId/start/end (OpenSourceArgs) for attributor.openSource.
  | ({ readonly type: 'quote'; readonly article: AnalyzedArticle; readonly quote: AttributedQuote; readonly insert: InsertQuoteArgs } & OpenSourceArgs);

/** A plain description of what the view shows (for tests and diagnostics). */
export interface SourcesViewSnapshot {
  readonly label: string;
  readonly description?: string;
  readonly command?: { readonly command: string; readonly arguments?: unknown[] };
  readonly children: SourcesViewSnapshot[];
}

/** The explorer view `attributor.sources`: the sources, and under each its quotes grouped by speaker. */
export class SourcesView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly library: SourceLibrary) {
    this.disposables.push(
      this.changed,
      library.onDidChange(() => this.changed.fire(undefined)),
      vscode.window.createTreeView('attributor.sources', { treeDataProvider: this, showCollapseAll: true }),
    );
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      const index = await this.library.ready();
      return index.articles.map((article) => ({ type: 'article', article }));
    }
    if (node.type === 'article') return groupBySpeaker(node.article);
    if (node.type === 'speaker') {
      return node.quotes.map((quote) => ({
        type: 'quote',
        article: node.article,
        quote,
        insert: { sourceId: node.article.id, start: quote.textStart, end: quote.textEnd, text: quote.text },
        sourceId: node.article.id,
        start: quote.textStart,
        end: quote.textEnd,
      }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'article') {
      const a = node.article;
      const item = new vscode.TreeItem(preview(a.title, 90), vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `article:${a.id}`;
      item.description = [a.outlet, a.date].filter(Boolean).join(' · ') || a.id;
      item.tooltip = new vscode.MarkdownString(`**${a.title.replace(/[*_\\]/g, '')}**\n\n${a.outlet ?? 'Outlet unknown'}${a.url ? ` · ${a.url}` : ''}\n\n\`${a.id}\``);
      item.iconPath = new vscode.ThemeIcon('file-text');
      item.contextValue = 'attributor.article';
      item.command = { title: 'Open Source', command: 'attributor.openSource', arguments: [{ sourceId: a.id } satisfies OpenSourceArgs] };
      return item;
    }
    if (node.type === 'speaker') {
      const item = new vscode.TreeItem(node.speaker?.name ?? 'Not attributed', vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `speaker:${node.article.id}:${node.speaker?.key ?? ''}`;
      item.description = `${node.quotes.length} quotation${node.quotes.length === 1 ? '' : 's'}`;
      item.iconPath = new vscode.ThemeIcon(node.speaker ? 'person' : 'question');
      item.contextValue = 'attributor.speaker';
      return item;
    }
    const q = node.quote;
    const item = new vscode.TreeItem(`“${preview(q.text, 90)}”`, vscode.TreeItemCollapsibleState.None);
    item.id = `quote:${node.article.id}:${q.start}`;
    const sentence = node.article.sentences[q.sentence];
    item.tooltip = new vscode.MarkdownString(`> ${passage(node.article, sentence ?? q, { start: q.textStart, end: q.textEnd })}`);
    item.iconPath = new vscode.ThemeIcon('quote');
    item.contextValue = 'attributor.quote';
    item.command = { title: 'Open Source at Quotation', command: 'attributor.openSource', arguments: [{ sourceId: node.article.id, start: q.textStart, end: q.textEnd } satisfies OpenSourceArgs] };
    return item;
  }

  async snapshot(node?: Node): Promise<SourcesViewSnapshot[]> {
    const out: SourcesViewSnapshot[] = [];
    for (const child of await this.getChildren(node)) {
      const item = this.getTreeItem(child);
      const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
      out.push({
        label,
        description: typeof item.description === 'string' ? item.description : undefined,
        command: item.command ? { command: item.command.command, arguments: item.command.arguments } : undefined,
        children: child.type === 'quote' ? [] : await this.snapshot(child),
      });
    }
    return out;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function groupBySpeaker(article: AnalyzedArticle): Node[] {
  const groups = new Map<string, { speaker: Speaker | null; quotes: AttributedQuote[] }>();
  for (const quote of article.quotes) {
    if (quote.isTerm) continue;
    const key = quote.speaker?.key ?? '';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { speaker: quote.speaker, quotes: [] }));
    group.quotes.push(quote);
  }
  return [...groups.values()]
    .sort((a, b) => (a.speaker ? 0 : 1) - (b.speaker ? 0 : 1) || b.quotes.length - a.quotes.length)
    .map((g) => ({ type: 'speaker', article, speaker: g.speaker, quotes: g.quotes }));
}
