// The explorer view `attributor.sources`: the sources, under each its speakers, under each speaker the quotes, as the
// server lists them; a quote opens its source there, or is inserted with its citation. Thousands of sources come in
// pages (`Sources 1–500 of 10,006`), each asked for when opened: the whole list at every new index would cost the
// extension host its parsing and VS Code its rendering.
import * as vscode from 'vscode';
import { SourceTreeRequest, type SourceTreeNode } from '../protocol/lspExtensions';
import type { ServerSession } from './serverSession';

/** A plain description of what the view shows (for tests and diagnostics). */
export interface SourcesViewSnapshot {
  readonly label: string;
  readonly description?: string;
  /** The tooltip's Markdown and how VS Code is told to render it. */
  readonly tooltip?: { readonly value: string; readonly isTrusted: unknown; readonly supportThemeIcons: unknown; readonly supportHtml: unknown };
  readonly command?: { readonly command: string; readonly arguments?: unknown[] };
  readonly children: SourcesViewSnapshot[];
}

/** Sources shown at the top level at most; more are grouped in pages of this many. */
const PAGE = 500;

/** A page of sources: those from `start` up to `end` in the index's order. */
interface SourcePage {
  readonly kind: 'page';
  readonly start: number;
  readonly end: number;
  readonly of: number;
  readonly collapsible: true;
}

type ViewNode = SourceTreeNode | SourcePage;

/** 10006 → `10,006`, without toLocaleString: its first call loads ICU's number formats (30-150 ms on this machine, 120 ms measured on the extension host). */
function withCommas(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export class SourcesView implements vscode.TreeDataProvider<ViewNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ViewNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly session: ServerSession) {
    let generation = -1;
    this.disposables.push(
      this.changed,
      session.onDidChangeStatus((status) => {
        if (status.state !== 'ready' || status.generation === generation) return;
        generation = status.generation;
        this.changed.fire(undefined);
      }),
      vscode.window.createTreeView('attributor.sources', { treeDataProvider: this, showCollapseAll: true }),
    );
  }

  async getChildren(node?: ViewNode): Promise<ViewNode[]> {
    const count = (await this.session.whenIndexed()).articles;
    if (!node && count > PAGE) {
      return Array.from({ length: Math.ceil(count / PAGE) }, (_, i) => ({ kind: 'page', start: i * PAGE, end: Math.min(count, (i + 1) * PAGE), of: count, collapsible: true }));
    }
    if (node?.kind === 'page') return this.session.request(SourceTreeRequest, { range: { start: node.start, end: node.end } });
    return this.session.request(SourceTreeRequest, node ? { parent: node.id } : {});
  }

  getTreeItem(node: ViewNode): vscode.TreeItem {
    if (node.kind === 'page') {
      const item = new vscode.TreeItem(`Sources ${withCommas(node.start + 1)}–${withCommas(node.end)}`, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `page:${node.start}`;
      item.description = `of ${withCommas(node.of)}`;
      item.iconPath = new vscode.ThemeIcon('files');
      return item;
    }
    const item = new vscode.TreeItem(node.label, node.collapsible ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    if (node.description) item.description = node.description;
    // Built from sources.json and the articles: untrusted (the default), no icons (the server escaped the text in it).
    if (node.tooltip) item.tooltip = new vscode.MarkdownString(node.tooltip, false);
    item.iconPath = new vscode.ThemeIcon(node.icon);
    item.contextValue = `attributor.${node.kind}`;
    if (node.open) item.command = { title: 'Open Source', command: 'attributor.openSource', arguments: [node.open] };
    return item;
  }

  /** What the view shows under `node`, `depth` levels down (all of them unless given). */
  async snapshot(node?: ViewNode, depth = Infinity): Promise<SourcesViewSnapshot[]> {
    const out: SourcesViewSnapshot[] = [];
    for (const child of await this.getChildren(node)) {
      const item = this.getTreeItem(child);
      out.push({
        label: typeof item.label === 'string' ? item.label : item.label?.label ?? '',
        description: typeof item.description === 'string' ? item.description : undefined,
        tooltip: item.tooltip instanceof vscode.MarkdownString ? { value: item.tooltip.value, isTrusted: item.tooltip.isTrusted, supportThemeIcons: item.tooltip.supportThemeIcons, supportHtml: item.tooltip.supportHtml } : undefined,
        command: item.command ? { command: item.command.command, arguments: item.command.arguments } : undefined,
        children: child.collapsible && depth > 1 ? await this.snapshot(child, depth - 1) : [],
      });
    }
    return out;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
