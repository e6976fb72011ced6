/** Quotes the writer chose to ignore, kept in a workspace file (`.attributor/ignore.json`) that can be committed. */
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

export function parseIgnoreFile(_text: string): { list: IgnoreList; problems: string[] } {
  throw new Error('not implemented yet');
}
export function serializeIgnoreFile(_list: IgnoreList): string {
  throw new Error('not implemented yet');
}
export function addToIgnoreList(_list: IgnoreList, _entry: IgnoreEntry): IgnoreList {
  throw new Error('not implemented yet');
}
export function isIgnored(_list: IgnoreList, _quote: string, _speaker: string | null): boolean {
  throw new Error('not implemented yet');
}
