// The edits a writer asks for by command: a citation, a source passage with its citation, ignoring a quote. Each
// is planned here as one WorkspaceEdit; the server applies it (workspace/applyEdit), so it is one undo step.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import { chooseSource, citationOffset, IGNORE_FILE, planInsertion, positionAt, quotedPassage, sentenceAround, type AnalyzedArticle, type SourceLocation, type TextSpan } from '../core';
import type { CiteArgs, IgnoreQuoteArgs, InsertPassageArgs } from '../protocol/lspExtensions';
import { reportOf, type ServiceContext } from './context';
import { documentEdit, planEdit, replaceEdit } from './workspaceEdits';

/**
 * An edit to apply, or why there is none. `file`: the workspace file it writes (not the draft), `created` when the edit
 * creates it, `replaced` when it replaces what the file held, `done` what it does in words for the writer.
 */
export type PlannedEdit =
  | {
      readonly edit: WorkspaceEdit;
      readonly cursor?: number;
      readonly file?: string;
      readonly created?: boolean;
      readonly replaced?: boolean;
      readonly done?: string;
      /** The text `file` held before (to take the edit back). */
      readonly previous?: string;
    }
  | { readonly message: string };

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

/**
 * Adds the quote to the ignore file of the document's folder: the file created, or one insertion into its list as
 * the editor holds it (one undo step; comments, unknown fields and unsaved changes stay).
 */
export async function planIgnoreQuote(ctx: ServiceContext, args: IgnoreQuoteArgs, open?: (uri: string) => { text: string; version: number } | undefined): Promise<PlannedEdit> {
  const entry = args.speaker ? { quote: args.quote, speaker: args.speaker } : { quote: args.quote };
  const planned = await ctx.ignores.planAdd(args.uri, entry, open);
  if (!planned) return { message: 'open a folder to keep an ignore list (.attributor/ignore.json).' };
  if ('refused' in planned) return { message: `${planned.refused}.` };
  const { change } = planned;
  if ('refused' in change) return { message: `${change.refused}.` };
  if ('unchanged' in change) return { message: `“${args.quote}” is ignored already (${IGNORE_FILE}).` };
  const file = TextDocument.create(planned.uri, 'json', 0, planned.text);
  const edits = change.changes.map((c) => ({ range: { start: file.positionAt(c.offset), end: file.positionAt(c.offset + c.length) }, newText: c.content }));
  const write = { textDocument: { uri: planned.uri, version: planned.version ?? null }, edits };
  const edit: WorkspaceEdit = planned.exists ? { documentChanges: [write] } : { documentChanges: [{ kind: 'create', uri: planned.uri, options: { ignoreIfExists: true } }, write] };
  const done = `Ignoring “${args.quote}”${args.speaker ? ` when attributed to ${args.speaker}` : ''}`;
  return { edit, file: planned.uri, done, ...(planned.exists ? { previous: planned.text } : { created: true }) };
}
