// `attributor report FILE...`: every quotation of each draft in order with its status, speaker, source and citation,
// and who is quoted (the engine's draftSourcing), as text or --json.
import { draftSourcing, type SourceArticle } from '../core';
import { withCheckedDrafts } from './checkDraftFiles';
import type { Options } from './cliOptions';
import { print, printData } from './output';
import { reportJson, reportText, type ReportedDraft } from './reportFormat';

export function runReport(o: Options): Promise<number> {
  return withCheckedDrafts(o, 'report', async (drafts, index) => {
    const reported: ReportedDraft[] = [];
    const articles = new Map<string, SourceArticle | undefined>();
    for (const { file, report } of drafts) {
      for (const q of report.quotes) {
        const id = q.match?.location.sourceId;
        if (id && !articles.has(id)) articles.set(id, await index.source(id));
      }
      reported.push({ file, sourcing: draftSourcing(report, (id) => articles.get(id)) });
    }
    if (o.json) printData(reportJson(reported) + '\n');
    else print(reportText(reported) + '\n');
    return 0;
  });
}
