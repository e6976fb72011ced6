// A post embedded in a web page as the page prints it: the post's words, then a signature line with the author, the
// account and the date (`— Ana Kral (@anakral) September 30, 2022`), with no quotation marks. Pasted or scraped news
// keeps such embeds; their words are the author's as surely as a quotation's, and a draft that quotes them names
// that author. The signature's account and date make it distinctive: no sentence of narration has that shape.
import type { PreparedText } from '../text/prepareText';
import { DETERMINERS } from '../text/newsLexicon';
import type { QuoteSpan } from '../types';
import { nonPersonKind } from './groupNames';
import { transcriptTurns, type TranscriptTurn } from './transcriptTurns';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';

/**
 * `— Ana Kral (@anakral) September 30, 2022`, `-- NATO (@NATO) 30 September 2022`, on a line of its own (in a
 * quotation block or not) or closing the post's words on theirs (`<tweet …>Words. — Ana Kral (@anakral) July 5,
 * 2016</tweet>`, as some archives keep embeds): the author's name (before a ` / ` that gives it in another script),
 * the account, then the date.
 */
const SIGNATURE = new RegExp(
  `(?<=^|[ \\t>.!?\\p{L}\\p{N}\\/])[ \\t]*(?:\\u2014|\\u2013|--?)[ \\t]*([^\\n(@\\u2014\\u2013]{2,80}?)[ \\t]*\\(@\\w{1,30}\\)[ \\t]+(?:(?:${MONTHS})\\.? \\d{1,2},? \\d{4}|\\d{1,2} (?:${MONTHS})\\.? \\d{4})(?=[ \\t]*(?:<\\/\\w+>)?[ \\t.]*$)`,
  'gmu',
);

/** Where a post's words end: its media or a shortened link, which the embed prints last (a page's own words may follow). */
const POST_LINK = /[ \t]*(?:https?:\/\/t\.co\/|pic\.twitter\.com\/|https?:\/\/\S+$)/u;

/** An archive's embed tag before the words (`<tweet id="…" author="…">`). */
const OPENING_TAG = /^[ \t]*<\w+(?:[ \t]+[\w-]+="[^"\n]*")*[ \t]*>/u;

/** The most lines of a post's words above its signature. */
const POST_LINES = 12;

/** A text's transcript turns and embedded posts, in the text's order: both are unmarked words of a named speaker. */
export function turnsAndEmbeddedPosts(p: PreparedText): TranscriptTurn[] {
  const turns = transcriptTurns(p);
  const posts = embeddedPostTurns(p);
  if (!posts.length) return turns;
  // A post a transcript's turn holds already (a label's words) is that turn's.
  const taken = (post: TranscriptTurn) => turns.some((t) => t.spans.some((s) => s.start < post.spans[0].end && post.spans[0].start < s.end));
  return [...turns, ...posts.filter((post) => !taken(post))].sort((a, b) => a.spans[0].start - b.spans[0].start);
}

/** The embedded posts of a text, each as a turn of its author (transcriptTurns' shape, read the same way). */
export function embeddedPostTurns(p: PreparedText): TranscriptTurn[] {
  const { text } = p;
  // Most texts have no account in brackets: passed over without the signature's search.
  if (!text.includes('(@')) return [];
  const turns: TranscriptTurn[] = [];
  for (const m of text.matchAll(SIGNATURE)) {
    const author = m[1].split(' / ')[0].trim();
    const words = author.split(/\s+/);
    // A person's name: capitalised words, not a body's (`The Associated Press`, `CSPAN` are read by name only).
    if (words.length > 5 || !words.every((w) => /^\p{Lu}[\p{L}\p{M}'\u2019.-]*$/u.test(w)) || DETERMINERS.has(words[0].toLowerCase())) continue;
    if (words.length > 1 && nonPersonKind(words, false) !== null) continue;
    const at = m.index! + m[0].search(/\S/);
    const span = postWords(text, at);
    if (!span) continue;
    const label = { start: at, end: m.index! + m[0].length, text: text.slice(at, m.index! + m[0].length) };
    turns.push({ label, speaker: { kind: 'name', words, titled: false }, spans: [span] });
  }
  return turns;
}

/**
 * The post's words: those before the signature on its line (after an archive's tag), or else the lines right above
 * it, up to a blank line (an empty quotation line `>` in a block); less the quotation block's marks and what the
 * embed prints from its first link on.
 */
function postWords(text: string, signature: number): QuoteSpan | null {
  const lineStart = text.lastIndexOf('\n', signature - 1) + 1;
  let start = lineStart;
  let end = signature;
  const tag = OPENING_TAG.exec(text.slice(lineStart, signature));
  if (tag) start += tag[0].length;
  if (!/\p{L}/u.test(text.slice(start, end).replace(/[>]/g, ''))) {
    // Blank lines (or empty quotation lines) between the words and the signature.
    end = lineStart;
    while (end > 0 && /[\s>]/.test(text[end - 1])) end--;
    start = end;
    for (let lines = 0; start > 0 && lines < POST_LINES; lines++) {
      const from = text.lastIndexOf('\n', start - (lines === 0 ? 1 : 2)) + 1;
      if (/^[ \t>]*$/.test(text.slice(from, lines === 0 ? end : start - 1))) break;
      start = from;
    }
  }
  while (start < end && /[ \t>]/.test(text[start])) start++;
  const linked = POST_LINK.exec(text.slice(start, end));
  if (linked) end = start + linked.index;
  while (end > start && /\s/.test(text[end - 1])) end--;
  const words = text.slice(start, end);
  // A post of a word or two, or one with quotation marks of its own (read as quotations already), is left alone.
  if ((words.match(/\p{L}+/gu)?.length ?? 0) < 3 || /["\u201C\u201D]/.test(words)) return null;
  return { start, end, textStart: start, textEnd: end, text: words, unclosed: false };
}
