import * as vscode from 'vscode';
import { checkDraft, type AnalyzedArticle, type CorpusIndex, type DraftQuoteReport, type DraftReport, type SourceLocation, type TextSpan } from '../core';
import type { InsertCitationArgs } from './citations';
import { settingsFor } from './config';
import type { DraftChecker } from './diagnostics';
import type { IgnoreStore } from './ignoreStore';
import type { Log } from './log';
import { isServed } from './served';
import { openSourceLink } from './sourceDocuments';
import type { SourceLibrary } from './sources';
import { citationOffset, escapeMarkdown, highlightPassage, paragraphEnd, paragraphStart, preview } from './textHelpers';

/**
 * How close a sentence without quotes must be to a source sentence (the Dice coefficient of their words, from
 * index.matchClaim) for its hover to show the
 * source as the claim's citation.
 */
export const CLAIM_SCORE_THRESHOLD = 0.6;

const VERDICT: Record<DraftQuoteReport['verdict'], string> = {
  matches: '$(pass) Matches the source',
  misattributed: '$(warning) Attributed there to someone else',
  altered: '$(diff) Differs from the source wording',
  variant: '$(diff) Worded differently in the source (another translation or version?)',
  unsourced: '$(question) Not found in the sources',
  term: '$(info) A quoted term',
};

/** Hover citations: who said a quotation, where, the source sentence and the verdict; the source of a close claim. */
export class HoverFeature implements vscode.HoverProvider {
  constructor(
    private readonly library: SourceLibrary,
    private readonly checker: DraftChecker,
    private readonly ignores: IgnoreStore,
    private readonly log: Log,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    return this.log.guard('Hover', () => this.hover(document, position), undefined);
  }

  private hover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!isServed(document)) return undefined;
    const index = this.library.current;
    if (!index) return undefined;
    const offset = document.offsetAt(position);
    const { report, delta } = this.reportAround(document, offset, index);
    if (!report) return undefined;
    const local = offset - delta;
    const quote = report.quotes.find((q) => q.start <= local && local <= q.end);
    if (quote) return this.quoteHover(document, quote, delta, index);
    if (!settingsFor(document.uri).claimHover) return undefined;
    const sentence = report.analyzed.sentences.find((s) => s.start <= local && local < s.end);
    if (!sentence || report.quotes.some((q) => q.start < sentence.end && q.end > sentence.start)) return undefined;
    return this.claimHover(document, report.analyzed.text, sentence, delta, index);
  }

  /** The document's report, or for a document over the size limit a report of the paragraph around `offset`. */
  private reportAround(document: vscode.TextDocument, offset: number, index: CorpusIndex): { report?: DraftReport; delta: number } {
    const report = this.checker.reportFor(document);
    if (report) return { report, delta: 0 };
    const text = document.getText();
    const start = paragraphStart(text, offset);
    const end = paragraphEnd(text, offset);
    return { report: checkDraft(text.slice(start, end), index, { ignore: this.ignores.listFor(document.uri) }), delta: start };
  }

  private quoteHover(document: vscode.TextDocument, quote: DraftQuoteReport, delta: number, index: CorpusIndex): vscode.Hover | undefined {
    if (quote.verdict === 'term' && !quote.match) return undefined;
    const md = newMarkdown();
    const match = quote.match;
    const article = match ? index.article(match.location.sourceId) : undefined;
    const speaker = match?.speaker ?? match?.sourceQuote?.speaker ?? null;
    let verdict = VERDICT[quote.verdict];
    if (quote.verdict === 'misattributed') {
      verdict = `$(warning) Attributed there to **${escapeMarkdown(speaker?.name ?? 'someone else')}**` + (quote.claimedMention ? `, not to ${escapeMarkdown(quote.claimedMention.text)}` : '');
    }
    md.appendMarkdown(`**“${escapeMarkdown(preview(quote.text, 90))}”** — ${verdict}\n\n`);
    if (match && article) {
      md.appendMarkdown(`${speaker ? `**${escapeMarkdown(speaker.name)}**` : 'Not attributed to anyone'} in ${describeArticle(article)}\n\n`);
      md.appendMarkdown(`> ${passage(article, match.context, match.location)}\n\n`);
      if (quote.verdict === 'altered' || quote.verdict === 'variant') md.appendMarkdown(`Source wording: “${escapeMarkdown(match.sourceText)}”\n\n`);
      const others = uniqueArticles(quote.alsoIn, index).filter((a) => a.id !== article.id);
      if (others.length) md.appendMarkdown(`Also in: ${others.map(describeArticle).join('; ')}\n\n`);
      const style = settingsFor(document.uri).citationStyle;
      const text = document.getText();
      const args: InsertCitationArgs = {
        uri: document.uri.toString(),
        offset: citationOffset(text, quote.end + delta, style),
        sourceId: article.id,
        start: match.location.start,
        end: match.location.end,
        version: document.version,
      };
      md.appendMarkdown(links(match.location, args));
    } else {
      md.appendMarkdown('No source article carries these words.');
    }
    return new vscode.Hover(md, rangeOf(document, quote, delta));
  }

  private claimHover(document: vscode.TextDocument, text: string, sentence: TextSpan, delta: number, index: CorpusIndex): vscode.Hover | undefined {
    const query = text.slice(sentence.start, sentence.end).trim();
    const claim = index.matchClaim(query, CLAIM_SCORE_THRESHOLD);
    if (!claim) return undefined;
    const best = [claim];
    const md = newMarkdown();
    md.appendMarkdown(`**Source for this sentence**\n\n`);
    const first = best[0];
    for (const m of best.slice(0, 2)) {
      const article = index.article(m.location.sourceId);
      if (!article) continue;
      md.appendMarkdown(`${describeArticle(article)}${m.speaker ? ` — ${escapeMarkdown(m.speaker.name)}` : ''}\n\n`);
      md.appendMarkdown(`> ${passage(article, m.context, m.location)}\n\n`);
    }
    const style = settingsFor(document.uri).citationStyle;
    const args: InsertCitationArgs = {
      uri: document.uri.toString(),
      offset: citationOffset(document.getText(), sentence.end + delta, style),
      sourceId: first.location.sourceId,
      start: first.location.start,
      end: first.location.end,
      version: document.version,
    };
    md.appendMarkdown(links(first.location, args));
    return new vscode.Hover(md, rangeOf(document, sentence, delta));
  }
}

function newMarkdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: ['attributor.openSource', 'attributor.insertCitation'] };
  return md;
}

function rangeOf(document: vscode.TextDocument, span: TextSpan, delta: number): vscode.Range {
  return new vscode.Range(document.positionAt(span.start + delta), document.positionAt(span.end + delta));
}

/** `*Title* (Outlet, date)` */
export function describeArticle(article: AnalyzedArticle): string {
  const meta = [article.outlet, article.date].filter(Boolean).join(', ');
  return `*${escapeMarkdown(preview(article.title, 100))}*${meta ? ` (${escapeMarkdown(meta)})` : ''}`;
}

/** The source sentence with the passage in bold. */
export function passage(article: AnalyzedArticle, context: TextSpan, location: TextSpan): string {
  const start = Math.min(context.start, location.start);
  const end = Math.max(context.end, location.end);
  return highlightPassage(article.text.slice(start, end), location.start - start, location.end - start);
}

function links(location: SourceLocation, citation: InsertCitationArgs): string {
  const open = openSourceLink({ sourceId: location.sourceId, start: location.start, end: location.end });
  const cite = `command:attributor.insertCitation?${encodeURIComponent(JSON.stringify([citation]))}`;
  return `[$(go-to-file) Open source](${open} "Open the source at this passage") · [$(quote) Insert citation](${cite} "Insert a citation of this source")`;
}

function uniqueArticles(locations: readonly SourceLocation[], index: CorpusIndex): AnalyzedArticle[] {
  const seen = new Set<string>();
  const result: AnalyzedArticle[] = [];
  for (const l of locations) {
    if (seen.has(l.sourceId)) continue;
    seen.add(l.sourceId);
    const a = index.article(l.sourceId);
    if (a) result.push(a);
  }
  return result;
}
