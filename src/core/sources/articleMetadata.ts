// An article's title, outlet and date: from an optional `sources.json` beside the articles, else from the
// article's own text. Nothing is invented: an outlet only where the text (or the file) says it, and a date
// the text contradicts is reported as a doubt rather than trusted.

export interface MetadataEntry {
  readonly title?: string;
  readonly outlet?: string | null;
  readonly url?: string | null;
  readonly date?: string | null;
  readonly doubts?: readonly string[];
}

export interface MetadataFile {
  readonly entries: ReadonlyMap<string, MetadataEntry>;
  readonly problems: readonly string[];
}

function optionalString(value: unknown): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** Parses `sources.json`: `{ "sources": [ { "id", "title", "outlet", "url", "date", "doubts" } ] }`. Tolerant: bad entries are skipped and said. */
export function parseMetadataFile(text: string): MetadataFile {
  const entries = new Map<string, MetadataEntry>();
  const problems: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { entries, problems: [`not valid JSON (${(e as Error).message}); metadata ignored`] };
  }
  const list = (data as { sources?: unknown })?.sources;
  if (!Array.isArray(list)) return { entries, problems: ['expected an object with a "sources" array; metadata ignored'] };
  list.forEach((raw, i) => {
    const item = raw as Record<string, unknown>;
    if (!item || typeof item !== 'object' || typeof item.id !== 'string' || !item.id) {
      problems.push(`entry ${i + 1} has no "id"; skipped`);
      return;
    }
    const doubts = Array.isArray(item.doubts) ? item.doubts.filter((d): d is string => typeof d === 'string') : undefined;
    entries.set(item.id, {
      title: optionalString(item.title) ?? undefined,
      outlet: optionalString(item.outlet),
      url: optionalString(item.url),
      date: optionalString(item.date),
      doubts,
    });
  });
  return { entries, problems };
}

const LEADING_DATE = /^\s*(?:date|dated|published)?\s*[:\-]?\s*((?:19|20)\d\d)-(\d\d)-(\d\d)\b\s*/i;
const SOURCE_LINE = /^\s*(?:Source|Sources|Via)\s*:\s*(.{2,60}?)\s*\.?\s*$/im;

/**
 * Whether a colon in `text` comes after `source`, `sources` or `via` in any case (white space between): where none
 * does, SOURCE_LINE cannot match. Most articles have no such line, and the regex tried at every line of them cost
 * a thirtieth of a cold build of 10,000 articles; the colons are found by the engine's search, a few an article.
 */
function mayHaveSourceLine(text: string): boolean {
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let end = colon;
    while (end > 0 && /\s/.test(text[end - 1])) end--;
    // Lower-casing only adds candidates (the regex then decides): ASCII letters lower-case to themselves.
    const before = text.slice(Math.max(0, end - 7), end).toLowerCase();
    if (before.endsWith('source') || before.endsWith('sources') || before.endsWith('via')) return true;
  }
  return false;
}

/** The first line of `text` with a letter in it, trimmed; '' when none has. */
function firstLineWithLetter(text: string): string {
  // Line by line from the top: most articles' first line has one, and splitting the whole text made a string of
  // every line of 10,000 articles.
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // A \r before the \n is trimmed with the other white space.
    const line = text.slice(start, end).trim();
    if (/\p{L}/u.test(line)) return line;
    start = end + 1;
  }
  return '';
}

function firstSentence(text: string): string {
  const line = firstLineWithLetter(text);
  const m = /^(.{20,}?[.!?])(?=\s+["“‘(]?\p{Lu}|\s*$)/u.exec(line);
  return (m ? m[1] : line).trim();
}

/** Metadata read from the article itself: first sentence as title, a `Source: X` line, a leading date it contradicts. */
export function deriveMetadata(text: string): Required<Omit<MetadataEntry, 'url'>> & { url: null } {
  const doubts: string[] = [];
  let body = text;
  let date: string | null = null;
  const leading = LEADING_DATE.exec(text);
  if (leading) {
    date = `${leading[1]}-${leading[2]}-${leading[3]}`;
    body = text.slice(leading[0].length);
    const year = Number(leading[1]);
    // The latest year after the date's, read one at a time (a text may hold more years than a call takes arguments).
    let latest = year;
    for (const m of body.matchAll(/\b((?:19|20)\d\d)\b/g)) latest = Math.max(latest, Number(m[1]));
    if (latest > year) {
      doubts.push(`The text begins with the date ${date}, but it reports events of ${latest}; the date is not trusted.`);
      date = null;
    }
  }
  const source = mayHaveSourceLine(body) ? SOURCE_LINE.exec(body) : null;
  return { title: firstSentence(body), outlet: source ? source[1] : null, url: null, date, doubts };
}
