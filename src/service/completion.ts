// Quote completion: inside an opening quotation mark, the source quotations that complete what is typed. Accepting
// one inserts the exact source wording and the closing mark in the opening mark's style, and with
// `attributor.completion.insertCitation` the citation too (one edit).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type CompletionList, type Position, type TextEdit } from 'vscode-languageserver-types';
import { findOpenQuote, planInsertion, type CorpusIndex, type OpenQuote, type QuoteCompletion } from '../core';
import { cancelled, isServed, type ServiceContext } from './context';
import { describeArticle, escapeMarkdown, highlightPassage, preview } from './markdown';
import type { AttributorSettings } from './settings';

/** `"` and `“` open a quotation; letters and spaces refine it as it is typed. */
export const COMPLETION_TRIGGERS = ['"', '“', ' ', ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** How many lines before the cursor the opening mark is looked for (a paragraph being typed). */
const LOOKBACK_LINES = 40;
const MAX_ITEMS = 20;

/** What is typed inside an opening quotation mark, read from the few lines before the cursor (never the whole document). */
export function openQuoteAt(document: TextDocument, position: Position): { open: OpenQuote; base: number } | undefined {
  const base = document.offsetAt({ line: Math.max(0, position.line - LOOKBACK_LINES), character: 0 });
  const lineEnd = document.offsetAt({ line: position.line + 1, character: 0 });
  const text = document.getText().slice(base, lineEnd);
  const open = findOpenQuote(text, document.offsetAt(position) - base);
  return open ? { open, base } : undefined;
}

export async function provideCompletion(ctx: ServiceContext, document: TextDocument, position: Position, token: CancellationToken | undefined): Promise<CompletionList | null> {
  const settings = await ctx.workspace.settings(document.uri);
  if (cancelled(token) || !isServed(ctx, document, settings)) return null;
  const found = openQuoteAt(document, position);
  if (!found) return null;
  const index = ctx.library.current;
  // While the index loads, an empty incomplete list makes the editor ask again as the writer types.
  if (!index) return { isIncomplete: true, items: [] };
  const { open, base } = found;
  const completions = index.complete(open.typed, MAX_ITEMS);
  const range = { start: document.positionAt(base + open.textStart), end: document.positionAt(base + open.replaceEnd) };
  const fullText = settings.insertCitationOnCompletion ? document.getText() : undefined;
  const items = completions.map((c, i): CompletionItem => {
    const article = index.article(c.location.sourceId);
    const insertion = insertionOf(c, open, base, fullText, settings, index, document);
    return {
      label: c.quote,
      labelDetails: { description: c.speaker?.name ?? 'unattributed' },
      kind: CompletionItemKind.Reference,
      detail: `${c.speaker?.name ?? 'Not attributed'} — ${article ? preview(article.title, 60) : c.location.sourceId}${article?.outlet ? ` (${article.outlet})` : ''}`,
      documentation: { kind: MarkupKind.Markdown, value: documentation(c, index) },
      // The editor filters on the words typed since the opening mark; the engine already matched them (prefix and fuzzy).
      filterText: open.typed,
      sortText: String(i).padStart(4, '0'),
      preselect: i === 0,
      textEdit: { range, newText: insertion.newText },
      insertTextFormat: insertion.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      ...(insertion.additional ? { additionalTextEdits: insertion.additional } : {}),
    };
  });
  return { isIncomplete: true, items };
}

function documentation(c: QuoteCompletion, index: CorpusIndex): string {
  const article = index.article(c.location.sourceId);
  const at = c.context.indexOf(c.quote);
  return `**${c.speaker ? escapeMarkdown(c.speaker.name) : 'Not attributed'}**${article ? ` in ${describeArticle(article)}` : ''}\n\n> ${highlightPassage(c.context, Math.max(0, at), at >= 0 ? at + c.quote.length : 0)}`;
}

function snippetText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => '\\' + c);
}

/** What accepting a completion writes over [after the opening mark, cursor or auto-closed mark]. */
function insertionOf(
  c: QuoteCompletion,
  open: OpenQuote,
  base: number,
  fullText: string | undefined,
  settings: AttributorSettings,
  index: CorpusIndex,
  document: TextDocument,
): { newText: string; snippet?: boolean; additional?: TextEdit[] } {
  const plain = c.quote + open.closing;
  const article = index.article(c.location.sourceId);
  if (fullText === undefined || !article) return { newText: plain };
  const start = base + open.textStart;
  const end = base + open.replaceEnd;
  const plan = planInsertion(fullText.slice(0, start) + fullText.slice(end), start, article, c.location, settings.citationStyle, plain);
  if (plan.append) {
    const documentEnd = document.positionAt(fullText.length);
    return { newText: plan.text, additional: [{ range: { start: documentEnd, end: documentEnd }, newText: plan.append }] };
  }
  if (plan.cursor - start < plan.text.length) {
    // At the end of the document the footnote definition is part of the insertion; the cursor stays after the citation.
    const cut = plan.cursor - start;
    return { newText: `${snippetText(plan.text.slice(0, cut))}$0${snippetText(plan.text.slice(cut))}`, snippet: true };
  }
  return { newText: plan.text };
}
