// `attributor check FILE...`: each draft read (safely), read against the sources' people, its quotes located in
// one call to the index, judged; the findings written in the format asked for.
import type { Options } from './cliOptions';
import { withCheckedDrafts } from './checkDraftFiles';
import { formatCheck } from './formats/checkFormats';
import { print, printData } from './output';

declare const ATTRIBUTOR_VERSION: string | undefined;

export function runCheck(o: Options): Promise<number> {
  return withCheckedDrafts(o, 'check', async (drafts, index) => {
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
    // Text and GitHub's log lines are read by people; the other formats are data, escaped by their own rules.
    if (output) (o.format === 'text' || o.format === 'github' ? print : printData)(output);
    return drafts.some((d) => d.report.findings.length > 0) ? 1 : 0;
  });
}
