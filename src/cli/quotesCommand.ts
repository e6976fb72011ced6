// `attributor quotes`: every quotation of the sources with its speaker, in source order.
import type { Options } from './cliOptions';
import { oneLine, openSources } from './openSources';
import { print, printData } from './output';

export async function runQuotes(o: Options): Promise<number> {
  const index = await openSources(o);
  try {
    const rows = [];
    for await (const q of index.quotations()) {
      rows.push({ source: q.sourceId, quote: q.quote.text, speaker: q.quote.speaker?.name ?? null, line: q.at.line + 1, column: q.at.column + 1 });
    }
    if (o.json) printData(JSON.stringify(rows, null, 2));
    else print(rows.map((r) => `${r.source}:${r.line}:${r.column}: ${r.speaker ?? '(no speaker)'}: “${oneLine(r.quote)}”\n`).join(''));
    return 0;
  } finally {
    await index.close();
  }
}
