// The paragraph or sentence around one offset, read from a bounded window of the text, so that a keystroke in a
// document of any length costs the same. The rules are findParagraphs' and the engine's sentences, on the window.
import { maskMarkup } from './maskMarkup';
import { findParagraphs } from './segmentText';
import { prepareText } from './prepareText';
import type { TextSpan } from '../types';

/** How far before and after the offset the paragraph is looked for. */
const WINDOW = 4000;

/** The paragraph (Markdown blocks: a blank line, a heading, a list item end one) holding `offset`; empty at `offset` between paragraphs. */
export function paragraphAround(text: string, offset: number, window = WINDOW): TextSpan {
  const from = Math.max(0, offset - window);
  const to = Math.min(text.length, offset + window);
  const paragraphs = findParagraphs(text.slice(from, to), 'blocks');
  const local = offset - from;
  // The last paragraph starting before the cursor holds it unless a blank line lies between them (spaces just
  // typed after its last word, or a line just begun, are still in it).
  let found: TextSpan | undefined;
  for (const p of paragraphs) {
    if (p.start > local) break;
    found = p;
  }
  if (!found || /\n[ \t\r]*\n/.test(text.slice(from + found.end, from + local))) return { start: offset, end: offset };
  return { start: found.start + from, end: Math.max(local, found.end) + from };
}

/** The sentence holding `offset`, as the engine segments the paragraph around it (Markdown hidden). */
export function sentenceAround(text: string, offset: number): TextSpan {
  const paragraph = paragraphAround(text, offset);
  const slice = text.slice(paragraph.start, paragraph.end);
  const { sentences } = prepareText(slice, 'markdown', null, maskMarkup(slice, 'markdown'), 'blocks');
  const local = offset - paragraph.start;
  const found = sentences.find((s) => s.start <= local && local <= s.end) ?? sentences.find((s) => s.start >= local) ?? sentences[sentences.length - 1];
  return found ? { start: found.start + paragraph.start, end: found.end + paragraph.start } : paragraph;
}
