// Hover citations: who said a quotation, where, the source sentence with the quoted words in bold, the verdict; the
// source of a sentence without quotes that restates one.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { checkDraft, citationOffset, formatOfDraft, paragraphAround, type CorpusIndex, type DraftQuoteReport, type DraftReport, type SourceArticle, type SourceLocation, type TextSpan } from '../core';
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
  const { report, delta } = around;
  const local = offset - delta;
  const quote = report.quotes.find((q) => q.start <= local && local <= q.end);
  if (quote) return quoteHover(ctx, document, quote, delta, settings);
  if (!settings.claimHover) return null;
  const sentence = report.analyzed.sentences.find((s) => s.start <= local && local < s.end);
  if (!sentence || report.quotes.some((q) => q.start < sentence.end && q.end > sentence.start)) return null;
  return claimHover(ctx, document, report.analyzed.text, sentence, delta, index, settings);
}

/**
 * The document's report, or for a document over the size limit a report of the paragraph around `offset`. Against
 * an archive, only the report of this version the diagnostics made (none yet: no hover, rather than a verdict from
 * other sources).
 */
function reportAround(ctx: ServiceContext, document: TextDocument, offset: number, index: CorpusIndex, settings: AttributorSettings): { report: DraftReport; delta: number } | undefined {
  const report = reportOf(ctx, document, index, settings);
  if (report) return { report, delta: 0 };
  if (checksAgainstArchive(ctx, settings)) return undefined;
  const text = document.getText();
  const { start, end } = paragraphAround(text, offset);
  return { report: checkDraft(text.slice(start, end), index, { ignore: ctx.ignores.listFor(document.uri), format: formatOfDraft(document.uri, document.languageId) }), delta: start };
}

async function quoteHover(ctx: ServiceContext, document: TextDocument, quote: DraftQuoteReport, delta: number, settings: AttributorSettings): Promise<Hover | null> {
  if (quote.verdict === 'term' && !quote.match) return null;
  const match = quote.match;
  const found = match ? await reportedArticle(ctx, document, match.location.sourceId) : undefined;
  const article = found?.article;
  const speaker = match?.speaker ?? match?.sourceQuote?.speaker ?? null;
  let verdict = VERDICT[quote.verdict];
  if (quote.verdict === 'misattributed') {
    verdict = `Attributed there to **${escapeMarkdown(speaker?.name ?? 'someone else')}**` + (quote.claimedMention ? `, not to ${escapeMarkdown(quote.claimedMention.text)}` : '');
  }
  let md = `**“${escapeMarkdown(preview(quote.text, 90))}”** — ${verdict}\n\n`;
  if (match && article) {
    md += `${speaker ? `**${escapeMarkdown(speaker.name)}**` : 'Not attributed to anyone'} in ${describeArticle(article)}\n\n`;
    md += `> ${passage(article, match.context, match.location)}\n\n`;
    if (quote.verdict === 'altered' || quote.verdict === 'variant') md += `Source wording: “${escapeMarkdown(match.sourceText)}”\n\n`;
    const others = (await uniqueArticles(ctx, document, quote.alsoIn)).filter((a) => a.id !== article.id);
    if (others.length) md += `Also in: ${others.map(describeArticle).join('; ')}\n\n`;
    const offset = citationOffset(document.getText(), quote.end + delta, settings.citationStyle);
    // An archive's article has no file here to open: its place is named instead.
    md += found.local ? links(ctx, match.location, { uri: document.uri, offset, sourceId: article.id, start: match.location.start, end: match.location.end, version: document.version }) : `In the newsroom's archive, line ${match.location.line + 1}`;
  } else {
    md += 'No source article carries these words.';
  }
  return { contents: { kind: MarkupKind.Markdown, value: md.trimEnd() }, range: rangeIn(document, quote, delta) };
}

function claimHover(ctx: ServiceContext, document: TextDocument, text: string, sentence: TextSpan, delta: number, index: CorpusIndex, settings: AttributorSettings): Hover | null {
  const claim = index.matchClaim(text.slice(sentence.start, sentence.end).trim());
  const article = claim ? index.article(claim.location.sourceId) : undefined;
  if (!claim || !article) return null;
  let md = `**Source for this sentence**\n\n`;
  md += `${describeArticle(article)}${claim.speaker ? ` — ${escapeMarkdown(claim.speaker.name)}` : ''}\n\n`;
  md += `> ${passage(article, claim.context, claim.location)}\n\n`;
  const offset = citationOffset(document.getText(), sentence.end + delta, settings.citationStyle);
  md += links(ctx, claim.location, { uri: document.uri, offset, sourceId: article.id, start: claim.location.start, end: claim.location.end, version: document.version });
  return { contents: { kind: MarkupKind.Markdown, value: md.trimEnd() }, range: rangeIn(document, sentence, delta) };
}

/** Links that open the source and insert its citation: command links, for editors that run them. */
function links(ctx: ServiceContext, location: SourceLocation, citation: CiteArgs): string {
  if (!ctx.commandLinks) return `Source: ${escapeMarkdown(location.sourceId)}, line ${location.line + 1}`;
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
