// The `attributor.*` settings, read per resource and checked: a bad value falls back to its default, never throws.
import { DEFAULT_SEVERITIES, type CitationStyle, type FindingCode, type Severity } from '../core';

export type SeveritySetting = Severity | 'off';

export interface AttributorSettings {
  readonly sources: readonly string[];
  readonly includeBundledCorpus: boolean;
  readonly languages: readonly string[];
  readonly citationStyle: CitationStyle;
  readonly bibliographyFile: string;
  readonly insertCitationOnCompletion: boolean;
  readonly claimHover: boolean;
  readonly diagnosticsEnabled: boolean;
  readonly diagnosticsDelay: number;
  readonly maxLines: number;
  /** The newsroom's archive (`attributor.archive.url`): drafts are checked against it instead of the folders. */
  readonly archiveUrl: string | null;
  readonly severities: Readonly<Record<FindingCode, SeveritySetting>>;
}

/** The setting key of each finding's severity (`attributor.diagnostics.severity.<key>`). */
const SEVERITY_KEYS: Record<FindingCode, string> = {
  'misattributed-quote': 'misattributedQuote',
  'altered-quote': 'alteredQuote',
  'unsourced-quote': 'unsourcedQuote',
  'variant-quote': 'variantQuote',
};

const SEVERITIES: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];
const STYLES: readonly string[] = ['footnote', 'inline', 'pandoc'];

export const DEFAULT_SETTINGS: AttributorSettings = readSettings(undefined);

/** A value by its dotted path: VS Code answers with nested objects, other editors may send dotted keys. */
function at(section: unknown, path: string): unknown {
  if (!section || typeof section !== 'object') return undefined;
  const flat = (section as Record<string, unknown>)[path];
  if (flat !== undefined) return flat;
  let value: unknown = section;
  for (const key of path.split('.')) {
    if (!value || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The `attributor` section of the configuration (nested objects or dotted keys), checked value by value. */
export function readSettings(section: unknown): AttributorSettings {
  const get = (path: string) => at(section, path);
  const severities = {} as Record<FindingCode, SeveritySetting>;
  for (const code of Object.keys(SEVERITY_KEYS) as FindingCode[]) {
    const value = get(`diagnostics.severity.${SEVERITY_KEYS[code]}`);
    severities[code] = typeof value === 'string' && SEVERITIES.includes(value) ? (value as SeveritySetting) : DEFAULT_SEVERITIES[code];
  }
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined);
  const style = get('citation.style');
  const delay = get('diagnostics.delay');
  const maxLines = get('diagnostics.maxLines');
  const bibliography = get('citation.bibliographyFile');
  const archive = get('archive.url');
  return {
    sources: strings(get('sources'))?.map((s) => s.trim()).filter(Boolean) ?? [],
    includeBundledCorpus: get('includeBundledCorpus') !== false,
    languages: strings(get('languages')) ?? ['markdown', 'plaintext'],
    citationStyle: typeof style === 'string' && STYLES.includes(style) ? (style as CitationStyle) : 'footnote',
    bibliographyFile: typeof bibliography === 'string' && bibliography.trim() ? bibliography.trim() : 'bibliography.json',
    insertCitationOnCompletion: get('completion.insertCitation') === true,
    claimHover: get('hover.claims') !== false,
    diagnosticsEnabled: get('diagnostics.enabled') !== false,
    diagnosticsDelay: typeof delay === 'number' && delay >= 0 ? Math.min(delay, 10_000) : 400,
    maxLines: typeof maxLines === 'number' && maxLines > 0 ? maxLines : 20_000,
    archiveUrl: typeof archive === 'string' && archive.trim() ? archive.trim() : null,
    severities,
  };
}

/** The severities the engine is asked for (findings set to `off` are not made at all). */
export function engineSeverities(severities: Readonly<Record<FindingCode, SeveritySetting>>): Partial<Record<FindingCode, Severity>> {
  const result: Partial<Record<FindingCode, Severity>> = {};
  for (const [code, value] of Object.entries(severities) as Array<[FindingCode, SeveritySetting]>) if (value !== 'off') result[code] = value;
  return result;
}
