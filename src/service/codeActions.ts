// Quick fixes for findings: the source's speaker in place of the wrong one, the source's wording, a citation of the
// source (each one edit), and ignoring the quote (a command that writes `.attributor/ignore.json`).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import { CodeActionKind, CodeActionTriggerKind, type CodeAction, type CodeActionContext, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { citationOffset, planInsertion, replacementNames, sourceWordingFor, type Finding } from '../core';
import { ServerCommand, type IgnoreQuoteArgs } from '../protocol/lspExtensions';
import { cancelled, isServed, reportedArticle, reportOf, type ServiceContext } from './context';
import { preview } from './markdown';
import { diffSummary } from './diffMarkdown';
import type { AttributorSettings } from './settings';
import { documentEdit, planEdit, replaceEdit } from './workspaceEdits';

export async function provideCodeActions(ctx: ServiceContext, document: TextDocument, range: Range, context: CodeActionContext, token: CancellationToken | undefined): Promise<CodeAction[]> {
  const settings = await ctx.workspace.settings(document.uri);
  const index = ctx.library.current;
  if (!index || cancelled(token) || !isServed(ctx, document, settings)) return [];
  if (context.only && !context.only.some((kind) => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(kind + '.') || kind === '')) return [];
  const ours = context.diagnostics.filter((d) => d.source === 'attributor');
  // The editor asks for code actions as the cursor moves: then only shown findings count (no check on the typing
  // path beyond the cached one). Asked explicitly (Ctrl+.), the draft is checked now if it changed since.
  const explicit = context.triggerKind !== CodeActionTriggerKind.Automatic;
  if (!explicit && !ours.length) return [];
  const report = explicit ? reportOf(ctx, document, index, settings) : ctx.checks.lastReport(document);
  if (!report) return [];
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  const actions: CodeAction[] = [];
  // The findings as they are now: a check of a newer text while a fix is made below changes the report in place.
  for (const finding of [...report.findings]) {
    if (settings.severities[finding.code] === 'off' || finding.end < start || finding.start > end) continue;
    const diagnostic = ours.find((d) => d.code === finding.code && document.offsetAt(d.range.start) === finding.start && document.offsetAt(d.range.end) === finding.end);
    if (ours.length && !diagnostic) continue;
    actions.push(...(await fixes(ctx, document, finding, settings, diagnostic)));
  }
  return actions;
}

async function fixes(ctx: ServiceContext, document: TextDocument, finding: Finding, settings: AttributorSettings, diagnostic?: Diagnostic): Promise<CodeAction[]> {
  const actions: CodeAction[] = [];
  const report = finding.report;
  const make = (title: string, preferred = false): CodeAction => ({ title, kind: CodeActionKind.QuickFix, isPreferred: preferred, ...(diagnostic ? { diagnostics: [diagnostic] } : {}) });

  // The right speaker in place of the wrong one, as the source spells the name (`Zelensky` in one article, `Zelenskyy` in another).
  const speaker = report.match?.speaker ?? report.match?.sourceQuote?.speaker ?? null;
  // Words the draft's speaker only recalls as another's (report.recalled) have no right speaker the sources name.
  if (finding.code === 'misattributed-quote' && report.claimedMention && speaker && !report.recalled) {
    const mention = report.claimedMention;
    const spelling = report.match?.speakerSpelling ?? speaker.name;
    replacementNames(mention.text, spelling, speaker.kind).forEach((name, i) => {
      if (name === mention.text) return;
      actions.push({ ...make(`Attribute to ${name} (replace “${mention.text}”)`, i === 0), edit: documentEdit(document, [replaceEdit(document, mention.start, mention.end, name)]) });
    });
  }

  // The source's wording in place of the words between the draft's marks (when it is a well-formed passage of a
  // folder's article: an archive's article is not at hand as paragraphs here).
  const local = ctx.checks.archiveOf(document) === undefined;
  const matched = report.match && local ? ctx.library.article(report.match.location.sourceId) : undefined;
  const wording = matched && finding.code !== 'unsourced-quote' ? sourceWordingFor(report, matched, document.getText()) : null;
  if (wording) {
    // The title says what the fix changes, word for word: `restores “not”; removes “never”`.
    const changes = report.difference ? diffSummary(report.difference) : '';
    const title = `Use the source's wording${changes ? ` (${changes})` : ''}: “${preview(wording, 60)}”`;
    actions.push({ ...make(title, finding.code === 'altered-quote' || finding.code === 'distorted-quote'), edit: documentEdit(document, [replaceEdit(document, report.textStart, report.textEnd, wording)]) });
  }

  // A citation of the source, after the quotation.
  const location = finding.sourceLocation ?? report.match?.location;
  const article = location ? (await reportedArticle(ctx, document, location.sourceId))?.article : undefined;
  if (location && article) {
    const text = document.getText();
    const plan = planInsertion(text, citationOffset(text, report.end, settings.citationStyle), article, location, settings.citationStyle);
    actions.push({ ...make(`Insert a citation of “${preview(article.title, 50)}”`), edit: planEdit(document, plan) });
  }

  // Ignore this quote (the workspace's ignore file).
  const args: IgnoreQuoteArgs = { uri: document.uri, quote: finding.quote, speaker: finding.claimedSpeaker };
  const title = 'Ignore this quote (add it to .attributor/ignore.json)';
  actions.push({ ...make(title), command: { title, command: ServerCommand.ignoreQuote, arguments: [args] } });
  return actions;
}
