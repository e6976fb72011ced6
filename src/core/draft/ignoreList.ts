// Quotes the writer chose to ignore, kept in a workspace file (`.attributor/ignore.json`) that can be
// committed with the draft, not in user settings.
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { computeLineStarts, positionAt } from '../text/textLines';
import { normalizePhrase } from '../text/normalizeText';
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import type { Speaker } from '../types';

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

/**
 * Parses the ignore file: `{ "ignore": [ { "quote": "...", "speaker": "...", "note": "..." } ] }`, as VS Code reads
 * JSON files it knows (jsonc-parser): comments and trailing commas are fine. Tolerant: what parses is used, the rest
 * is said.
 */
export function parseIgnoreFile(text: string): { list: IgnoreList; problems: string[] } {
  const problems: string[] = [];
  if (!text.trim()) return { list: EMPTY_IGNORE_LIST, problems };
  const errors: ParseError[] = [];
  const data: unknown = parse(text.replace(/^\uFEFF/, ''), errors, { allowTrailingComma: true });
  if (errors.length) problems.push(`not valid JSON (${describeParseError(text, errors[0])})`);
  const raw = (data as { ignore?: unknown } | undefined)?.ignore;
  if (!Array.isArray(raw)) {
    if (!errors.length) problems.push('expected an object with an "ignore" array');
    return { list: EMPTY_IGNORE_LIST, problems };
  }
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

/** `ValueExpected at line 3, column 5` */
export function describeParseError(text: string, error: ParseError): string {
  const at = positionAt(computeLineStarts(text), error.offset);
  return `${printParseErrorCode(error.error)} at line ${at.line + 1}, column ${at.column + 1}`;
}

/**
 * Whether a quote (and who the draft says said it) is on the list. An entry's speaker is anyone the sources know by
 * that name or a variant of it (`Zelensky` covers `Volodymyr Zelenskyy`), or by words of the draft's name (`Renn`
 * covers `Tobias Renn`). Built once per check: entries by their normalised quote, speakers resolved once.
 */
export function ignoreMatcher(list: IgnoreList, registry?: SpeakerRegistry): (quote: string, speaker: Speaker | string | null) => boolean {
  const keyOf = (name: string) => {
    const words = name.trim().split(/\s+/).filter(Boolean);
    return (registry?.lookupName(words) ?? registry?.lookupRole(words))?.key ?? null;
  };
  const byQuote = new Map<string, Array<{ words: string[]; key: string | null } | null>>();
  for (const e of list.entries) {
    const q = normalizePhrase(e.quote);
    if (!byQuote.has(q)) byQuote.set(q, []);
    byQuote.get(q)!.push(e.speaker ? { words: normalizePhrase(e.speaker).split(' '), key: keyOf(e.speaker) } : null);
  }
  return (quote, speaker) => {
    const entries = byQuote.get(normalizePhrase(quote));
    if (!entries) return false;
    const name = typeof speaker === 'string' ? speaker : speaker?.name ?? '';
    const key = typeof speaker === 'string' ? null : speaker?.key ?? null;
    const said = new Set(normalizePhrase(name).split(' '));
    return entries.some((e) => !e || (key !== null && e.key === key) || e.words.every((w) => said.has(w)));
  };
}

/** Whether a quote is on the list (see ignoreMatcher). */
export function isIgnored(list: IgnoreList, quote: string, speaker: Speaker | string | null, registry?: SpeakerRegistry): boolean {
  return ignoreMatcher(list, registry)(quote, speaker);
}
