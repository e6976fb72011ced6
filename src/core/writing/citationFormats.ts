// Citation formats: Markdown footnotes (numbered, one definition per source, reused), inline citations,
// and Pandoc citations with a CSL-JSON bibliography of the sources.
import type { SourceArticle, SourceLocation } from '../types';

export type CitationStyle = 'footnote' | 'inline' | 'pandoc';

/** A citation to insert at the cursor, plus text to append at the end of the document (a footnote definition) or null. */
export interface CitationEdit {
  readonly insertText: string;
  readonly appendText: string | null;
  /** The new footnote definition line (without line break), when the source had none in the document. */
  readonly definition?: string;
  /** The footnote label used (`1`), for footnotes. */
  readonly label?: string;
}

function shortTitle(title: string, max = 60): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean.replace(/[.!?]$/, '');
  const cut = clean.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 20)).replace(/[,;:]$/, '')}…`;
}

/** The text of a footnote definition for a source. Carries the source id, so it is found and reused later. */
export function footnoteDefinition(article: SourceArticle): string {
  const parts = [`“${shortTitle(article.title, 120)}”`];
  if (article.outlet) parts.push(article.outlet);
  if (article.date) parts.push(article.date);
  const where = article.url ? `<${article.url}>` : `source ${article.id}`;
  return `${parts.join('. ')}. ${where}`.replace(/\.\./g, '.');
}

const DEFINITION = /^\[\^([^\]\s]+)\]:[ \t]*(.*)$/gm;
const REFERENCE = /\[\^([^\]\s]+)\]/g;

/** Plans the citation of `article` into `documentText`: footnotes reuse an existing definition and number consistently. */
export function planCitation(style: CitationStyle, article: SourceArticle, documentText: string, location?: SourceLocation): CitationEdit {
  if (style === 'pandoc') return { insertText: location ? `[@${article.id}, line ${location.line + 1}]` : `[@${article.id}]`, appendText: null };
  if (style === 'inline') {
    const label = article.outlet ?? shortTitle(article.title);
    return { insertText: article.url ? `([${label}](${article.url}))` : `(${label})`, appendText: null };
  }
  for (const m of documentText.matchAll(DEFINITION)) {
    if (m[2].includes(article.id) || (article.url && m[2].includes(article.url))) return { insertText: `[^${m[1]}]`, appendText: null, label: m[1] };
  }
  let highest = 0;
  for (const m of documentText.matchAll(REFERENCE)) if (/^\d+$/.test(m[1])) highest = Math.max(highest, Number(m[1]));
  const label = String(highest + 1);
  const definition = `[^${label}]: ${footnoteDefinition(article)}`;
  return { insertText: `[^${label}]`, appendText: appendDefinition(documentText, definition), definition, label };
}

/**
 * The one rule for a footnote definition appended at the end of a document: on its own line, after a blank line
 * unless the document already ends with a footnote definition; in the document's line endings; ending the document
 * with a line break.
 */
export function appendDefinition(documentText: string, definition: string): string {
  const eol = documentText.includes('\r\n') ? '\r\n' : '\n';
  return definitionSeparator(documentText, eol) + definition.replace(/\r?\n/g, eol) + eol;
}

function definitionSeparator(documentText: string, eol: string): string {
  if (documentText.length === 0) return '';
  const trimmed = documentText.replace(/[ \t]+$/, '');
  const lastLineStart = trimmed.lastIndexOf('\n', trimmed.endsWith('\n') ? trimmed.length - 2 : trimmed.length - 1) + 1;
  const lastLine = trimmed.slice(lastLineStart).trim();
  const endsWithNewline = /\n$/.test(documentText);
  if (/^\[\^[^\]]+\]:/.test(lastLine)) return endsWithNewline ? '' : eol;
  if (/\n[ \t\r]*\n[ \t\r]*$/.test(documentText)) return '';
  return endsWithNewline ? eol : eol + eol;
}

/** CSL-JSON items for the sources, for pandoc's `--bibliography`. */
export function toCslJson(articles: readonly SourceArticle[]): object[] {
  return articles.map((a) => {
    const item: Record<string, unknown> = { id: a.id, type: 'article-newspaper', title: a.title };
    if (a.outlet) item['container-title'] = a.outlet;
    if (a.url) item.URL = a.url;
    const date = a.date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(a.date) : null;
    if (date) item.issued = { 'date-parts': [[Number(date[1]), Number(date[2]), Number(date[3])]] };
    if (a.doubts.length) item.note = a.doubts.join(' ');
    return item;
  });
}
