import * as vscode from 'vscode';
import type { CitationStyle, FindingCode, Severity } from '../core';

// Settings are read when needed, per resource (a folder can override them), never kept in globals.

export type SeveritySetting = Severity | 'off';

export interface DocumentSettings {
  readonly languages: readonly string[];
  readonly citationStyle: CitationStyle;
  readonly insertCitationOnCompletion: boolean;
  readonly diagnosticsEnabled: boolean;
  readonly diagnosticsDelay: number;
  readonly maxLines: number;
  readonly severities: Record<FindingCode, SeveritySetting>;
  readonly claimHover: boolean;
  readonly bibliographyFile: string;
}

const SEVERITY_KEYS: Record<FindingCode, string> = {
  'misattributed-quote': 'misattributedQuote',
  'altered-quote': 'alteredQuote',
  'unsourced-quote': 'unsourcedQuote',
  'variant-quote': 'variantQuote',
};

const DEFAULT_SEVERITY: Record<FindingCode, SeveritySetting> = {
  'misattributed-quote': 'warning',
  'altered-quote': 'warning',
  'unsourced-quote': 'information',
  'variant-quote': 'information',
};

const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];
const STYLES: readonly CitationStyle[] = ['footnote', 'inline', 'pandoc'];

export function settingsFor(scope: vscode.Uri | vscode.WorkspaceFolder | undefined): DocumentSettings {
  const c = vscode.workspace.getConfiguration('attributor', scope);
  const languages = c.get<unknown>('languages');
  const style = c.get<string>('citation.style', 'footnote');
  const severities = {} as Record<FindingCode, SeveritySetting>;
  for (const code of Object.keys(SEVERITY_KEYS) as FindingCode[]) {
    const value = c.get<string>(`diagnostics.severity.${SEVERITY_KEYS[code]}`, DEFAULT_SEVERITY[code]);
    severities[code] = (SEVERITIES as readonly string[]).includes(value) ? (value as SeveritySetting) : DEFAULT_SEVERITY[code];
  }
  const delay = c.get<number>('diagnostics.delay', 400);
  const maxLines = c.get<number>('diagnostics.maxLines', 20000);
  return {
    languages: Array.isArray(languages) ? languages.filter((l): l is string => typeof l === 'string') : ['markdown', 'plaintext'],
    citationStyle: (STYLES as readonly string[]).includes(style) ? (style as CitationStyle) : 'footnote',
    insertCitationOnCompletion: c.get<boolean>('completion.insertCitation', false) === true,
    diagnosticsEnabled: c.get<boolean>('diagnostics.enabled', true) !== false,
    diagnosticsDelay: typeof delay === 'number' && delay >= 0 ? Math.min(delay, 10_000) : 400,
    maxLines: typeof maxLines === 'number' && maxLines > 0 ? maxLines : 20000,
    severities,
    claimHover: c.get<boolean>('hover.claims', true) !== false,
    bibliographyFile: c.get<string>('citation.bibliographyFile', 'bibliography.json') || 'bibliography.json',
  };
}

/** Source folders configured for a workspace folder (`attributor.sources`), resolved to URIs. */
export function sourceFoldersFor(folder: vscode.WorkspaceFolder): vscode.Uri[] {
  const value = vscode.workspace.getConfiguration('attributor', folder.uri).get<unknown>('sources');
  if (!Array.isArray(value)) return [];
  const result: vscode.Uri[] = [];
  for (const entry of value) {
    if (typeof entry !== 'string' || !entry.trim()) continue;
    const p = entry.trim();
    if (/^[a-zA-Z][\w+.-]+:\/\//.test(p)) result.push(vscode.Uri.parse(p));
    else if (p.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(p)) result.push(folder.uri.with({ path: vscode.Uri.file(p).path }));
    else result.push(vscode.Uri.joinPath(folder.uri, p));
  }
  return result;
}

export function includeBundledCorpus(): boolean {
  return vscode.workspace.getConfiguration('attributor').get<boolean>('includeBundledCorpus', true) !== false;
}
