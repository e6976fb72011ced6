// What `check` and `report` share: the drafts named on the command line read (safely, before the sources are
// opened, so a bad draft fails fast), the ignore list, the sources opened, and each draft checked by the one format
// rule of every front. The index stays open for `use` (to look up the sources the findings name), then is closed.
import { checkDraftAsync, formatOfDraft, type SourceIndex } from '../core';
import { UsageError, type Options } from './cliOptions';
import type { CheckedDraft } from './formats/checkFormats';
import { readIgnoreList } from './ignoreFile';
import { openSources } from './openSources';
import { readDraftFile } from './readDraftFile';

export async function withCheckedDrafts(o: Options, command: string, use: (drafts: readonly CheckedDraft[], index: SourceIndex) => Promise<number>): Promise<number> {
  if (o.args.length === 0) throw new UsageError(`${command} needs at least one FILE`);
  const texts: Array<{ file: string; text: string }> = [];
  for (const file of o.args) texts.push({ file, text: await readDraftFile(file, o.maxDraftBytes) });
  const ignore = await readIgnoreList(o);
  const index = await openSources(o);
  try {
    const drafts: CheckedDraft[] = [];
    for (const { file, text } of texts) drafts.push({ file, text, report: await checkDraftAsync(text, index, { ignore, format: formatOfDraft(file) }) });
    return await use(drafts, index);
  } finally {
    await index.close();
  }
}
