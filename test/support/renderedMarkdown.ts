// Markdown as the editor renders it (marked, the library VS Code renders hovers and tooltips with), and what a writer
// would see in it that a file's text must never make: images, links other than Attributor's own, HTML, icons.
import { marked } from 'marked';
import { renderedIcons } from './hostileWorkspace';

const OUR_LINKS = /^command:attributor\.(openSource|insertCitation)\?/;
const SAFE_TAGS = new Set(['p', 'strong', 'em', 'blockquote', 'br', 'a']);

export function render(markdown: string): string {
  return marked.parse(markdown, { async: false, gfm: true });
}

/** The text of rendered HTML. */
export function decode(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** The images, foreign links, HTML elements and `$(icons)` the Markdown renders. */
export function injectedMarkup(markdown: string): string[] {
  const html = render(markdown);
  const found: string[] = [];
  for (const [, tag] of html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)) if (!SAFE_TAGS.has(tag.toLowerCase())) found.push(`<${tag}>`);
  for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) if (!OUR_LINKS.test(href)) found.push(`link to ${href}`);
  for (const icon of renderedIcons(markdown)) found.push(`$(${icon})`);
  return found;
}
