import * as vscode from 'vscode';
import { citationOffset, planInsertion, replacementNames, type Finding, type IgnoreEntry } from '../core';
import { toWorkspaceEdit } from './citations';
import { settingsFor } from './config';
import type { DraftChecker } from './diagnostics';
import type { IgnoreStore } from './ignoreStore';
import type { Log } from './log';
import { isServed } from './served';
import type { SourceLibrary } from './sources';
import { preview } from './textHelpers';

/** Arguments of `attributor.ignoreQuote`. */
export interface IgnoreQuoteArgs {
  readonly uri: string;
  readonly quote: string;
  readonly speaker?: string | null;
}

/**
 * Quick fixes for the findings: put the source's speaker in place of the wrong one, use the source's wording, insert
 * a citation, ignore the quote (in `.attributor/ignore.json`). Each is one WorkspaceEdit.
 */
export class CodeActionsFeature implements vscode.CodeActionProvider, vscode.Disposable {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly library: SourceLibrary,
    private readonly checker: DraftChecker,
    private readonly ignores: IgnoreStore,
    private readonly log: Log,
  ) {
    this.disposables.push(
      vscode.commands.registerCommand('attributor.ignoreQuote', (args?: IgnoreQuoteArgs) => this.log.guardAsync('Ignoring the quote', () => this.ignoreQuote(args), false)),
    );
  }

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    return this.log.guard('Quick fixes', () => this.actions(document, range, context), []);
  }

  private actions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!isServed(document)) return [];
    if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return [];
    const ours = context.diagnostics.filter((d) => d.source === 'attributor');
    // The editor asks for code actions as the cursor moves: then only the last check's findings are used (no check on
    // the typing path). Asked explicitly (Ctrl+. or the API), the draft is checked now if it changed since.
    const explicit = context.triggerKind === vscode.CodeActionTriggerKind.Invoke;
    if (!explicit && !ours.length) return [];
    const findings = this.findingsFor(document, range, ours, explicit);
    const actions: vscode.CodeAction[] = [];
    for (const { finding, diagnostic } of findings) actions.push(...this.fixes(document, finding, diagnostic));
    return actions;
  }

  /** The findings behind the diagnostics in `range` (or all findings in it when the editor passed no diagnostics). */
  private findingsFor(document: vscode.TextDocument, range: vscode.Range, diagnostics: vscode.Diagnostic[], checkNow: boolean): Array<{ finding: Finding; diagnostic?: vscode.Diagnostic }> {
    const findings = this.checker.shownFindings(document) ?? (checkNow ? this.checker.reportFor(document)?.findings : undefined) ?? [];
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    const result: Array<{ finding: Finding; diagnostic?: vscode.Diagnostic }> = [];
    for (const finding of findings) {
      if (finding.start > end || finding.end < start) continue;
      const diagnostic = diagnostics.find(
        (d) => d.code === finding.code && document.offsetAt(d.range.start) === finding.start && document.offsetAt(d.range.end) === finding.end,
      );
      if (diagnostics.length && !diagnostic) continue;
      result.push({ finding, diagnostic });
    }
    return result;
  }

  private fixes(document: vscode.TextDocument, finding: Finding, diagnostic?: vscode.Diagnostic): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const report = finding.report;
    const make = (title: string, preferred = false) => {
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      if (diagnostic) action.diagnostics = [diagnostic];
      action.isPreferred = preferred;
      return action;
    };

    // The right speaker in place of the wrong one.
    const speaker = report.match?.speaker ?? report.match?.sourceQuote?.speaker ?? null;
    if (finding.code === 'misattributed-quote' && report.claimedMention && speaker) {
      const mention = report.claimedMention;
      // The name as the source writes it (`Zelensky` in one article, `Zelenskyy` in another).
      const spelling = report.match?.speakerSpelling ?? speaker.name;
      const names = replacementNames(mention.text, spelling, speaker.kind);
      names.forEach((name, i) => {
        if (name === mention.text) return;
        const action = make(`Attribute to ${name} (replace “${mention.text}”)`, i === 0);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end)), name);
        actions.push(action);
      });
    }

    // The source's wording in place of the draft's.
    const sourceText = finding.sourceText ?? report.match?.sourceText;
    if (sourceText && sourceText !== report.text && finding.code !== 'unsourced-quote') {
      const action = make(`Use the source's wording: “${preview(sourceText, 60)}”`, finding.code === 'altered-quote');
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(document.uri, new vscode.Range(document.positionAt(report.textStart), document.positionAt(report.textEnd)), sourceText);
      actions.push(action);
    }

    // A citation of the source, after the quotation.
    const location = finding.sourceLocation ?? report.match?.location;
    const article = location ? this.library.article(location.sourceId) : undefined;
    if (location && article) {
      const style = settingsFor(document.uri).citationStyle;
      const text = document.getText();
      const plan = planInsertion(text, citationOffset(text, report.end, style), article, location, style);
      const action = make(`Insert a citation of “${preview(article.title, 50)}”`);
      action.edit = toWorkspaceEdit(document, plan);
      actions.push(action);
    }

    // Ignore this quote (the workspace's ignore file).
    const ignore = make(`Ignore this quote (add it to .attributor/ignore.json)`);
    const args: IgnoreQuoteArgs = { uri: document.uri.toString(), quote: finding.quote, speaker: finding.claimedSpeaker };
    ignore.command = { title: ignore.title, command: 'attributor.ignoreQuote', arguments: [args] };
    actions.push(ignore);
    return actions;
  }

  private async ignoreQuote(args?: IgnoreQuoteArgs): Promise<boolean> {
    if (!args || typeof args.quote !== 'string') return false;
    const entry: IgnoreEntry = args.speaker ? { quote: args.quote, speaker: args.speaker } : { quote: args.quote };
    const written = await this.ignores.add(vscode.Uri.parse(args.uri, true), entry);
    if (!written) return false;
    this.log.info(`Ignoring “${preview(args.quote, 60)}”${args.speaker ? ` (attributed to ${args.speaker})` : ''} in ${vscode.workspace.asRelativePath(written)}.`);
    return true;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
