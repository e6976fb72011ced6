// Hover citations: who said a quotation, where, the source sentence with the quoted words in bold, the verdict; the
// source of a sentence without quotes that restates one.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { checkDraft, citationOffset, formatOfDraft, paragraphAround, type CorpusIndex, type DraftQuoteReport, type DraftReport, type SourceArticle, type SourceLocation, type Speaker, type TextSpan } from '../core';
import { diffMarkdown, meaningLine } from './diffMarkdown';
import { otherRenderings } from './renderings';
import type { CiteArgs, OpenSourceArgs } from '../protocol/lspExtensions';
import { cancelled, checksAgainstArchive, isServed, rangeIn, reportedArticle, reportOf, type ServiceContext } from './context';
import { commandUri, describeArticle, escapeMarkdown, passage, preview } from './markdown';
import type { AttributorSettings } from './settings';

/** The verdict in words: no `$(icon)`, since the hover holds file text and the client renders it without icons. */
const VERDICT: Record<DraftQuoteReport['verdict'], string> = {
  matches: 'Matches the source',
  misattributed: 'Attributed there to someone else',
  altered: 'Differs from the source wording',
  variant: 'Worded differently in the source (another translation or version?)',
  unquoted: 'Not a quotation in the sources',
  unsourced: 'Not found in the sources',
  term: 'A quoted term',
};

export async function provideHover(ctx: ServiceContext, document: TextDocument, position: Position, token: CancellationToken | undefined): Promise<Hover | null> {
  const settings = await ctx.workspace.settings(document.uri);
  const index = ctx.library.current;
  if (!index || cancelled(token) || !isServed(ctx, document, settings)) return null;
  const offset = document.offsetAt(position);
  const around = reportAround(ctx, document, offset, index, settings);
  if (!around) return null;
  const { report, delta, whole } = around;
  const local = offset - delta;
  const quote = report.quotes.find((q) => q.start <= local && local <= q.end);
  if (quote) return quoteHover(ctx, document, quote, delta, index, settings, whole && diagnosed(report, quote, settings));
  if (!settings.claimHover) return null;
  const sentence = report.analyzed.sentences.find((s) => s.start <= local && local < s.end);
  if (!sentence || report.quotes.some((q) => q.start < sentence.end && q.end > sentence.start)) return null;
  return claimHover(ctx, document, report.analyzed.text, sentence, delta, index, settings);
}

/**
 * The document's report (`whole`), or for a document over the size limit a report of the paragraph around `offset`
 * (such a document gets no diagnostics). Against an archive, only the report of this version the diagnostics made
 * (none yet: no hover, rather than a verdict from other sources).
 */
function reportAround(ctx: ServiceContext, document: TextDocument, offset: number, index: CorpusIndex, settings: AttributorSettings): { report: DraftReport; delta: number; whole: boolean } | undefined {
  const report = reportOf(ctx, document, index, settings);
  if (report) return { report, delta: 0, whole: true };
  if (checksAgainstArchive(ctx, settings)) return undefined;
  const text = document.getText();
  const { start, end } = paragraphAround(text, offset);
  return { report: checkDraft(text.slice(start, end), index, { ignore: ctx.ignores.listFor(document.uri), format: formatOfDraft(document.uri, document.languageId) }), delta: start, whole: false };
}

/**
 * Whether a diagnostic on the quote already says its verdict, who said the words and where: the editor shows its
 * message just above this hover, so the hover leaves those out (the Problems panel and the CLI keep the full message).
 */
function diagnosed(report: DraftReport, quote: DraftQuoteReport, settings: AttributorSettings): boolean {
  return settings.diagnosticsEnabled && report.findings.some((f) => f.report === quote && settings.severities[f.code] !== 'off');
}

/** The verdict in one line, naming the speakers where the verdict is about them. */
function verdictLine(quote: DraftQuoteReport, speaker: Speaker | null, article: SourceArticle | undefined): string {
  switch (quote.verdict) {
    case 'misattributed':
      if (quote.recalled) return `Recalled there by **${escapeMarkdown(speaker?.name ?? 'the speaker')}** as someone else's words`;
      return `Attributed there to **${escapeMarkdown(speaker?.name ?? 'someone else')}**` + (quote.claimedMention ? `, not to ${escapeMarkdown(quote.claimedMention.text)}` : '');
    case 'altered':
      return quote.difference?.meaning.length ? `${quote.shortened ? 'The cut changes' : 'Changes'} the meaning: ${meaningLine(quote.difference)}` : VERDICT.altered;
    case 'unquoted':
      return `Not a quotation in the sources: ${article ? describeArticle(article) : 'the source'} has these words in its own narration, so quoting them as direct speech turns a paraphrase into a quote`;
    case 'matches':
      return quote.shortened ? 'Matches the source, shortened' : VERDICT.matches;
    default:
      return VERDICT[quote.verdict];
  }
}

/**
 * A quotation's hover, each fact once: the links first, then the verdict, what differs word by word, who said it
 * in which source with the source's sentence, other renderings of the same words, other sources that carry them.
 * `diagnosed`: a diagnostic above the hover says the verdict, the speaker and the source; the hover does not repeat them.
 */
async function quoteHover(ctx: ServiceContext, document: TextDocument, quote: DraftQuoteReport, delta: number, index: CorpusIndex, settings: AttributorSettings, diagnosed: boolean): Promise<Hover | null> {
  if (quote.verdict === 'term' && !quote.match) return null;
  const match = quote.match;
  // `No source contains these quoted words` above says all there is.
  if (diagnosed && !match) return null;
  const found = match ? await reportedArticle(ctx, document, match.location.sourceId) : undefined;
  const article = found?.article;
  const speaker = match?.speaker ?? match?.sourceQuote?.speaker ?? null;
  let md = '';
  if (match && found) {
    const offset = citationOffset(document.getText(), quote.end + delta, settings.citationStyle);
    // An archive's article has no file here to open: its place is named instead.
    if (!found.local) md += `In the newsroom's archive, line ${match.location.line + 1}\n\n`;
    else if (ctx.commandLinks) md += links(match.location, { uri: document.uri, offset, sourceId: found.article.id, start: match.location.start, end: match.location.end, version: document.version }) + '\n\n';
  }
  if (!diagnosed) md += `**“${escapeMarkdown(preview(quote.text, 90))}”** — ${verdictLine(quote, speaker, article)}\n\n`;
  if (quote.difference && quote.verdict !== 'unquoted') {
    md += `${quote.shortened ? 'Cut from the source' : 'Source → draft'}: ${diffMarkdown(quote.difference.parts)}\n\n`;
  }
  if (match && article) {
    if (quote.verdict !== 'unquoted' && !diagnosed) md += `${speaker ? `**${escapeMarkdown(speaker.name)}**` : 'Not attributed to anyone'} in ${describeArticle(article)}${ctx.commandLinks || !found?.local ? '' : `, line ${match.location.line + 1}`}\n\n`;
    md += `> ${passage(article, match.context, match.location)}\n\n`;
    if (quote.verdict === 'variant') md += `The draft's rendering: “${escapeMarkdown(quote.text)}”; ${describeArticle(article)}'s: “${escapeMarkdown(match.sourceText)}”\n\n`;
    // Other renderings come from the folders' index: not for a verdict the archive gave.
    if (found?.local && (quote.verdict === 'matches' || quote.verdict === 'variant')) {
      for (const other of otherRenderings(index, quote.text, match)) {
        const source = index.article(other.location.sourceId);
        if (source) md += `Also rendered: “${escapeMarkdown(preview(other.text, 140))}” in ${describeArticle(source)}\n\n`;
      }
    }
    const others = (await uniqueArticles(ctx, document, quote.alsoIn)).filter((a) => a.id !== article.id);
    if (others.length) md += `Also in: ${others.map(describeArticle).join('; ')}\n\n`;
  } else {
    md += 'No source article carries these words.';
  }
  return { contents: { kind: MarkupKind.Markdown, value: md.trimEnd() }, range: rangeIn(document, quote, delta) };
}

function claimHover(ctx: ServiceContext, document: TextDocument, text: string, sentence: TextSpan, delta: number, index: CorpusIndex, settings: AttributorSettings): Hover | null {
  const claim = index.matchClaim(text.slice(sentence.start, sentence.end).trim());
  const article = claim ? index.article(claim.location.sourceId) : undefined;
  if (!claim || !article) return null;
  const offset = citationOffset(document.getText(), sentence.end + delta, settings.citationStyle);
  let md = ctx.commandLinks ? links(claim.location, { uri: document.uri, offset, sourceId: article.id, start: claim.location.start, end: claim.location.end, version: document.version }) + '\n\n' : '';
  md += `**Source for this sentence**: ${describeArticle(article)}${claim.speaker ? ` — ${escapeMarkdown(claim.speaker.name)}` : ''}${ctx.commandLinks ? '' : `, line ${claim.location.line + 1}`}\n\n`;
  md += `> ${passage(article, claim.context, claim.location)}`;
  return { contents: { kind: MarkupKind.Markdown, value: md.trimEnd() }, range: rangeIn(document, sentence, delta) };
}

/** Links that open the source and insert its citation: command links, for editors that run them. */
function links(location: SourceLocation, citation: CiteArgs): string {
  const open: OpenSourceArgs = { sourceId: location.sourceId, start: location.start, end: location.end };
  const openLink = commandUri('attributor.openSource', [open]);
  const cite = commandUri('attributor.insertCitation', [citation]);
  return `[Open source](${openLink} "Open the source at this passage") · [Insert citation](${cite} "Insert a citation of this source")`;
}

async function uniqueArticles(ctx: ServiceContext, document: TextDocument, locations: readonly SourceLocation[]): Promise<SourceArticle[]> {
  const seen = new Set<string>();
  const result: SourceArticle[] = [];
  for (const l of locations) {
    if (seen.has(l.sourceId)) continue;
    seen.add(l.sourceId);
    const a = (await reportedArticle(ctx, document, l.sourceId))?.article;
    if (a) result.push(a);
  }
  return result;
}
