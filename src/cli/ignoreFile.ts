// The ignore list a check or report honours: the file named with --ignore, else .attributor/ignore.json when present.
// A file that is no ignore list at all (not valid JSON, no "ignore" array) is bad input, exit status 2 as the README
// says; an entry without a quote is skipped with a warning.
import { EMPTY_IGNORE_LIST, IGNORE_FILE, parseIgnoreFile, type IgnoreList } from '../core';
import { InputError, type Options } from './cliOptions';
import { readOptional } from './openSources';
import { warn } from './output';

export async function readIgnoreList(o: Options): Promise<IgnoreList> {
  const ignoreFile = await readOptional(o.ignore, IGNORE_FILE);
  if (!ignoreFile) return EMPTY_IGNORE_LIST;
  const parsed = parseIgnoreFile(ignoreFile.text);
  if (parsed.list.entries.length === 0 && parsed.problems.length && !parsed.problems.some((p) => p.startsWith('entry '))) {
    throw new InputError(`cannot use the ignore file ${ignoreFile.path}: ${parsed.problems[0]}`);
  }
  for (const p of parsed.problems) warn(`${ignoreFile.path}: ${p}`);
  return parsed.list;
}
