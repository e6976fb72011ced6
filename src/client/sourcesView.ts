// The explorer view `attributor.sources`: the sources, under each its speakers, under each speaker the quotes, as the
// server lists them; a quote opens its source there, or is inserted with its citation.
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

export class SourcesView implements vscode.TreeDataProvider<SourceTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SourceTreeNode | undefined>();
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

  async getChildren(node?: SourceTreeNode): Promise<SourceTreeNode[]> {
    await this.session.whenIndexed();
    return this.session.request(SourceTreeRequest, node ? { parent: node.id } : {});
  }

  getTreeItem(node: SourceTreeNode): vscode.TreeItem {
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

  async snapshot(node?: SourceTreeNode): Promise<SourcesViewSnapshot[]> {
    const out: SourcesViewSnapshot[] = [];
    for (const child of await this.getChildren(node)) {
      const item = this.getTreeItem(child);
      out.push({
        label: typeof item.label === 'string' ? item.label : item.label?.label ?? '',
        description: typeof item.description === 'string' ? item.description : undefined,
        tooltip: item.tooltip instanceof vscode.MarkdownString ? { value: item.tooltip.value, isTrusted: item.tooltip.isTrusted, supportThemeIcons: item.tooltip.supportThemeIcons, supportHtml: item.tooltip.supportHtml } : undefined,
        command: item.command ? { command: item.command.command, arguments: item.command.arguments } : undefined,
        children: child.collapsible ? await this.snapshot(child) : [],
      });
    }
    return out;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
