// The explorer view `attributor.draftQuotes`, "Quotes of this Draft": every quotation of the active draft in order,
// with its status, its speaker as written and as the sources have it, its source and citation; then who is quoted.
// Clicking a quotation reveals it in the draft. The server works it out (attributor/draftQuotes).
import * as vscode from 'vscode';
import { DraftQuotesRequest, type DraftQuoteItem, type DraftQuotes } from '../protocol/lspExtensions';
import { isServed } from './languageClient';
import type { ServerSession } from './serverSession';

type Node =
  | { readonly kind: 'quote'; readonly uri: string; readonly item: DraftQuoteItem }
  | { readonly kind: 'voices'; readonly uri: string; readonly result: DraftQuotes }
  | { readonly kind: 'voice'; readonly label: string; readonly description: string; readonly icon: string };

/** What the view shows (for tests): labels, descriptions, click commands, children. */
export interface DraftQuotesSnapshot {
  readonly label: string;
  readonly description?: string;
  readonly tooltip?: string;
  readonly command?: { readonly command: string; readonly arguments?: unknown[] };
  readonly children: DraftQuotesSnapshot[];
}

const ICONS: Record<string, string> = {
  verbatim: 'pass',
  shortened: 'pass',
  altered: 'diff',
  variant: 'diff',
  misattributed: 'warning',
  'not quoted': 'warning',
  'not found': 'question',
  term: 'symbol-string',
};

const VOICE_ICONS: Record<string, string> = { person: 'person', institution: 'organization', unnamed: 'question' };

/** Re-asking the server waits this long after the draft changes, so typing is not slowed. */
const REFRESH_DELAY_MS = 300;

function oneLine(text: string, max: number): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

function who(item: DraftQuoteItem): string {
  const written = item.speakerAsWritten ?? item.speaker;
  if (!written) return item.sourceSpeaker ? `no speaker (sources: ${item.sourceSpeaker})` : 'no speaker';
  if (item.sourceSpeaker && item.sourceSpeaker !== item.speaker) return `${written} → sources: ${item.sourceSpeaker}`;
  return written;
}

export class DraftQuotesView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly view: vscode.TreeView<Node>;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The draft the view shows: the active editor's, or the last draft shown while another kind of editor is active. */
  private draft: vscode.Uri | undefined;

  constructor(private readonly session: ServerSession) {
    this.view = vscode.window.createTreeView('attributor.draftQuotes', { treeDataProvider: this });
    this.disposables.push(
      this.changed,
      this.view,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh(0)),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.draft && e.uris.some((u) => u.toString() === this.draft!.toString())) this.refresh();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.draft && e.document.uri.toString() === this.draft.toString()) this.refresh();
      }),
      session.onDidChangeStatus(() => this.refresh()),
      vscode.commands.registerCommand('attributor.revealDraftQuote', (uri: string, start: number, end: number) => this.reveal(uri, start, end)),
    );
    this.refresh(0);
  }

  private refresh(delay = REFRESH_DELAY_MS): void {
    const editor = vscode.window.activeTextEditor;
    if (editor && isServed(editor.document)) this.draft = editor.document.uri;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(undefined), delay);
  }

  private async reveal(uri: string, start: number, end: number): Promise<void> {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri) ?? (await vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true)));
    const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node?.kind === 'voices') {
      const voices: Node[] = node.result.voices.map((v) => ({ kind: 'voice', label: v.name, description: `${v.kind} · ${v.quotes} quotation${v.quotes === 1 ? '' : 's'}`, icon: VOICE_ICONS[v.kind] ?? 'person' }));
      if (node.result.unattributed) voices.push({ kind: 'voice', label: 'No speaker given', description: `${node.result.unattributed} quotation${node.result.unattributed === 1 ? '' : 's'}`, icon: 'circle-slash' });
      return voices;
    }
    if (node) return [];
    const uri = this.draft?.toString();
    if (!uri || !vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri)) {
      this.view.message = 'Open a Markdown or plain-text draft to list its quotations.';
      return [];
    }
    await this.session.whenIndexed();
    const result = await this.session.request(DraftQuotesRequest, { uri });
    if (!result) {
      this.view.message = 'This document is not a draft Attributor checks.';
      return [];
    }
    const quoted = result.quotes.filter((q) => q.status !== 'term').length;
    this.view.message = result.quotes.length ? undefined : 'This draft has no quotations yet.';
    this.view.description = `${quoted} quotation${quoted === 1 ? '' : 's'}, ${result.voices.length} voice${result.voices.length === 1 ? '' : 's'}`;
    const nodes: Node[] = result.quotes.map((item) => ({ kind: 'quote', uri, item }));
    if (result.quotes.length) nodes.push({ kind: 'voices', uri, result });
    return nodes;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'voice') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
      item.description = node.description;
      item.iconPath = new vscode.ThemeIcon(node.icon);
      return item;
    }
    if (node.kind === 'voices') {
      const item = new vscode.TreeItem('Who is quoted', vscode.TreeItemCollapsibleState.Expanded);
      item.id = `${node.uri}#voices`;
      item.description = `${node.result.voices.length} voice${node.result.voices.length === 1 ? '' : 's'}`;
      item.iconPath = new vscode.ThemeIcon('organization');
      return item;
    }
    const q = node.item;
    const status = q.changesMeaning ? 'altered: meaning changed' : q.status;
    const item = new vscode.TreeItem(`“${oneLine(q.text, 60)}”`, vscode.TreeItemCollapsibleState.None);
    item.description = `${status} · ${who(q)}${q.sourceLabel ? ` · ${oneLine(q.sourceLabel, 50)}` : ''}${q.citation ? ` · ${q.citation}` : ''}`;
    // Plain text: the quote, the source's title and the diff come from files and are shown, never rendered.
    item.tooltip = [
      `“${q.text}”`,
      `Status: ${status}`,
      `Speaker as written: ${q.speakerAsWritten ?? 'none'}${q.speaker && q.speaker !== q.speakerAsWritten ? ` (${q.speaker})` : ''}`,
      `In the sources: ${q.sourceSpeaker ?? (q.sourceLabel ? 'not attributed' : '—')}`,
      `Source: ${q.sourceLabel ?? 'none found'}`,
      `Citation: ${q.citation ?? 'none in the draft'}`,
      ...(q.diff ? [`Source → draft: ${q.diff}`] : []),
    ].join('\n');
    item.iconPath = new vscode.ThemeIcon(q.changesMeaning ? 'error' : ICONS[q.status] ?? 'quote');
    item.command = { title: 'Reveal the quotation', command: 'attributor.revealDraftQuote', arguments: [node.uri, q.start, q.end] };
    return item;
  }

  async snapshot(node?: Node): Promise<DraftQuotesSnapshot[]> {
    const out: DraftQuotesSnapshot[] = [];
    for (const child of await this.getChildren(node)) {
      const item = this.getTreeItem(child);
      out.push({
        label: typeof item.label === 'string' ? item.label : item.label?.label ?? '',
        description: typeof item.description === 'string' ? item.description : undefined,
        tooltip: typeof item.tooltip === 'string' ? item.tooltip : undefined,
        command: item.command ? { command: item.command.command, arguments: item.command.arguments } : undefined,
        children: child.kind === 'voices' ? await this.snapshot(child) : [],
      });
    }
    return out;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
