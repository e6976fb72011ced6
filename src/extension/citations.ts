import * as vscode from 'vscode';
import { chooseSource, citationOffset, dominantQuoteStyle, planInsertion, quoteMarks, sentenceAround, type AnalyzedArticle, type InsertionPlan, type SourceLocation } from '../core';
import { settingsFor } from './config';
import type { DraftChecker } from './diagnostics';
import type { Log } from './log';
import { isServed } from './served';
import type { SourceLibrary } from './sources';

/** The plan as one WorkspaceEdit (one undo step). */
export function toWorkspaceEdit(document: vscode.TextDocument, plan: InsertionPlan, replaceEnd?: number): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const start = document.positionAt(plan.at);
  edit.replace(document.uri, new vscode.Range(start, replaceEnd !== undefined ? document.positionAt(replaceEnd) : start), plan.text);
  if (plan.append) {
    const end = document.lineAt(document.lineCount - 1).range.end;
    edit.insert(document.uri, end, plan.append);
  }
  return edit;
}

/** Arguments of `attributor.insertCitation` (hover links and quick fixes pass them; the palette passes none). */
export interface InsertCitationArgs {
  readonly uri?: string;
  /** Where the citation goes; by default after the selection or the sentence at the cursor. */
  readonly offset?: number;
  readonly sourceId?: string;
  readonly start?: number;
  readonly end?: number;
  /** The document version the offset is for; a stale link is refused rather than inserting at a wrong place. */
  readonly version?: number;
}

/** Arguments of `attributor.insertQuote`: a source passage to insert in quotation marks with its citation. */
export interface InsertQuoteArgs {
  readonly sourceId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Insert as is (a sentence, a claim) rather than in quotation marks. */
  readonly plain?: boolean;
}

/** Inserting citations and quotations with citations: each insertion is one WorkspaceEdit. */
export class Citations implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly library: SourceLibrary,
    private readonly checker: DraftChecker,
    private readonly log: Log,
  ) {
    this.disposables.push(
      vscode.commands.registerCommand('attributor.insertCitation', (args?: InsertCitationArgs) =>
        this.log.guardAsync('Inserting a citation', () => this.insertCitation(args), false),
      ),
      // From the palette, links and quick picks with InsertQuoteArgs; from the sources view with its tree node ({ insert }).
      vscode.commands.registerCommand('attributor.insertQuote', (args?: InsertQuoteArgs | { insert?: InsertQuoteArgs }) =>
        this.log.guardAsync('Inserting a quotation', () => this.insertQuote(args && 'insert' in args ? args.insert : (args as InsertQuoteArgs | undefined)), false),
      ),
    );
  }

  private async documentFor(uri: string | undefined): Promise<{ document: vscode.TextDocument; editor?: vscode.TextEditor } | undefined> {
    if (uri) {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri) ?? (await vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true)));
      const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
      return { document, editor };
    }
    const editor = vscode.window.activeTextEditor;
    return editor ? { document: editor.document, editor } : undefined;
  }

  /** Inserts a citation: at `args.offset` for `args.sourceId`, or for the selection / the sentence at the cursor. */
  async insertCitation(args: InsertCitationArgs = {}): Promise<boolean> {
    const target = await this.documentFor(args.uri);
    if (!target) {
      void vscode.window.showInformationMessage('Attributor: open a draft to insert a citation.');
      return false;
    }
    const { document, editor } = target;
    if (args.version !== undefined && args.version !== document.version && args.offset !== undefined) {
      void vscode.window.showInformationMessage('Attributor: the draft changed since; hover the quotation again to insert its citation.');
      return false;
    }
    const index = await this.library.ready();
    const style = settingsFor(document.uri).citationStyle;
    const text = document.getText();
    let article: AnalyzedArticle | undefined;
    let location: SourceLocation | undefined;
    let offset = args.offset;
    if (args.sourceId) {
      article = index.article(args.sourceId);
      if (article && typeof args.start === 'number' && typeof args.end === 'number') {
        const pos = this.library.rangeOf(article, { start: args.start, end: args.end }).start;
        location = { sourceId: article.id, start: args.start, end: args.end, line: pos.line, column: pos.character };
      }
    }
    if (offset === undefined || !article) {
      const found = this.sourceForCursor(document, editor);
      if (!found) {
        void vscode.window.showInformationMessage('Attributor: no source matches the selection or the sentence at the cursor.');
        return false;
      }
      article ??= index.article(found.location.sourceId);
      location ??= found.location;
      offset ??= citationOffset(text, found.end, style);
    }
    if (!article) return false;
    const plan = planInsertion(text, offset, article, location, style);
    const applied = await vscode.workspace.applyEdit(toWorkspaceEdit(document, plan));
    if (applied && editor && editor.document === document) {
      const end = document.positionAt(plan.cursor);
      editor.selection = new vscode.Selection(end, end);
    }
    return applied;
  }

  /**
   * The best source for the selection, or for the sentence at the cursor: the source of a quotation in it when it has
   * one the sources carry, else the best passage index.find returns.
   */
  sourceForCursor(document: vscode.TextDocument, editor?: vscode.TextEditor): { location: SourceLocation; end: number } | undefined {
    const index = this.library.current;
    if (!index) return undefined;
    const text = document.getText();
    const selection = editor?.document === document ? editor.selection : undefined;
    let span: { start: number; end: number };
    const report = this.checker.reportFor(document);
    if (selection && !selection.isEmpty) {
      span = { start: document.offsetAt(selection.start), end: document.offsetAt(selection.end) };
    } else {
      const offset = selection ? document.offsetAt(selection.active) : 0;
      const sentence = report?.analyzed.sentences.find((s) => s.start <= offset && offset <= s.end);
      span = sentence ?? sentenceAround(text, offset);
    }
    const location = chooseSource(text, span, index, report);
    return location ? { location, end: span.end } : undefined;
  }

  /** Inserts a source passage at the cursor: in the document's quotation marks (unless plain), with its citation. */
  async insertQuote(args: InsertQuoteArgs | undefined): Promise<boolean> {
    if (!args || typeof args.sourceId !== 'string') return false;
    const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.find((e) => isServed(e.document));
    if (!editor || !isServed(editor.document)) {
      void vscode.window.showInformationMessage('Attributor: open a draft (Markdown or plain text) to insert the quotation.');
      return false;
    }
    const index = await this.library.ready();
    const article = index.article(args.sourceId);
    if (!article) return false;
    const document = editor.document;
    const text = document.getText();
    const offset = document.offsetAt(editor.selection.start);
    const replaceEnd = document.offsetAt(editor.selection.end);
    const marks = quoteMarks(dominantQuoteStyle(text));
    const pos = this.library.rangeOf(article, args).start;
    const location: SourceLocation = { sourceId: article.id, start: args.start, end: args.end, line: pos.line, column: pos.character };
    const body = args.plain ? args.text : marks.open + args.text + marks.close;
    const lead = offset > 0 && !/\s/.test(text[offset - 1]) && !args.plain ? ' ' : '';
    const without = text.slice(0, offset) + text.slice(replaceEnd);
    const plan = planInsertion(without, offset, article, location, settingsFor(document.uri).citationStyle, lead + body);
    const applied = await vscode.workspace.applyEdit(toWorkspaceEdit(document, plan, replaceEnd));
    if (applied && editor.document === document) {
      const end = document.positionAt(plan.cursor);
      editor.selection = new vscode.Selection(end, end);
    }
    return applied;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
