// Markdown for hovers, completion documentation and tooltips: escaping, a passage with the quoted words in bold,
// one-line previews, an article's title line. Pure text; the editor renders it.
import type { SourceArticle, TextSpan } from '../core';

/**
 * Text from a file (an article, `sources.json`, `aliases.json`, a draft, a file name) as Markdown that renders as
 * exactly that text: every ASCII punctuation mark gets a backslash (CommonMark lets any of them be escaped), so no
 * link, image, autolink (`http://`, `www.`, `a@b.c`), HTML, entity, emphasis, code span or `$(icon)` can form from it;
 * runs of white space (line breaks too) become one space, so it cannot start a block of its own.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, '\\$&').replace(/\s+/g, ' ');
}

/**
 * Text from a file for the editor's plain labels that render `$(icon)` syntax (quick pick labels, descriptions and
 * details): `\$(name)` shows as the literal `$(name)`.
 */
export function escapeIcons(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}

/**
 * A `command:` link to one of Attributor's commands with its arguments, fully percent-encoded: `encodeURIComponent`
 * leaves `( ) ! * ' ~`, and a `)` from a source id or file name would end the Markdown link early.
 */
export function commandUri(command: string, args: readonly unknown[]): string {
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(/[!'()*~]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  return `command:${command}?${encoded}`;
}

/** A short one-line preview of `text`. */
export function preview(text: string, max = 80): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}

/**
 * Markdown for a passage with a few words in bold: `context` is the surrounding sentence, [`boldStart`, `boldEnd`)
 * the words to highlight, both relative to `context`. Long contexts are trimmed around the bold words with ellipses.
 */
export function highlightPassage(context: string, boldStart: number, boldEnd: number, maxChars = 420): string {
  boldStart = Math.max(0, Math.min(boldStart, context.length));
  boldEnd = Math.max(boldStart, Math.min(boldEnd, context.length));
  let from = 0;
  let to = context.length;
  if (to - from > maxChars) {
    const room = Math.max(0, maxChars - (boldEnd - boldStart));
    from = Math.max(0, boldStart - Math.floor(room / 2));
    to = Math.min(context.length, boldEnd + (room - (boldStart - from)));
    // Snap to word boundaries.
    if (from > 0) {
      const space = context.indexOf(' ', from);
      if (space !== -1 && space < boldStart) from = space + 1;
    }
    if (to < context.length) {
      const space = context.lastIndexOf(' ', to);
      if (space > boldEnd) to = space;
    }
  }
  const before = escapeMarkdown(context.slice(from, boldStart));
  const bold = escapeMarkdown(context.slice(boldStart, boldEnd)).trim();
  const after = escapeMarkdown(context.slice(boldEnd, to));
  return (from > 0 ? '… ' : '') + before + (bold ? `**${bold}**` : '') + after + (to < context.length ? ' …' : '');
}

/** `*Title* (Outlet, date)` */
export function describeArticle(article: Pick<SourceArticle, 'title' | 'outlet' | 'date'>): string {
  const meta = [article.outlet, article.date].filter(Boolean).join(', ');
  return `*${escapeMarkdown(preview(article.title, 100))}*${meta ? ` (${escapeMarkdown(meta)})` : ''}`;
}

/** The source sentence with the passage in bold. */
export function passage(article: Pick<SourceArticle, 'text'>, context: TextSpan, location: TextSpan): string {
  const start = Math.min(context.start, location.start);
  const end = Math.max(context.end, location.end);
  return highlightPassage(article.text.slice(start, end), location.start - start, location.end - start);
}
