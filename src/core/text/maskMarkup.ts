// Hides markup that is not prose (code, URLs, HTML tags, link targets, front matter) behind spaces,
// keeping every offset where it was, so quotes inside code or attributes are never taken for speech.
// Every pattern is read in one pass: an opener that is never closed (a stray backtick, `](`, `<!--`) costs one
// look-ahead, not one per opener, so a pathological draft is masked in time linear in its length.

export type TextFormat = 'markdown' | 'plain';

function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

/** `text` with the ranges `[from, to)` blanked (line breaks stay, so lines and offsets do not move). */
function blankRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  if (ranges.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [from, to] of ranges) {
    out += text.slice(at, from) + blank(text.slice(from, to));
    at = to;
  }
  return out + text.slice(at);
}

/**
 * Inline code spans: a run of backticks closes at the next run of the same length (CommonMark), within the
 * paragraph. Runs are listed once; each length keeps a cursor into its own list, so pairing is linear.
 */
function maskCodeSpans(text: string): string {
  const runs: Array<{ at: number; length: number }> = [];
  for (let i = 0; i < text.length; ) {
    if (text.charCodeAt(i) !== 96) {
      i++;
      continue;
    }
    let j = i;
    while (text.charCodeAt(j) === 96) j++;
    runs.push({ at: i, length: j - i });
    i = j;
  }
  if (runs.length < 2) return text;
  const spans: Array<[number, number]> = [];
  const byLength = new Map<number, number[]>();
  runs.forEach((run, k) => {
    const list = byLength.get(run.length);
    if (list) list.push(k);
    else byLength.set(run.length, [k]);
  });
  const cursor = new Map<number, number>();
  const paragraphBreak = /\n[ \t]*\r?\n/g;
  let breakAt = -1;
  const nextBreakAfter = (at: number): number => {
    if (breakAt < at) {
      paragraphBreak.lastIndex = at;
      const m = paragraphBreak.exec(text);
      breakAt = m ? m.index : text.length;
    }
    return breakAt;
  };
  let k = 0;
  while (k < runs.length) {
    const open = runs[k];
    const same = byLength.get(open.length)!;
    let c = cursor.get(open.length) ?? 0;
    while (c < same.length && same[c] <= k) c++;
    cursor.set(open.length, c);
    const close = c < same.length ? runs[same[c]] : undefined;
    if (close && close.at < nextBreakAfter(open.at) && close.at > open.at + open.length) {
      spans.push([open.at, close.at + close.length]);
      k = same[c] + 1;
    } else k++;
  }
  return blankRanges(text, spans);
}

/** HTML comments: `<!--` to the next `-->`, or to the end of the text when there is none. */
function maskComments(text: string): string {
  const spans: Array<[number, number]> = [];
  for (let open = text.indexOf('<!--'); open >= 0; ) {
    const close = text.indexOf('-->', open + 4);
    const end = close < 0 ? text.length : close + 3;
    spans.push([open, end]);
    open = close < 0 ? -1 : text.indexOf('<!--', end);
  }
  return blankRanges(text, spans);
}

/**
 * `**Ana Kral** said`, `*The minister, Ana Kral*, went further:`: the asterisks and underscores that open or close
 * emphasis (a run with a letter, digit or quote mark on one side; CommonMark's flanking runs, simplified) hide the
 * words' order from every reader of a sentence, so they are blanked. A list's bullet (`* item`, a space on its right
 * and none but spaces on its left) and an underscore inside a word (`snake_case`) are no emphasis and stay.
 */
function maskEmphasis(text: string): string {
  if (text.indexOf('*') < 0 && text.indexOf('_') < 0) return text;
  return emphasisInsideMarks(text).replace(/[*_]+/g, (run: string, at: number) => {
    const before = at > 0 ? text[at - 1] : ' ';
    const after = at + run.length < text.length ? text[at + run.length] : ' ';
    const word = (c: string) => /[\p{L}\p{N}"'\u2018\u2019\u201c\u201d.,:;!?)(]/u.test(c);
    if (!word(before) && !word(after)) return run;
    if (run[0] === '_' && /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after)) return run;
    return ' '.repeat(run.length);
  });
}

/**
 * `said: "*We will not sell.*"`: emphasis right inside straight marks would leave a space between mark and words once
 * blanked, and a straight mark reads as opening or closing by the side its space is on. Each mark moves onto the
 * emphasis run beside it (`"*We` -> ` "We`, `sell.*"` -> `sell." `): the words keep their offsets, and the quotation
 * opens and closes where its words do.
 */
function emphasisInsideMarks(text: string): string {
  if (text.indexOf('"*') < 0 && text.indexOf('"_') < 0) return text;
  return text
    .replace(/(^|[\s(\[\u2014\u2013:-])"([*_]+)(?=[\p{L}\p{N}])/gmu, (_m, before: string, run: string) => before + ' '.repeat(run.length) + '"')
    .replace(/(?<=[\p{L}\p{N}.,!?])([*_]+)"(?=$|[\s.,;:!?)\]\u2014\u2013-])/gmu, (_m, run: string) => '"' + ' '.repeat(run.length));
}

/**
 * Quotation marks typed as a typewriter or an old wire printed them: ``two backticks'' and two apostrophes (wire and
 * newspaper archives), or double primes ″…″ (pasted from a layout program). Each pair of characters becomes a space
 * and one curly mark (`` → ` “`, '' → `” `) and a prime the straight mark, so offsets stay and the quote's text, read
 * from the original, has neither. A run of three backticks (code) is left alone.
 */
function typewriterQuotes(text: string): string {
  if (text.indexOf('``') < 0 && text.indexOf("''") < 0 && text.indexOf('\u2033') < 0) return text;
  return text
    .replace(/(?<!`)``(?=[^`\s])/g, ' \u201C')
    .replace(/(?<=^|[\s([\u2014\u2013-])''(?=[^'\s])/gm, ' \u201C')
    .replace(/(?<![`'\s])''(?!['\p{L}\p{N}])/gu, '\u201D ')
    .replace(/\u2033/g, '"');
}

export function maskMarkup(text: string, format: TextFormat): string {
  let masked = text;
  if (format === 'markdown') {
    masked = masked
      // YAML front matter at the very start
      .replace(/^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)\r?\n/, blank)
      // fenced code blocks
      .replace(/^(```|~~~)[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm, blank)
      // link and image targets: keep the text in brackets, hide (url "title"); a target never holds `](`
      .replace(/(\]\()([^)\n\]]*)(\))/g, (_m, a: string, b: string, c: string) => a + blank(b) + c)
      // reference definitions and footnote definitions
      .replace(/^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm, blank)
      // footnote references [^1]; a label never holds `[`
      .replace(/\[\^[^\]\s[]+\]/g, blank);
    masked = maskEmphasis(maskComments(maskCodeSpans(masked)));
  }
  // Each pattern needs its `<` or `://`: a text without one (most news) is passed over by the engine's search for it,
  // not read by the pattern character by character (together about a twentieth of a cold build of 10,000 articles).
  masked = typewriterQuotes(masked);
  if (masked.indexOf('<') >= 0) masked = masked.replace(/<\/?[A-Za-z][^<>\n]{0,500}>/g, blank);
  return masked.indexOf('://') >= 0 ? masked.replace(/\b(?:https?|ftp):\/\/[^\s<>()"]+/g, blank) : masked;
}
