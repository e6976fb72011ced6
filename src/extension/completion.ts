import * as vscode from 'vscode';
import { dominantQuoteStyle, findOpenQuote, planInsertion, quoteMarks, sentenceAround, type CorpusIndex, type OpenQuote, type QuoteCompletion } from '../core';
import { settingsFor } from './config';
import type { DraftChecker } from './diagnostics';
import { describeArticle } from './hover';
import type { Log } from './log';
import { isServed } from './served';
import type { SourceLibrary } from './sources';
import { highlightPassage, preview } from './textHelpers';

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
/** `"` and `“` open a quotation; letters and spaces refine it as it is typed. */
export const TRIGGER_CHARACTERS = ['"', '“', ' ', ...LETTERS];

/** How many lines before the cursor the opening mark is looked for (a paragraph being typed). */
const LOOKBACK_LINES = 40;
const MAX_ITEMS = 20;

/** What is typed inside an opening quotation mark, found from the few lines around the cursor (never the whole document). */
export function openQuoteAt(document: vscode.TextDocument, position: vscode.Position): { open: OpenQuote; base: number } | undefined {
  const first = new vscode.Position(Math.max(0, position.line - LOOKBACK_LINES), 0);
  const last = document.lineAt(position.line).range.end;
  const text = document.getText(new vscode.Range(first, last));
  const base = document.offsetAt(first);
  const open = findOpenQuote(text, document.offsetAt(position) - base);
  return open ? { open, base } : undefined;
}

/**
 * Quote completion: inside an opening quotation mark, offers the source quotations that complete what is typed
 * (index.complete, in memory). Accepting inserts the exact source wording, the closing mark in the opening mark's
 * style and, with `attributor.completion.insertCitation`, the citation.
 */
export class QuoteCompletionFeature implements vscode.CompletionItemProvider, vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly library: SourceLibrary,
    private readonly checker: DraftChecker,
    private readonly log: Log,
  ) {
    this.disposables.push(
      vscode.commands.registerCommand('attributor.completeQuote', () => this.log.guardAsync('Completing a quotation', () => this.pickCompletion(), false)),
    );
  }

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionList | undefined {
    return this.log.guard('Quote completion', () => this.complete(document, position), undefined);
  }

  private complete(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionList | undefined {
    if (!isServed(document)) return undefined;
    const found = openQuoteAt(document, position);
    if (!found) return undefined;
    const index = this.library.current;
    // While the index loads, an empty incomplete list makes the editor ask again as the writer types.
    if (!index) return new vscode.CompletionList([], true);
    const { open, base } = found;
    const completions = index.complete(open.typed, MAX_ITEMS);
    if (!completions.length) return new vscode.CompletionList([], true);
    const settings = settingsFor(document.uri);
    const range = new vscode.Range(document.positionAt(base + open.textStart), document.positionAt(base + open.replaceEnd));
    const fullText = settings.insertCitationOnCompletion ? document.getText() : undefined;
    const items = completions.map((c, i) => {
      const item = new vscode.CompletionItem({ label: c.quote, description: c.speaker?.name ?? 'unattributed' }, vscode.CompletionItemKind.Reference);
      const article = index.article(c.location.sourceId);
      item.detail = `${c.speaker?.name ?? 'Not attributed'} — ${article ? preview(article.title, 60) : c.location.sourceId}${article?.outlet ? ` (${article.outlet})` : ''}`;
      item.documentation = this.documentation(c, index);
      item.range = range;
      // The editor filters on the words typed since the opening mark; the engine already matched them (prefix and fuzzy).
      item.filterText = open.typed;
      item.sortText = String(i).padStart(4, '0');
      item.preselect = i === 0;
      const insertion = this.insertion(c, open, base, fullText, settings.citationStyle, index, document);
      item.insertText = insertion.insertText;
      if (insertion.additional) item.additionalTextEdits = insertion.additional;
      return item;
    });
    return new vscode.CompletionList(items, true);
  }

  private documentation(c: QuoteCompletion, index: CorpusIndex): vscode.MarkdownString {
    const md = new vscode.MarkdownString('', true);
    const article = index.article(c.location.sourceId);
    md.appendMarkdown(`**${c.speaker ? c.speaker.name.replace(/[*_\\]/g, '') : 'Not attributed'}**${article ? ` in ${describeArticle(article)}` : ''}\n\n`);
    const at = c.context.indexOf(c.quote);
    md.appendMarkdown(`> ${highlightPassage(c.context, Math.max(0, at), at >= 0 ? at + c.quote.length : 0)}`);
    return md;
  }

  /** What accepting a completion inserts in the range [after the opening mark, cursor or auto-closed mark]. */
  private insertion(
    c: QuoteCompletion,
    open: OpenQuote,
    base: number,
    fullText: string | undefined,
    style: ReturnType<typeof settingsFor>['citationStyle'],
    index: CorpusIndex,
    document: vscode.TextDocument,
  ): { insertText: string | vscode.SnippetString; additional?: vscode.TextEdit[] } {
    const plain = c.quote + open.closing;
    const article = index.article(c.location.sourceId);
    if (fullText === undefined || !article) return { insertText: plain };
    const start = base + open.textStart;
    const end = base + open.replaceEnd;
    const without = fullText.slice(0, start) + fullText.slice(end);
    const plan = planInsertion(without, start, article, c.location, style, plain);
    if (plan.append) {
      return { insertText: plan.text, additional: [vscode.TextEdit.insert(document.lineAt(document.lineCount - 1).range.end, plan.append)] };
    }
    if (plan.cursor - start < plan.text.length) {
      // At the end of the document the footnote definition is part of the insertion; the cursor stays after the citation.
      const snippet = new vscode.SnippetString();
      snippet.appendText(plan.text.slice(0, plan.cursor - start));
      snippet.appendTabstop(0);
      snippet.appendText(plan.text.slice(plan.cursor - start));
      return { insertText: snippet };
    }
    return { insertText: plan.text };
  }

  /** The command palette's quote completion: a quick pick of the quotations completing the quote or sentence at the cursor. */
  private async pickCompletion(): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isServed(editor.document)) {
      void vscode.window.showInformationMessage('Attributor: open a draft (Markdown or plain text) to complete a quotation.');
      return false;
    }
    const document = editor.document;
    const position = editor.selection.active;
    const found = openQuoteAt(document, position);
    const text = document.getText();
    let query: string;
    if (found) {
      query = found.open.typed;
    } else {
      const offset = document.offsetAt(position);
      const report = this.checker.reportFor(document);
      const sentence = report?.analyzed.sentences.find((s) => s.start <= offset && offset <= s.end) ?? sentenceAround(text, offset);
      query = text.slice(sentence.start, offset).trim() || text.slice(sentence.start, sentence.end).trim();
    }
    const index = await this.library.ready();
    let completions = index.complete(query, 30);
    if (!completions.length && query) {
      completions = index
        .find(query, 30)
        .filter((m) => m.kind === 'quote')
        .map((m) => ({ quote: m.text, speaker: m.speaker, location: m.location, context: index.article(m.location.sourceId)?.text.slice(m.context.start, m.context.end) ?? m.text, score: m.score }));
    }
    if (!completions.length) {
      void vscode.window.showInformationMessage(`Attributor: no source quotation matches “${preview(query, 60)}”.`);
      return false;
    }
    const picked = await vscode.window.showQuickPick(
      completions.map((c) => ({
        label: c.quote,
        description: c.speaker?.name ?? 'not attributed',
        detail: index.article(c.location.sourceId)?.title,
        completion: c,
      })),
      { title: 'Attributor: Complete Quotation', placeHolder: query ? `Quotations matching “${preview(query, 50)}”` : 'Source quotations', matchOnDescription: true, matchOnDetail: true },
    );
    if (!picked) return false;
    const c = picked.completion;
    const article = index.article(c.location.sourceId);
    if (!article) return false;
    const settings = settingsFor(document.uri);
    let start: number;
    let end: number;
    let body: string;
    if (found) {
      start = found.base + found.open.textStart;
      end = found.base + found.open.replaceEnd;
      body = c.quote + found.open.closing;
    } else {
      start = document.offsetAt(editor.selection.start);
      end = document.offsetAt(editor.selection.end);
      const marks = quoteMarks(dominantQuoteStyle(text));
      body = (start > 0 && !/\s/.test(text[start - 1]) ? ' ' : '') + marks.open + c.quote + marks.close;
    }
    const edit = new vscode.WorkspaceEdit();
    let cursor = start + body.length;
    if (settings.insertCitationOnCompletion) {
      const plan = planInsertion(text.slice(0, start) + text.slice(end), start, article, c.location, settings.citationStyle, body);
      edit.replace(document.uri, new vscode.Range(document.positionAt(start), document.positionAt(end)), plan.text);
      if (plan.append) edit.insert(document.uri, document.lineAt(document.lineCount - 1).range.end, plan.append);
      cursor = plan.cursor;
    } else {
      edit.replace(document.uri, new vscode.Range(document.positionAt(start), document.positionAt(end)), body);
    }
    const applied = await vscode.workspace.applyEdit(edit);
    if (applied) {
      const p = document.positionAt(cursor);
      editor.selection = new vscode.Selection(p, p);
    }
    return applied;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
