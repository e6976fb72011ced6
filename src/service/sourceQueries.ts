// What the editor's views and pickers show of the sources: the tree of sources, speakers and quotes; search; the
// quotes of a speaker; the list of articles and their text; the quotations that complete the one at the cursor.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { findOpenQuote, paragraphAround, sentenceAround, toCslJson, type AnalyzedArticle, type AttributedQuote, type CorpusIndex, type PassageMatch, type QuoteCompletion, type Speaker } from '../core';
import type { ArticleItem, PassageItem, SourceTreeNode, SpeakerItem } from '../protocol/lspExtensions';
import { reportOf, type ServiceContext } from './context';
import { escapeIcons, escapeMarkdown, passage, preview } from './markdown';

function quoteNode(article: AnalyzedArticle, quote: AttributedQuote): SourceTreeNode {
  const sentence = article.sentences[quote.sentence];
  return {
    id: JSON.stringify(['quote', article.id, quote.start]),
    kind: 'quote',
    label: `“${preview(quote.text, 90)}”`,
    tooltip: `> ${passage(article, sentence ?? quote, { start: quote.textStart, end: quote.textEnd })}`,
    icon: 'quote',
    collapsible: false,
    open: { sourceId: article.id, start: quote.textStart, end: quote.textEnd },
    insert: { sourceId: article.id, start: quote.textStart, end: quote.textEnd, text: quote.text, as: 'quote' },
  };
}

function speakerGroups(article: AnalyzedArticle): Array<{ speaker: Speaker | null; quotes: AttributedQuote[] }> {
  const groups = new Map<string, { speaker: Speaker | null; quotes: AttributedQuote[] }>();
  for (const quote of article.quotes) {
    if (quote.isTerm) continue;
    const key = quote.speaker?.key ?? '';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { speaker: quote.speaker, quotes: [] }));
    group.quotes.push(quote);
  }
  return [...groups.values()].sort((a, b) => (a.speaker ? 0 : 1) - (b.speaker ? 0 : 1) || b.quotes.length - a.quotes.length);
}

/** The sources view: the articles; under each its speakers; under each speaker the quotes. */
export async function sourceTree(ctx: ServiceContext, parent: string | undefined): Promise<SourceTreeNode[]> {
  const index = await ctx.library.ready();
  if (!parent) {
    return index.articles.map((a) => ({
      id: JSON.stringify(['article', a.id]),
      kind: 'article',
      label: preview(a.title, 90),
      description: [a.outlet, a.date].filter(Boolean).join(' · ') || a.id,
      tooltip: `**${escapeMarkdown(a.title)}**\n\n${a.outlet ? escapeMarkdown(a.outlet) : 'Outlet unknown'}${a.url ? ` · ${escapeMarkdown(a.url)}` : ''}\n\n${escapeMarkdown(a.id)}`,
      icon: 'file-text',
      collapsible: true,
      open: { sourceId: a.id },
    }));
  }
  const [kind, id, key] = JSON.parse(parent) as [string, string, string?];
  const article = index.article(id);
  if (!article) return [];
  const groups = speakerGroups(article);
  if (kind === 'article') {
    return groups.map((g) => ({
      id: JSON.stringify(['speaker', article.id, g.speaker?.key ?? '']),
      kind: 'speaker',
      label: g.speaker?.name ?? 'Not attributed',
      description: `${g.quotes.length} quotation${g.quotes.length === 1 ? '' : 's'}`,
      icon: g.speaker ? 'person' : 'question',
      collapsible: true,
    }));
  }
  if (kind === 'speaker') return (groups.find((g) => (g.speaker?.key ?? '') === key)?.quotes ?? []).map((q) => quoteNode(article, q));
  return [];
}

function passageItem(index: CorpusIndex, m: PassageMatch): PassageItem {
  const article = index.article(m.location.sourceId);
  return {
    label: `${m.kind === 'quote' ? '$(quote)' : '$(note)'} ${escapeIcons(preview(m.text, 140))}`,
    description: escapeIcons([m.speaker?.name, article?.outlet].filter(Boolean).join(' · ')),
    detail: escapeIcons(article ? preview(article.title, 120) : m.location.sourceId),
    open: { sourceId: m.location.sourceId, start: m.location.start, end: m.location.end },
    insert: { sourceId: m.location.sourceId, start: m.location.start, end: m.location.end, text: m.text, as: 'quote' },
  };
}

export async function searchSources(ctx: ServiceContext, query: string, limit = 30): Promise<PassageItem[]> {
  const index = await ctx.library.ready();
  return query.trim() ? index.find(query.trim(), limit).map((m) => passageItem(index, m)) : [];
}

export async function speakers(ctx: ServiceContext): Promise<SpeakerItem[]> {
  const index = await ctx.library.ready();
  return index.speakers.map((s) => ({ key: s.key, label: `$(person) ${escapeIcons(s.name)}`, description: `${index.quotesBy(s.key).length} quotation(s)`, ...(s.kind === 'person' ? {} : { detail: s.kind }) }));
}

export async function speakerQuotes(ctx: ServiceContext, key: string): Promise<{ name: string; quotes: PassageItem[] }> {
  const index = await ctx.library.ready();
  const speaker = index.speakers.find((s) => s.key === key);
  const quotes = index.quotesBy(key).map(({ article, quote }) => ({
    label: `$(quote) ${escapeIcons(preview(quote.text, 140))}`,
    ...(article.outlet ? { description: escapeIcons(article.outlet) } : {}),
    detail: escapeIcons(preview(article.title, 120)),
    open: { sourceId: article.id, start: quote.textStart, end: quote.textEnd },
    insert: { sourceId: article.id, start: quote.textStart, end: quote.textEnd, text: quote.text, as: 'quote' as const },
  }));
  return { name: speaker?.name ?? key, quotes };
}

export async function articles(ctx: ServiceContext): Promise<ArticleItem[]> {
  const index = await ctx.library.ready();
  return index.articles.map((a) => ({
    id: a.id,
    label: escapeIcons(preview(a.title, 100)),
    description: escapeIcons([a.outlet, a.date].filter(Boolean).join(' · ')),
    detail: `${escapeIcons(a.id)} — ${a.quotes.filter((q) => q.speaker && !q.isTerm).length} attributed quote(s)`,
  }));
}

export async function articleText(ctx: ServiceContext, sourceId: string): Promise<{ text: string; title: string } | null> {
  const article = (await ctx.library.ready()).article(sourceId);
  return article ? { text: article.text, title: article.title } : null;
}

export async function bibliography(ctx: ServiceContext): Promise<object[]> {
  return toCslJson((await ctx.library.ready()).articles);
}

/**
 * The quotations that complete the one at the cursor (inside an opening mark: what is typed; else the selection, or
 * the sentence up to the cursor), for a picker; and the range a choice replaces.
 */
export async function quoteCandidates(ctx: ServiceContext, document: TextDocument, selection: { start: number; end: number }): Promise<{ query: string; items: PassageItem[]; from: number; to: number; closing: string | null }> {
  const index = await ctx.library.ready();
  const settings = await ctx.workspace.settings(document.uri);
  const text = document.getText();
  const paragraph = paragraphAround(text, selection.end);
  const open = findOpenQuote(text, selection.end);
  let query: string;
  if (open) query = open.typed.trim();
  else if (selection.start !== selection.end) query = text.slice(selection.start, selection.end).trim();
  else {
    const sentence = reportOf(ctx, document, index, settings)?.analyzed.sentences.find((s) => s.start <= selection.end && selection.end <= s.end) ?? sentenceAround(text, selection.end);
    query = text.slice(Math.max(sentence.start, paragraph.start), selection.end).trim() || text.slice(sentence.start, sentence.end).trim();
  }
  let completions: QuoteCompletion[] = index.complete(query, 30);
  if (!completions.length && query) {
    completions = index
      .find(query, 30)
      .filter((m) => m.kind === 'quote')
      .map((m) => ({ quote: m.text, speaker: m.speaker, location: m.location, context: m.text, score: m.score }));
  }
  const items = completions.map((c): PassageItem => ({
    label: escapeIcons(c.quote),
    description: escapeIcons(c.speaker?.name ?? 'not attributed'),
    ...(index.article(c.location.sourceId) ? { detail: escapeIcons(index.article(c.location.sourceId)!.title) } : {}),
    open: { sourceId: c.location.sourceId, start: c.location.start, end: c.location.end },
    insert: open
      ? { sourceId: c.location.sourceId, start: c.location.start, end: c.location.end, text: c.quote + open.closing, as: 'exact' }
      : { sourceId: c.location.sourceId, start: c.location.start, end: c.location.end, text: c.quote, as: 'quote', cite: settings.insertCitationOnCompletion },
  }));
  return open ? { query, items, from: open.textStart, to: open.replaceEnd, closing: open.closing } : { query, items, from: selection.start, to: selection.end, closing: null };
}
