// The edits a writer asks for by command: a citation, a source passage with its citation, ignoring a quote. Each
// is planned here as one WorkspaceEdit; the server applies it (workspace/applyEdit), so it is one undo step.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import { chooseSource, citationOffset, planInsertion, positionAt, quotedPassage, sentenceAround, type AnalyzedArticle, type SourceLocation, type TextSpan } from '../core';
import type { CiteArgs, IgnoreQuoteArgs, InsertPassageArgs } from '../protocol/lspExtensions';
import { reportOf, type ServiceContext } from './context';
import { documentEdit, planEdit, replaceEdit } from './workspaceEdits';

export type PlannedEdit = { readonly edit: WorkspaceEdit; readonly cursor?: number; readonly file?: string } | { readonly message: string };

function locationIn(article: AnalyzedArticle, start: number, end: number): SourceLocation {
  const at = positionAt(article.lineStarts, start);
  return { sourceId: article.id, start, end, line: at.line, column: at.column };
}

/** A citation: of the given passage at the given offset, or of the source of the selection / the sentence at the cursor. */
export async function planCite(ctx: ServiceContext, document: TextDocument, args: CiteArgs): Promise<PlannedEdit> {
  if (args.version !== undefined && args.version !== document.version && args.offset !== undefined) {
    return { message: 'the draft changed since; hover the quotation again to insert its citation.' };
  }
  const index = await ctx.library.ready();
  const settings = await ctx.workspace.settings(document.uri);
  const text = document.getText();
  let article = args.sourceId ? index.article(args.sourceId) : undefined;
  let location = article && typeof args.start === 'number' && typeof args.end === 'number' ? locationIn(article, args.start, args.end) : undefined;
  let offset = args.offset;
  if (offset === undefined || !article) {
    const selection = args.selection ?? { start: 0, end: 0 };
    let span: TextSpan = selection;
    if (selection.start === selection.end) {
      const report = reportOf(ctx, document, index, settings);
      span = report?.analyzed.sentences.find((s) => s.start <= selection.start && selection.start <= s.end) ?? sentenceAround(text, selection.start);
    }
    const found = chooseSource(text, span, index, reportOf(ctx, document, index, settings));
    if (!found) return { message: 'no source matches the selection or the sentence at the cursor.' };
    article ??= index.article(found.sourceId);
    location ??= found;
    offset ??= citationOffset(text, span.end, settings.citationStyle);
  }
  if (!article) return { message: `the source ${args.sourceId} is not loaded.` };
  const plan = planInsertion(text, offset, article, location, settings.citationStyle);
  return { edit: planEdit(document, plan), cursor: plan.cursor };
}

/** A source passage over [from, to): in the document's quotation marks, as is, or exactly the text given; with its citation. */
export async function planInsertPassage(ctx: ServiceContext, document: TextDocument, args: InsertPassageArgs): Promise<PlannedEdit> {
  if (args.version !== undefined && args.version !== document.version) return { message: 'the draft changed since; try again.' };
  const index = await ctx.library.ready();
  const article = index.article(args.sourceId);
  if (!article) return { message: `the source ${args.sourceId} is not loaded.` };
  const settings = await ctx.workspace.settings(document.uri);
  const text = document.getText();
  const from = Math.max(0, Math.min(args.from, text.length));
  const to = Math.max(from, Math.min(args.to, text.length));
  const body = args.as === 'quote' ? quotedPassage(text, from, args.text) : args.text;
  const cite = args.cite ?? (args.as === 'exact' ? settings.insertCitationOnCompletion : true);
  if (!cite) return { edit: documentEdit(document, [replaceEdit(document, from, to, body)]), cursor: from + body.length };
  const plan = planInsertion(text.slice(0, from) + text.slice(to), from, article, locationIn(article, args.start, args.end), settings.citationStyle, body);
  return { edit: planEdit(document, plan, to), cursor: plan.cursor };
}

/** Adds the quote to the ignore file of the document's folder: the file created, or its text replaced. */
export async function planIgnoreQuote(ctx: ServiceContext, args: IgnoreQuoteArgs, openText?: (uri: string) => string | undefined): Promise<PlannedEdit> {
  const folder = ctx.ignores.folderFor(args.uri);
  if (!folder) return { message: 'open a folder to keep an ignore list (.attributor/ignore.json).' };
  const file = ctx.ignores.fileOf(folder);
  const planned = await ctx.ignores.planAdd(args.uri, args.speaker ? { quote: args.quote, speaker: args.speaker } : { quote: args.quote }, openText?.(file));
  if (!planned) return { message: 'open a folder to keep an ignore list (.attributor/ignore.json).' };
  const lines = planned.before.split('\n');
  const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
  const textEdit = { range: { start: { line: 0, character: 0 }, end }, newText: planned.after };
  const edit: WorkspaceEdit = planned.exists
    ? { documentChanges: [{ textDocument: { uri: planned.uri, version: null }, edits: [textEdit] }] }
    : { documentChanges: [{ kind: 'create', uri: planned.uri, options: { ignoreIfExists: true } }, { textDocument: { uri: planned.uri, version: null }, edits: [textEdit] }] };
  return { edit, file: planned.uri };
}
