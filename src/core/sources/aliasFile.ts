// A user-editable alias file (`.attributor/aliases.json`): a canonical name and the other names,
// spellings and roles the writer's sources use for the same person or organisation.

export const ALIAS_FILE = '.attributor/aliases.json';

export interface AliasTable {
  readonly entries: ReadonlyArray<{ readonly name: string; readonly aliases: readonly string[] }>;
}

/** Parses `{ "Vladimir Putin": ["Putin", "the Russian leader"], ... }`. Tolerant: bad entries are skipped and said. */
export function parseAliasFile(text: string): { table: AliasTable; problems: string[] } {
  const problems: string[] = [];
  if (!text.trim()) return { table: { entries: [] }, problems };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { table: { entries: [] }, problems: [`not valid JSON (${(e as Error).message})`] };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { table: { entries: [] }, problems: ['expected an object mapping each name to a list of aliases'] };
  const entries: Array<{ name: string; aliases: string[] }> = [];
  for (const [name, aliases] of Object.entries(data as Record<string, unknown>)) {
    if (name.startsWith('$')) continue; // $comment, $schema
    if (!Array.isArray(aliases) || !aliases.every((a) => typeof a === 'string')) {
      problems.push(`"${name}": expected a list of strings; skipped`);
      continue;
    }
    if (!name.trim()) continue;
    entries.push({ name: name.trim(), aliases: aliases.map((a) => a.trim()).filter(Boolean) });
  }
  return { table: { entries }, problems };
}
