// Quotes the writer chose to ignore, kept in a workspace file (`.attributor/ignore.json`) that can be
// committed with the draft, not in user settings.
import { normalizePhrase } from '../text/normalizeText';

export const IGNORE_FILE = '.attributor/ignore.json';

export interface IgnoreEntry {
  /** The quoted words, as in the draft. Matched after typographic normalisation. */
  readonly quote: string;
  /** Only ignore this quote when attributed to this speaker (as the draft names them); absent: any. */
  readonly speaker?: string | null;
  readonly note?: string;
}

export interface IgnoreList {
  readonly entries: readonly IgnoreEntry[];
}

export const EMPTY_IGNORE_LIST: IgnoreList = { entries: [] };

/** Parses the ignore file: `{ "ignore": [ { "quote": "...", "speaker": "...", "note": "..." } ] }`. Tolerant. */
export function parseIgnoreFile(text: string): { list: IgnoreList; problems: string[] } {
  const problems: string[] = [];
  if (!text.trim()) return { list: EMPTY_IGNORE_LIST, problems };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { list: EMPTY_IGNORE_LIST, problems: [`not valid JSON (${(e as Error).message})`] };
  }
  const raw = (data as { ignore?: unknown })?.ignore;
  if (!Array.isArray(raw)) return { list: EMPTY_IGNORE_LIST, problems: ['expected an object with an "ignore" array'] };
  const entries: IgnoreEntry[] = [];
  raw.forEach((item, i) => {
    const e = item as Record<string, unknown>;
    if (!e || typeof e.quote !== 'string' || !e.quote.trim()) {
      problems.push(`entry ${i + 1} has no "quote"; skipped`);
      return;
    }
    entries.push({
      quote: e.quote,
      ...(typeof e.speaker === 'string' ? { speaker: e.speaker } : {}),
      ...(typeof e.note === 'string' ? { note: e.note } : {}),
    });
  });
  return { list: { entries }, problems };
}

export function serializeIgnoreFile(list: IgnoreList): string {
  return JSON.stringify({ ignore: list.entries }, null, 2) + '\n';
}

function sameEntry(a: IgnoreEntry, b: IgnoreEntry): boolean {
  return normalizePhrase(a.quote) === normalizePhrase(b.quote) && normalizePhrase(a.speaker ?? '') === normalizePhrase(b.speaker ?? '');
}

export function addToIgnoreList(list: IgnoreList, entry: IgnoreEntry): IgnoreList {
  if (list.entries.some((e) => sameEntry(e, entry))) return list;
  return { entries: [...list.entries, entry] };
}

/** Whether a quote (and who the draft says said it) is on the list. An entry's speaker may be a surname: `Renn` covers `Tobias Renn`. */
export function isIgnored(list: IgnoreList, quote: string, speaker: string | null): boolean {
  const q = normalizePhrase(quote);
  const said = new Set(normalizePhrase(speaker ?? '').split(' '));
  return list.entries.some((e) => normalizePhrase(e.quote) === q && (!e.speaker || normalizePhrase(e.speaker).split(' ').every((w) => said.has(w))));
}
