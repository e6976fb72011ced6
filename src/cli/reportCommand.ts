// `attributor report FILE...`: every quotation of each draft in order with its status, speaker, source and citation,
// and who is quoted (the engine's draftSourcing), as text or --json.
import { checkDraftAsync, draftSourcing, formatOfDraft, type SourceArticle } from '../core';
import { UsageError, type Options } from './cliOptions';
import { readIgnoreList } from './ignoreFile';
import { openSources } from './openSources';
import { print } from './output';
import { readDraftFile } from './readDraftFile';
import { reportJson, reportText, type ReportedDraft } from './reportFormat';

export async function runReport(o: Options): Promise<number> {
  if (o.args.length === 0) throw new UsageError('report needs at least one FILE');
  const texts: Array<{ file: string; text: string }> = [];
  for (const file of o.args) texts.push({ file, text: await readDraftFile(file, o.maxDraftBytes) });
  const ignore = await readIgnoreList(o);
  const index = await openSources(o);
  try {
    const reported: ReportedDraft[] = [];
    const articles = new Map<string, SourceArticle | undefined>();
    for (const { file, text } of texts) {
      const report = await checkDraftAsync(text, index, { ignore, format: formatOfDraft(file) });
      for (const q of report.quotes) {
        const id = q.match?.location.sourceId;
        if (id && !articles.has(id)) articles.set(id, await index.source(id));
      }
      reported.push({ file, sourcing: draftSourcing(report, (id) => articles.get(id)) });
    }
    print((o.json ? reportJson(reported) : reportText(reported)) + '\n');
    return 0;
  } finally {
    await index.close();
  }
}
