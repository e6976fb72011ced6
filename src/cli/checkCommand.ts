// `attributor check FILE...`: each draft read (safely), read against the sources' people, its quotes located in
// one call to the index, judged; the findings written in the format asked for.
import { checkDraftAsync, EMPTY_IGNORE_LIST, formatOfDraft, IGNORE_FILE, parseIgnoreFile, type IgnoreList } from '../core';
import { UsageError, type Options } from './cliOptions';
import { formatCheck, type CheckedDraft } from './formats/checkFormats';
import { openSources, readOptional } from './openSources';
import { print, warn } from './output';
import { readDraftFile } from './readDraftFile';

declare const ATTRIBUTOR_VERSION: string | undefined;

export async function runCheck(o: Options): Promise<number> {
  if (o.args.length === 0) throw new UsageError('check needs at least one FILE');
  const texts: Array<{ file: string; text: string }> = [];
  for (const file of o.args) texts.push({ file, text: await readDraftFile(file, o.maxDraftBytes) });
  let ignore: IgnoreList = EMPTY_IGNORE_LIST;
  const ignoreFile = await readOptional(o.ignore, IGNORE_FILE);
  if (ignoreFile) {
    const parsed = parseIgnoreFile(ignoreFile.text);
    for (const p of parsed.problems) warn(`${ignoreFile.path}: ${p}`);
    ignore = parsed.list;
  }
  const index = await openSources(o);
  try {
    const drafts: CheckedDraft[] = [];
    // One rule for every front: a draft is Markdown when its name says so, plain text otherwise.
    for (const { file, text } of texts) drafts.push({ file, text, report: await checkDraftAsync(text, index, { ignore, format: formatOfDraft(file) }) });
    const sourcePaths = new Map<string, string>();
    if (o.format === 'sarif' || o.format === 'rdjsonl') {
      const ids = new Set(drafts.flatMap((d) => d.report.findings.flatMap((f) => (f.source ? [f.source] : []))));
      for (const id of ids) {
        const source = await index.source(id);
        if (source) sourcePaths.set(id, source.path);
      }
    }
    const version = typeof ATTRIBUTOR_VERSION === 'string' ? ATTRIBUTOR_VERSION : '0.0.0';
    const output = formatCheck(o.format, drafts, { version, sourcePaths, cwd: process.cwd() });
    if (output) print(output);
    return drafts.some((d) => d.report.findings.length > 0) ? 1 : 0;
  } finally {
    await index.close();
  }
}
