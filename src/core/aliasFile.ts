/** A user-editable alias file (`.attributor/aliases.json`): canonical name -> other names, spellings and roles. */
export interface AliasTable {
  readonly entries: ReadonlyArray<{ readonly name: string; readonly aliases: readonly string[] }>;
}

export function parseAliasFile(_text: string): { table: AliasTable; problems: string[] } {
  throw new Error('not implemented yet');
}
